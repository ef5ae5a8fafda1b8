-- CreateTable
CREATE TABLE "SearchDocument" (
    "articleId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "entities" TEXT NOT NULL,
    CONSTRAINT "SearchDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "filters" TEXT NOT NULL DEFAULT '{}',
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_name_key" ON "SavedSearch"("name");


-- The full-text index over SearchDocument (external content: the tokens are stored once, in SearchDocument,
-- written by store/search/search-documents.ts with the analyzer of nlp/search-tokens.ts). Documents hold
-- tokens already normalised and stemmed, so the FTS5 tokenizer only splits on spaces: unicode61 without
-- diacritics folding, with '.' (versions such as 3.1) and '-' (entity tokens e-deepseek-r2) kept inside
-- tokens. Triggers keep the index in step with SearchDocument, whatever writes it, including the cascade
-- that deletes an article's document with the article. Existing articles are indexed when the store is
-- opened after this migration (store/database.ts), because SQL cannot run the analyzer.
CREATE VIRTUAL TABLE "SearchDocumentFts" USING fts5(
    "title", "body", "entities",
    content = 'SearchDocument', content_rowid = 'articleId',
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.-'"
);

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument"
BEGIN
  INSERT INTO "SearchDocumentFts" ("rowid", "title", "body", "entities")
    VALUES (NEW."articleId", NEW."title", NEW."body", NEW."entities");
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument"
BEGIN
  INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rowid", "title", "body", "entities")
    VALUES ('delete', OLD."articleId", OLD."title", OLD."body", OLD."entities");
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument"
BEGIN
  INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rowid", "title", "body", "entities")
    VALUES ('delete', OLD."articleId", OLD."title", OLD."body", OLD."entities");
  INSERT INTO "SearchDocumentFts" ("rowid", "title", "body", "entities")
    VALUES (NEW."articleId", NEW."title", NEW."body", NEW."entities");
END;
