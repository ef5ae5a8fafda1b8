/**
 * Runs the benchmarks, each in its own process (a benchmark's memory and JIT state do not leak into
 * the next), and writes docs/benchmarks.md and docs/bench.json from their results.
 *
 *   npm run bench                        # all of them
 *   npm run bench -- --only crawl,api    # some; the others keep their last results in the report
 *   npm run bench -- --large             # larger sizes (1,000,000 search articles, 5,000 crawl pages)
 *
 * Each benchmark script also runs on its own (`tsx scripts/bench-crawl.ts --help` lists its flags).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderReport, type Machine } from './bench/render-report.js';
import { skippedResult, type BenchResult } from './bench/result.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prettierBin = path.join(repoRoot, 'node_modules', 'prettier', 'bin', 'prettier.cjs');

/**
 * The benchmarks in report order: name, script, and its flags for a default and a `--large` run. The
 * defaults keep the whole run under 15 minutes on 2 cores (docs/benchmarking.md#how-long-a-run-takes):
 * 3 s per API measurement (thousands of requests each) and 5 rounds of the analysis, whose medians were
 * stable at 10; the sizes stay (100,000 articles for the API and search, 10,000 pages for memory).
 * Search on PostgreSQL runs at 10,000 articles (about half a minute with its copy into PostgreSQL), so the
 * whole run stays under 15 minutes; `bench:search-postgres -- --articles 20000` by hand for more.
 */
const BENCHMARKS = [
  { name: 'extraction', script: 'bench-extract.ts', flags: [], large: ['--sample', '1'] },
  { name: 'analysis', script: 'bench-analyze.ts', flags: ['--rounds', '5'], large: ['--rounds', '30'] },
  { name: 'crawl', script: 'bench-crawl.ts', flags: [], large: ['--pages', '5000'] },
  { name: 'memory', script: 'bench-memory.ts', flags: [], large: [] },
  { name: 'api', script: 'bench-api.ts', flags: ['--seconds', '3'], large: ['--seconds', '10'] },
  {
    name: 'api-postgres',
    script: 'bench-api.ts',
    flags: ['--flavours', '--seconds', '3', '--articles', '20000', '--db', 'data/bench-api-20k.db'],
    large: ['--seconds', '10', '--articles', '100000', '--db', 'data/bench-api.db'],
  },
  { name: 'search', script: 'bench-search.ts', flags: [], large: ['--large'] },
  {
    name: 'search-postgres',
    script: 'bench-search-postgres.ts',
    flags: ['--articles', '10000', '--queries', '110'],
    large: ['--articles', '100000'],
  },
  { name: 'workers', script: 'bench-workers.ts', flags: [], large: ['--pages', '1000'] },
] as const;

const OPTIONS = {
  only: { type: 'string' },
  large: { type: 'boolean', default: false },
  out: { type: 'string', default: 'docs/benchmarks.md' },
  json: { type: 'string', default: 'docs/bench.json' },
} as const;

/** The command line, or a one-line message and exit code 2 on a mistake (an unknown option, a missing value). */
function parseCommandLine(): ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'] {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(
      `bench: ${(error as Error).message}; options: --only NAME[,NAME...], --large, --out FILE, --json FILE\n`,
    );
    process.exit(2);
  }
}

const args = parseCommandLine();

function selected(): (typeof BENCHMARKS)[number][] {
  if (args.only === undefined) return [...BENCHMARKS];
  const names = args.only.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((b) => b.name).join(', ')}\n`,
    );
    process.exit(2);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

/** One benchmark in a child process under the same TypeScript loader; its result, or why it failed. */
async function run(bench: (typeof BENCHMARKS)[number]): Promise<BenchResult> {
  const out = path.join(os.tmpdir(), `modelwatch-bench-${bench.name}-${process.pid}.json`);
  const flags = [...bench.flags, ...(args.large ? bench.large : [])];
  const child = spawn(
    process.execPath,
    [...process.execArgv, path.join(repoRoot, 'scripts', bench.script), ...flags, '--json', out],
    { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0 || !fs.existsSync(out))
    return skippedResult(bench.name, bench.name, `the benchmark failed (exit code ${String(code)})`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResult;
  fs.rmSync(out, { force: true });
  return result;
}

function machine(started: number): Machine {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8' }).trim();
  const dirty =
    git('status', '--porcelain', '--untracked-files=no') === '' ? '' : ' (with uncommitted changes)';
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty}`,
    loadAtStart: os.loadavg()[0] ?? 0,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    minutes: (Date.now() - started) / 60_000,
  };
}

/** The last results of the benchmarks not run now, so a partial run keeps a complete report. */
function previous(file: string): BenchResult[] {
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { results?: BenchResult[] }).results ?? [];
}

/** Writes the report and bench.json from the results so far (after every benchmark: a stopped run keeps its figures). */
function write(atStart: Machine, started: number, fresh: ReadonlyMap<string, BenchResult>): Machine {
  const jsonFile = path.resolve(repoRoot, args.json);
  const kept = new Map(previous(jsonFile).map((r) => [r.name, r]));
  const results = BENCHMARKS.map((b) => fresh.get(b.name) ?? kept.get(b.name)).filter(
    (r): r is BenchResult => r !== undefined,
  );
  const info = { ...atStart, minutes: (Date.now() - started) / 60_000 };
  fs.writeFileSync(jsonFile, `${JSON.stringify({ machine: info, results }, null, 2)}\n`);
  fs.writeFileSync(path.resolve(repoRoot, args.out), `${renderReport(info, results)}\n`);
  // Formatted like the rest of the repository, so a new run's diff shows only changed figures.
  execFileSync(process.execPath, [prettierBin, '--write', jsonFile, path.resolve(repoRoot, args.out)], {
    stdio: 'ignore',
  });
  return info;
}

async function main(): Promise<void> {
  const started = Date.now();
  // Commit and load as the run starts: what was measured, under what load.
  const atStart = machine(started);
  const benches = selected();
  const fresh = new Map<string, BenchResult>();
  let info = atStart;
  for (const [i, bench] of benches.entries()) {
    process.stderr.write(`\n[${i + 1}/${benches.length}] ${bench.name}\n`);
    const t0 = Date.now();
    const result = await run(bench);
    fresh.set(bench.name, {
      ...result,
      run: { date: atStart.date, commit: atStart.commit, loadAtStart: atStart.loadAtStart },
    });
    info = write(atStart, started, fresh);
    process.stderr.write(
      `[${i + 1}/${benches.length}] ${bench.name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`,
    );
  }
  process.stderr.write(`\nwrote ${args.out} and ${args.json} in ${info.minutes.toFixed(1)} minutes\n`);
  const failed = [...fresh.values()].filter((r) => r.skipped?.startsWith('the benchmark failed'));
  if (failed.length > 0) {
    process.stderr.write(`bench: ${failed.map((r) => r.name).join(', ')} failed (see above)\n`);
    process.exitCode = 1;
  }
}

await main();
