import Database from 'better-sqlite3';
import { createTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { databaseFileOf } from '../database.js';
import { openReadConnection } from '../read-connection.js';
import type { SearchRequest, SearchResult } from './search-index.js';
import { createSqliteSearchIndex, indexedPrefixLengths } from './sqlite-search-index.js';

// FTS5's prefix indexes (migration 20261216000000_search_prefix_index) must change how fast a prefix is
// read, never what a search answers. A fixed corpus of our own synthetic words, built so that short prefixes
// have many terms of very different frequencies (where a changed document count would reorder results), is
// searched with the prefix indexes and again after the table is created once more without them.

const SYLLABLES = 'ka ri to me lan su vo ne dra ben pol tis ga mu rek sel'.split(' ');
const ARTICLES = 1_500;
const WORDS = 60;

/** A seeded generator (mulberry32): the same corpus on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seeded(11);
const VOCABULARY = Array.from({ length: 1_200 }, () => {
  const n = 2 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
});
/** About Zipf: a word of rank r is drawn about 1/r as often as the first. */
const word = () => VOCABULARY[Math.floor(Math.exp(random() * Math.log(VOCABULARY.length + 1))) - 1] ?? 'ka';
const text = (n: number) => Array.from({ length: n }, word).join(' ');

/** Prefixes of the vocabulary of each indexed length (4 to 8 characters) that several words start with. */
function sharedPrefixes(): string[] {
  const counts = new Map<string, number>();
  for (const w of new Set(VOCABULARY))
    for (let length = 4; length <= 8 && length < w.length; length++)
      counts.set(w.slice(0, length), (counts.get(w.slice(0, length)) ?? 0) + 1);
  return [4, 5, 6, 7, 8].flatMap((length) =>
    [...counts]
      .filter(([prefix, n]) => prefix.length === length && n >= 2)
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, 4)
      .map(([prefix]) => prefix),
  );
}

function insertCorpus(file: string): void {
  const db = new Database(file);
  const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO Source (id, name, language, category, homepage, createdAt, updatedAt)
       VALUES ('s', 'S', 'de', 'tech', 'https://s.example/', ?, ?)`,
    ).run(at(0), at(0));
    const article = db.prepare(
      `INSERT INTO Article (id, url, fetchedUrl, sourceId, title, authors, publishedAt, language, text, contentHash,
         fetchedAt, analyzedAt, createdAt, updatedAt) VALUES (?, ?, ?, 's', ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const document = db.prepare(
      `INSERT INTO SearchDocument (articleId, title, body, entities) VALUES (?, ?, ?, '')`,
    );
    for (let id = 1; id <= ARTICLES; id++) {
      const [title, body] = [text(6), text(WORDS)];
      const url = `https://s.example/${String(id)}`;
      const when = at(id);
      article.run(
        id,
        url,
        url,
        title,
        when,
        id % 3 ? 'de' : 'en',
        body,
        `h${String(id)}`,
        when,
        when,
        when,
        when,
      );
      document.run(id, title, body);
    }
  })();
  db.close();
}

/** Creates the FTS5 table again without its prefix indexes (as 20261206000000_search defined it). */
function dropPrefixIndexes(file: string): void {
  const db = new Database(file);
  const sql = db
    .prepare(`SELECT sql FROM sqlite_master WHERE name = 'SearchDocumentFts'`)
    .pluck()
    .get() as string;
  const without = sql.replace(/,\s*prefix\s*=\s*'[\d ]+'/, '');
  db.exec(`DROP TABLE SearchDocumentFts; ${without};
    INSERT INTO SearchDocumentFts (SearchDocumentFts) VALUES ('rebuild');`);
  db.close();
}

const NOW = new Date('2025-03-15T00:00:00Z');

function requests(prefixes: readonly string[]): Omit<SearchRequest, 'now'>[] {
  const rest = (i: number) => prefixes[(i + 7) % prefixes.length] ?? 'ka';
  return prefixes.flatMap((p, i) => [
    { q: p, sort: 'relevance', limit: 50 },
    { q: p, sort: 'relevance', limit: 20, lang: 'de' },
    { q: `${p} ${rest(i)}`, sort: 'relevance', limit: 50 },
    { q: `(${p} OR ${rest(i + 1)}) -${rest(i + 2)}`, sort: 'relevance', limit: 50 },
    { q: p, sort: 'date', limit: 20 },
  ]);
}

/** Every answer in full (items with scores and snippets, facets, totals, cursors) and each MATCH's raw bm25. */
function answers(file: string, asked: readonly Omit<SearchRequest, 'now'>[], window?: number) {
  const reads = openReadConnection(file);
  try {
    const index = createSqliteSearchIndex(reads, window === undefined ? {} : { candidateWindow: window });
    return asked.map((request) => {
      const result: SearchResult = index.search({ ...request, now: NOW });
      const bm25 = reads.tuples<[number, number]>(
        `SELECT rowid, bm25(SearchDocumentFts, 4, 1, 2) FROM SearchDocumentFts
         WHERE SearchDocumentFts MATCH @match ORDER BY rowid DESC`,
        { match: result.explain?.match ?? '' },
      );
      return { result, bm25 };
    });
  } finally {
    reads.close();
  }
}

let store: TestDatabase;
let file: string;

beforeAll(async () => {
  store = await createTestDatabase('sqlite');
  file = databaseFileOf(store.db);
  insertCorpus(file);
});

afterAll(async () => {
  await store.close();
});

describe('FTS5 prefix indexes', () => {
  it('are part of the full-text table the migrations build, and the search reads their lengths', () => {
    const reads = openReadConnection(file);
    expect(indexedPrefixLengths(reads)).toEqual([4, 5, 6, 7, 8]);
    reads.close();
  });

  it('answer every search exactly as the table without them: items, order, scores, facets, totals, bm25', () => {
    const prefixes = sharedPrefixes();
    expect(prefixes.filter((p) => p.length === 4)).toHaveLength(4);
    expect(prefixes.filter((p) => p.length === 8).length).toBeGreaterThan(0);
    const asked = requests(prefixes);
    const withIndexes = answers(file, asked);
    const windowed = answers(file, asked, 40);
    // The prefixes are searched as prefixes (several terms each), and the answers are not trivial.
    expect(withIndexes.every(({ result }) => /"[a-z]{4,8}"\*/.test(result.explain?.match ?? ''))).toBe(true);
    expect(withIndexes.filter(({ result }) => result.items.length >= 20).length).toBeGreaterThan(30);
    expect(windowed.filter(({ result }) => result.totalIsEstimate).length).toBeGreaterThan(30);

    dropPrefixIndexes(file);
    const reads = openReadConnection(file);
    expect(indexedPrefixLengths(reads)).toEqual([]);
    reads.close();
    expect(answers(file, asked)).toEqual(withIndexes);
    expect(answers(file, asked, 40)).toEqual(windowed);
  });
});
