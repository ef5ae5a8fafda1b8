import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from './analyze.js';
import { EVENT_TYPES, type EventType } from './types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'paraphrases');

function linesOf(file: string): string[] {
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const typesIn = (text: string): EventType[] =>
  analyze({ id: 'paraphrase', text, published: '2025-06-15' }).events.map((e) => e.type);

const suites = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe.each(suites)('paraphrase suite %s', (file) => {
  const negative = file.startsWith('none-');
  // "release-en-2.txt" is the second suite of a type and language; "none-any-*.txt" must give no event at all
  const type = file.replace(/^none-/u, '').replace(/(?:-(?:de|en))?(?:-\d+)?\.txt$/u, '');
  const any = negative && type === 'any';

  test('names a known event type and has sentences', () => {
    if (!any) expect(EVENT_TYPES).toContain(type);
    expect(linesOf(file).length).toBeGreaterThan(5);
  });

  test.each(linesOf(file))(negative ? `gives no ${type}: %s` : `gives a ${type}: %s`, (line) => {
    if (any) expect(typesIn(line)).toEqual([]);
    else if (negative) expect(typesIn(line)).not.toContain(type as EventType);
    else expect(typesIn(line)).toContain(type as EventType);
  });
});
