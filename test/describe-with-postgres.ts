import { postgresTestServer, testingOnPostgres } from './postgres-test-database.js';

/**
 * `describe` for tests that need a PostgreSQL server: they run when TEST_DATABASE_URL names one; without
 * it they are skipped with a message, except under CI (CI set, as `.ci/run` does), where a missing server
 * is an error rather than a silent skip.
 */
export function describeWithPostgres(name: string, body: (serverUrl: () => string) => void): void {
  const server = postgresTestServer();
  if (!server && process.env.CI)
    throw new Error(`${name}: CI must run the PostgreSQL tests: set TEST_DATABASE_URL`);
  if (!server) {
    describe(name, () => {
      it.skip('needs PostgreSQL: set TEST_DATABASE_URL=postgresql://... (bash .ci/run starts a server)', () => {});
    });
    return;
  }
  describe(name, () => {
    body(() => server);
  });
}

/**
 * {@link describeWithPostgres} for tests that set up both flavours themselves, or start processes on
 * PostgreSQL: they run once, in the PostgreSQL run (TEST_FLAVOUR=postgres), and skip with a message in the
 * SQLite run.
 */
export function describeInPostgresRun(name: string, body: (serverUrl: () => string) => void): void {
  if (testingOnPostgres()) {
    describeWithPostgres(name, body);
    return;
  }
  describe(name, () => {
    it.skip('runs in the PostgreSQL run: npm run test:postgres with TEST_DATABASE_URL set', () => {});
  });
}
