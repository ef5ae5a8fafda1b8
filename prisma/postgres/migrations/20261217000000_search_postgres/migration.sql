-- GENERATED from prisma/migrations/20261217000000_search_postgres (sqlite 099b237adcdb0b9c, dialect b3872f54922fe812): do not edit

-- This is an empty migration.

-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)
-- Full-text search on PostgreSQL over the same analyzer tokens as SQLite's FTS5 table (SearchDocument holds
-- them, written by store/search/search-documents.ts in the article's transaction). The tokens become a
-- tsvector without PostgreSQL's text parser: to_tsvector('simple', …) would split the analyzer's tokens again
-- ('e-deepseek-r2' into 'e', 'deepseek', 'r2'; 'foo_bar' into two), so an entity token would match text
-- words and phrase positions would shift. Each space-separated token is one lexeme at its own position:
-- title A, entities B, body D (ranking weights, store/search/ranking.ts), each column starting 100
-- positions after the previous one ends so that no phrase or NEAR (at most 50) spans two columns, as in
-- FTS5. PostgreSQL keeps positions up to 16,383 and 256 positions per lexeme.
CREATE FUNCTION modelwatch_token_vector(tokens text, first integer, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT setweight(COALESCE(string_agg(
    '''' || replace(replace(t.token, '\', '\\'), '''', '''''') || ''':' || LEAST(first + t.pos - 1, 16383)::text,
    ' '), '')::tsvector, weight)
  FROM unnest(string_to_array(tokens, ' ')) WITH ORDINALITY AS t(token, pos)
  WHERE t.token <> ''
$fn$;

CREATE FUNCTION modelwatch_search_vector(title text, body text, entities text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT modelwatch_token_vector(title, 1, 'A')
    || modelwatch_token_vector(entities, cardinality(string_to_array(title, ' ')) + 101, 'B')
    || modelwatch_token_vector(body,
         cardinality(string_to_array(title, ' ')) + cardinality(string_to_array(entities, ' ')) + 201, 'D')
$fn$;

-- A stored generated column: kept by PostgreSQL in the statement that writes the row, so in the article's
-- transaction whatever code writes SearchDocument (the twin of SQLite's FTS5 triggers).
ALTER TABLE "SearchDocument" ADD COLUMN "vector" tsvector
  GENERATED ALWAYS AS (modelwatch_search_vector("title", "body", "entities")) STORED;

DROP INDEX "SearchDocument_tokens_gin";
CREATE INDEX "SearchDocument_vector_gin" ON "SearchDocument" USING GIN ("vector");

-- FTS5's NEAR(p1 p2 …, distance) on a document's vector: true when one occurrence of every phrase (a JSON
-- array of space-separated token sequences) can be chosen so that the latest start lies at most `distance`
-- tokens after the earliest end, in any order. tsquery's <N> states one exact distance and order, so the
-- search asks the GIN index for all the phrases and checks NEAR with this on the few documents it returns.
CREATE FUNCTION modelwatch_near(vector tsvector, phrases json, distance integer) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  WITH words AS (
    SELECT p.i, w.k, w.token, cardinality(string_to_array(p.phrase, ' ')) AS len
    FROM json_array_elements_text(phrases) WITH ORDINALITY AS p(phrase, i),
         unnest(string_to_array(p.phrase, ' ')) WITH ORDINALITY AS w(token, k)
  ), positions AS (
    -- the vector is read once, keeping the phrases' lexemes only
    SELECT v.lexeme, unnest(v.positions)::integer AS p FROM unnest(vector) AS v
    WHERE v.lexeme IN (SELECT token FROM words)
  ), occurrences AS (
    SELECT words.i, positions.p - words.k + 1 AS start, words.len
    FROM words JOIN positions ON positions.lexeme = words.token
    GROUP BY words.i, positions.p - words.k + 1, words.len
    HAVING count(*) = words.len
  )
  SELECT EXISTS (
    SELECT 1 FROM occurrences latest
    WHERE (SELECT count(DISTINCT o.i) FROM occurrences o
           WHERE o.start <= latest.start AND o.start + o.len >= latest.start - distance)
        = json_array_length(phrases)
  )
$fn$;
