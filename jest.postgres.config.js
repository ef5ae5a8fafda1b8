import base from './jest.config.js';

/**
 * The PostgreSQL run of `npm test` (TEST_FLAVOUR=postgres, TEST_DATABASE_URL set by .ci/run): the store,
 * pipeline and schema tests whose paths go through Prisma only, each on a fresh PostgreSQL database from
 * test/helpers.ts. Tests of the API, search, digest and CLI read through the SQLite read path
 * (store/read-connection.ts), which is not built for PostgreSQL yet (docs/postgres.md), so they run on
 * SQLite only.
 */
export default {
  ...base,
  testMatch: [
    '<rootDir>/store/flavours/*.test.ts',
    '<rootDir>/store/save-article.test.ts',
    '<rootDir>/store/store-clustering.test.ts',
    '<rootDir>/store/crawl-state.test.ts',
    '<rootDir>/store/sql-runner.test.ts',
    '<rootDir>/store/knowledge-base-sync.test.ts',
    '<rootDir>/test/reanalyze.test.ts',
    '<rootDir>/test/pipeline.test.ts',
    '<rootDir>/jobs/crawl-schedule.test.ts',
    '<rootDir>/test/distributed-crawl.test.ts',
  ],
};
