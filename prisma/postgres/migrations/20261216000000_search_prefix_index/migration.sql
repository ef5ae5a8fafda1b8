-- GENERATED from prisma/migrations/20261216000000_search_prefix_index (sqlite 14a02606cb2fe192, dialect 006c9c2e5243136b): do not edit

-- This is an empty migration.

-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)
-- Nothing to do on PostgreSQL: this migration gives SQLite's FTS5 table prefix indexes (an FTS5 option that
-- exists only when the table is created, so the SQLite migration creates it again). The GIN index of
-- 20261206000000_search follows SearchDocument by itself.
