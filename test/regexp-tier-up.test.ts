import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLAG = '--no-regexp-tier-up';

/**
 * The analyzer's trigger lexicons run three to four times slower on real news under V8's regular-
 * expression tier-up (docs/benchmarking.md), so the commands we ship start node with FLAG. It must be
 * given on the command line: set at run time with v8.setFlagsFromString it crashed CLI processes now
 * and then (SIGSEGV, seen in CI), so no source may set it that way. The speed is measured by
 * `npm run bench -- --only analysis`, not here.
 */
describe('regular-expression tier-up off where we start node', () => {
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  // the examples script crawls the demo site in-process and writes its article ids into the OpenAPI
  // document; the tests run without the flag (compiled code for every lexicon in each test file's module
  // registry ran the single jest process out of memory in CI)
  it.each([
    'start',
    'demo',
    'crawl',
    'eval:nlp',
    'bench',
    'bench:analysis',
    'bench:crawl',
    'openapi:examples',
  ])('npm run %s passes the flag', (name) => {
    expect(scripts[name]).toContain(FLAG);
  });

  it('passes the flag to every service of the docker-compose deployment', () => {
    const compose = readFileSync(path.join(root, 'deploy/docker-compose.yml'), 'utf8');
    const commands = compose.split('\n').filter((l) => /^\s*command:/u.test(l));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const line of commands) expect(line).toContain(FLAG);
  });

  it('never sets V8 flags at run time', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(rel);
        else if (
          /\.(?:ts|js|mjs)$/u.test(entry.name) &&
          readFileSync(path.join(root, rel), 'utf8').includes('setFlagsFromString(')
        )
          offenders.push(rel);
      }
    };
    for (const dir of ['api', 'bin', 'cli', 'core', 'crawlers', 'digest', 'jobs', 'nlp', 'scripts', 'store'])
      walk(dir);
    expect(offenders).toEqual([]);
  });
});
