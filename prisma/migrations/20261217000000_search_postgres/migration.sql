-- Full-text search on PostgreSQL (prisma/postgres/dialect/20261217000000_search_postgres.sql): a tsvector
-- column over SearchDocument's analyzer tokens, its GIN index and the NEAR check. SQLite's FTS5 table of
-- 20261206000000_search already does this job here, so this migration changes nothing on SQLite.
SELECT 1;
