-- Prefix indexes of 4 to 8 characters in the full-text index. A query word of four letters or more also
-- matches as a prefix ("chip"* finds chips and Chipfertigung; store/search/query-plan.ts). Without a prefix
-- index FTS5 answers a prefix by reading and merging the complete doclists of every term that starts with it,
-- twice per query (the match, and bm25's document count), which grows with the number of articles: 230 ms for
-- one word at 1,000,000 articles. With one, a prefix of an indexed length is read like a single term, lazily
-- from the newest article. The matches, positions and bm25 scores are the same (FTS5 stores the merged
-- doclist); the index is larger (about 4 times the size of the term index alone). Lengths 4 to 8 cover the
-- analyzer's stems most queries have; a longer prefix still merges, and has fewer, rarer terms.
--
-- FTS5 takes the option only when a table is created, so the table is created again over the same external
-- content (SearchDocument holds the analyzer's tokens) and rebuilt in SQL. The triggers name the table, not
-- its definition, and stay. While rebuilding, segments are not merged incrementally (at 1,000,000 articles
-- FTS5's automerge spent most of a rebuild deleting merged segments) but once at the end; FTS5's defaults are
-- set back afterwards for the pipeline's writes.
DROP TABLE "SearchDocumentFts";

CREATE VIRTUAL TABLE "SearchDocumentFts" USING fts5(
    "title", "body", "entities",
    content = 'SearchDocument', content_rowid = 'articleId',
    tokenize = "unicode61 remove_diacritics 0 tokenchars '.-'",
    prefix = '4 5 6 7 8'
);

INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('automerge', 0);
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('crisismerge', 2000);
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('hashsize', 67108864);
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts") VALUES ('rebuild');
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts") VALUES ('optimize');
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('automerge', 4);
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('crisismerge', 16);
INSERT INTO "SearchDocumentFts" ("SearchDocumentFts", "rank") VALUES ('hashsize', 1048576);
