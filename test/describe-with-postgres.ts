import { postgresTestServer } from './postgres-test-database.js';

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
