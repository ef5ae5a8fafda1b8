import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(repoRoot, '.ci', 'postgres.sh');

/** A PostgreSQL server for a benchmark: its URL, and `stop` for the one the benchmark started. */
export interface BenchPostgres {
  url: string;
  /** Whether this run started the server (else BENCH_DATABASE_URL or TEST_DATABASE_URL named it). */
  started: boolean;
  stop(): Promise<void>;
}

/**
 * The server of BENCH_DATABASE_URL or TEST_DATABASE_URL when one is set; else a throwaway PostgreSQL 15
 * started the way the tests start it (`.ci/postgres.sh`: Debian's binaries, installed when missing, as the
 * postgres user in a temporary data directory on 127.0.0.1), which `stop` stops and deletes.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return { url: given, started: false, stop: () => Promise.resolve() };
  const { stdout } = await run('bash', [
    '-c',
    `source "$1" && start_postgres >&2 && printf '%s\\n%s\\n' "$TEST_DATABASE_URL" "$PG_DATA_DIR"`,
    'start-postgres',
    script,
  ]);
  const [url, dataDir] = stdout.trim().split('\n');
  if (!url || !dataDir) throw new Error(`.ci/postgres.sh did not report a server: ${stdout}`);
  return {
    url,
    started: true,
    stop: async () => {
      await run('bash', [
        '-c',
        'source "$1" && PG_DATA_DIR="$2" stop_postgres >&2',
        'stop-postgres',
        script,
        dataDir,
      ]);
    },
  };
}
