-- GENERATED from prisma/migrations/20261208010000_search_perf (sqlite 3adb3967f9980b1b, dialect none): do not edit

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article"("id", "language", "sourceId", "publishedAt", "fetchedAt");
