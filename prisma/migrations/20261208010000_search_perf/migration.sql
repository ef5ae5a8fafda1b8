-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article"("id", "language", "sourceId", "publishedAt", "fetchedAt");

