-- PostgreSQL counterpart of the FTS5 table of prisma/migrations/20261206000000_search: a GIN index over the
-- analyzer's tokens that SearchDocument already holds (nlp/search-tokens.ts, space-separated), read with the
-- 'simple' configuration so PostgreSQL only splits them and stems nothing twice. An expression index needs
-- no triggers: it follows SearchDocument's rows, including the cascade from Article. Querying it through
-- the SearchIndex interface (store/search/) is not built yet; see docs/postgres.md.
CREATE INDEX "SearchDocument_tokens_gin" ON "SearchDocument" USING GIN (
  to_tsvector('simple'::regconfig, "title" || ' ' || "body" || ' ' || "entities")
);
