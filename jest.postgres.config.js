import base from './jest.config.js';

/**
 * The PostgreSQL run of `npm test` (TEST_FLAVOUR=postgres, TEST_DATABASE_URL set by .ci/run): the store,
 * pipeline and schema tests, each on a fresh PostgreSQL database from test/helpers.ts, and the API's
 * routes side by side with SQLite (test/api-postgres.test.ts), and search (store/search/search-index.test.ts
 * on the GIN index). The tests of SQLite's own read connection run on SQLite only.
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
    '<rootDir>/test/distributed-digest.test.ts',
    '<rootDir>/test/api-postgres.test.ts',
    '<rootDir>/test/cli-postgres.test.ts',
    '<rootDir>/store/dialects/postgres/*.test.ts',
    '<rootDir>/store/search/search-index.test.ts',
    '<rootDir>/store/search/tsquery.test.ts',
  ],
};
