import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The processes that analyse text must switch V8's regular-expression tier-up off before any lexicon
 * runs (core/native-regexps.ts): as their first import, which an import sorter or a new import placed
 * above it would silently undo. The speed itself is measured by `npm run bench -- --only analysis`.
 */
const ENTRIES = [
  'cli/main.ts',
  'scripts/bench-analyze.ts',
  'scripts/bench-crawl.ts',
  'scripts/bench-extract.ts',
  'scripts/bench-memory.ts',
  'scripts/bench-workers.ts',
  'scripts/eval-nlp.ts',
];

describe('native regular expressions', () => {
  it.each(ENTRIES)('%s imports core/native-regexps.js before anything else', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    const firstImport = /^import\b.*$/mu.exec(source)?.[0];
    expect(firstImport).toBe("import '../core/native-regexps.js';");
  });
});
