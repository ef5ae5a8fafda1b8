-- GENERATED from prisma/migrations/20261206000000_search (sqlite a15dd86cad0b2e5b, dialect fea1fe02033c9e34): do not edit

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "filters" TEXT NOT NULL DEFAULT '{}',
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "articleId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "entities" TEXT NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_name_key" ON "SavedSearch"("name");

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)
-- PostgreSQL counterpart of the FTS5 table of prisma/migrations/20261206000000_search: a GIN index over the
-- analyzer's tokens that SearchDocument already holds (nlp/search-tokens.ts, space-separated), read with the
-- 'simple' configuration so PostgreSQL only splits them and stems nothing twice. An expression index needs
-- no triggers: it follows SearchDocument's rows, including the cascade from Article. Querying it through
-- the SearchIndex interface (store/search/) is not built yet; see docs/postgres.md.
CREATE INDEX "SearchDocument_tokens_gin" ON "SearchDocument" USING GIN (
  to_tsvector('simple'::regconfig, "title" || ' ' || "body" || ' ' || "entities")
);
