import { UserError } from '../../core/errors.js';
import { analyze } from '../../nlp/analyze.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers.js';
import { testingOnPostgres } from '../../test/postgres-test-database.js';
import { mergeEntities } from '../entity-admin.js';
import { openReadStore, type ReadStore } from '../read-store.js';
import { reanalyzeArticle, storedArticleSelect } from '../reanalyze-article.js';
import { saveArticle, type ArticleRecord } from '../save-article.js';
import { rebuildSearchIndex } from './reindex.js';
import { openSearchIndex } from './open-search-index.js';
import { createPostgresSearchIndex } from './postgres-search-index.js';
import type { SearchIndex, SearchRequest, SearchResult } from './search-index.js';
import { articlesReportingType, createSqliteSearchIndex } from './sqlite-search-index.js';

// The same tests on SQLite (npm test) and on PostgreSQL (npm run test:postgres); FTS5's own checks on SQLite.
const onPostgres = testingOnPostgres();
const describeSqlite = onPostgres ? describe.skip : describe;

// Articles of our own writing, in both languages.
const ARTICLES = {
  r2Delay: {
    url: 'https://tech.example/deepseek-r2-verschoben',
    source: 'technews',
    lang: 'de',
    published: '2025-08-14T08:00:00Z',
    title: 'DeepSeek verschiebt R2 auf unbestimmte Zeit',
    text:
      'Der chinesische KI-Entwickler DeepSeek hat den Start seines Sprachmodells R2 verzögert. ' +
      'Das Training auf Huaweis Ascend-Prozessoren sei gescheitert, berichten mehrere Quellen. ' +
      'Inzwischen trainiert DeepSeek das R2-Modell wieder auf Nvidias H20-Chips.',
  },
  h20Licence: {
    url: 'https://wire.example/nvidia-h20-licence',
    source: 'wire',
    lang: 'en',
    published: '2025-08-08T12:00:00Z',
    title: 'Nvidia expects H20 export licence for China',
    text:
      'Nvidia said on Friday that the US government had assured it that export licences for its H20 chip ' +
      'would be granted. Sales of the chip to China had required a licence since April. ' +
      'Analysts expect the delays in shipments to weigh on revenue.',
  },
  cloudflare: {
    url: 'https://wire.example/cloudflare-r2-prices',
    source: 'wire',
    lang: 'en',
    published: '2025-07-01T09:00:00Z',
    title: 'Cloudflare lowers prices for R2 storage',
    text:
      'Cloudflare cut the price of its R2 object storage service on Tuesday. ' +
      'Customers of Cloudflare R2 pay less for stored data from next month, the company said.',
  },
  finance: {
    url: 'https://money.example/nvidia-quartal',
    source: 'money',
    lang: 'de',
    published: '2025-08-20T16:00:00Z',
    title: 'Nvidia-Aktie legt nach Quartalszahlen zu',
    text:
      'Die Aktie von Nvidia stieg nach den Quartalszahlen um drei Prozent. Der Umsatz verdoppelte sich, ' +
      'obwohl Lieferungen des H20 nach China weiter verzögert werden.',
  },
} as const;
type Key = keyof typeof ARTICLES;

let store: TestDatabase;
let reads: ReadStore;
let index: SearchIndex;
const ids = new Map<Key, number>();

function recordOf(key: Key, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const a = ARTICLES[key];
  return {
    url: a.url,
    fetchedUrl: a.url,
    sourceId: a.source,
    title: a.title,
    authors: [],
    publishedAt: new Date(a.published),
    language: a.lang,
    text: a.text,
    ...overrides,
  };
}

async function save(key: Key, overrides: Partial<ArticleRecord> = {}): Promise<number> {
  const record = recordOf(key, overrides);
  const analysis = analyze({
    id: record.url,
    title: record.title,
    text: record.text,
    lang: record.language ?? undefined,
    published: record.publishedAt?.toISOString(),
  });
  const { articleId } = await saveArticle(store.db, record, analysis);
  ids.set(key, articleId);
  return articleId;
}

async function search(q: string, options: Partial<SearchRequest> = {}): Promise<SearchResult> {
  return index.search({ q, sort: 'relevance', limit: 20, now: new Date('2025-09-01T00:00:00Z'), ...options });
}

async function found(q: string, options: Partial<SearchRequest> = {}): Promise<Key[]> {
  const byId = new Map([...ids].map(([key, id]) => [String(id), key]));
  return (await search(q, options)).items
    .map((item) => byId.get(item.articleId))
    .filter((k): k is Key => k !== undefined)
    .sort();
}

beforeAll(async () => {
  store = await createTestDatabase();
  for (const [id, language, category] of [
    ['technews', 'de', 'tech'],
    ['wire', 'en', 'tech'],
    ['money', 'de', 'finance'],
  ] as const)
    await store.db.source.create({
      data: { id, name: `${id} news`, language, category, homepage: `https://${id}.example/` },
    });
  for (const key of Object.keys(ARTICLES) as Key[]) await save(key);
  reads = openReadStore(store.db);
  index = openSearchIndex(reads);
});

afterAll(async () => {
  await reads.close();
  await store.close();
});

describeSqlite('prefixes with one indexed term', () => {
  it('are searched as that exact term, with the same results, scores and facets as the prefix', async () => {
    const sqlite = reads.sqlite;
    if (!sqlite) throw new Error('SQLite only');
    const sqliteIndex = createSqliteSearchIndex(sqlite);
    const prefixOnly = createSqliteSearchIndex(sqlite, { solePrefixTerms: false });
    const request = { sort: 'relevance', limit: 20, now: new Date('2025-09-01T00:00:00Z') } as const;
    for (const q of [
      'Verzögerung',
      'Chip',
      'Cloudflare',
      'licence -Aktie',
      'storage OR Umsatz',
      'trainiert lang:de',
    ]) {
      const probed = sqliteIndex.search({ ...request, q });
      const prefixed = prefixOnly.search({ ...request, q });
      expect({ ...probed, explain: null }).toEqual({ ...prefixed, explain: null });
    }
    // "cloudflar" is the only indexed term starting with "cloudflar"; several start with "chip"
    expect((await search('Chip')).explain?.match).toBe('"chip"*');
    expect((await search('Cloudflare', { lang: 'en' })).explain?.match).toBe('"cloudflar"');
    expect(prefixOnly.search({ ...request, q: 'Cloudflare', lang: 'en' }).explain?.match).toBe(
      '"cloudflar"*',
    );
  });
});

describe('stemming in both languages', () => {
  it('finds a German inflection from the noun ("Verzögerung" finds "verzögert")', async () => {
    expect(await found('Verzögerung')).toEqual(['finance', 'r2Delay']);
  });
  it('finds English inflections ("delay" finds "delays", "licences" finds "licence")', async () => {
    expect(await found('delay')).toEqual(['h20Licence']);
    expect(await found('licences')).toEqual(['h20Licence']);
  });
  it('finds a part of a hyphenated compound ("Chip" finds "H20-Chips", "Prozessor" finds "Ascend-Prozessoren")', async () => {
    expect(await found('Chip')).toContain('r2Delay');
    expect(await found('Prozessor')).toEqual(['r2Delay']);
  });
  it('matches words in both languages in one query', async () => {
    expect(await found('H20 Verzögerung')).toEqual(['finance', 'r2Delay']);
  });
});

describe('entity alias expansion', () => {
  it('"R2" finds the DeepSeek-R2 articles, not Cloudflare R2, which the linker did not link', async () => {
    expect(await found('R2')).toEqual(['r2Delay']);
    expect(await found('DeepSeek-R2')).toEqual(['r2Delay']);
    expect(await found('entity:deepseek-r2')).toEqual(['r2Delay']);
  });
  it('a quoted "R2" searches the text and finds both', async () => {
    expect(await found('"R2"')).toEqual(['cloudflare', 'r2Delay']);
  });
  it('"Ascend" finds the article that says "Ascend-Prozessoren"', async () => {
    expect(await found('Ascend')).toEqual(['r2Delay']);
  });
  it('"R2 Verzögerung" combines an entity and a stemmed word', async () => {
    const result = await search('R2 Verzögerung');
    expect(result.items.map((i) => i.articleId)).toEqual([String(ids.get('r2Delay'))]);
    expect(result.explain?.entities).toEqual(['deepseek-r2']);
  });
});

describe('query language', () => {
  it('OR, exclusion, phrases and NEAR', async () => {
    expect(await found('Cloudflare OR Quartalszahlen')).toEqual(['cloudflare', 'finance']);
    expect(await found('H20 -Aktie')).toEqual(['h20Licence', 'r2Delay']);
    expect(await found('"export licences"')).toEqual(['h20Licence']);
    expect(await found('"licences export"')).toEqual([]);
    expect(await found('Friday NEAR/2 licence')).toEqual([]);
    expect(await found('government NEAR/3 licence')).toEqual(['h20Licence']);
  });
  it('NEAR in any order, with phrases, inside OR and excluded', async () => {
    expect(await found('licence NEAR/3 government')).toEqual(['h20Licence']);
    expect(await found('"export licences" NEAR/1 granted')).toEqual([]);
    expect(await found('"export licences" NEAR/4 granted')).toEqual(['h20Licence']);
    expect(await found('(Friday NEAR/2 licence) OR Quartalszahlen')).toEqual(['finance']);
    expect(await found('H20 -(government NEAR/3 licence)')).toEqual(['finance', 'r2Delay']);
    expect(await found('H20 -(Friday NEAR/2 licence)')).toEqual(['finance', 'h20Licence', 'r2Delay']);
  });
  it('NEAR at its distance and one below, in both orders; groups of three phrases or sharing a token', async () => {
    const cases: [string, Key[]][] = [
      ['government NEAR/1 licence', []],
      ['government NEAR/2 licence', ['h20Licence']],
      ['licence NEAR/1 government', []],
      ['licence NEAR/2 government', ['h20Licence']],
      ['"export licences" NEAR/2 granted', []],
      ['"export licences" NEAR/3 granted', ['h20Licence']],
      ['granted NEAR/2 "export licences"', []],
      ['granted NEAR/3 "export licences"', ['h20Licence']],
      ['DeepSeek NEAR/1 R2', ['r2Delay']],
      // checked on positions on PostgreSQL (tsquery cannot state them): shared tokens, three phrases
      ['"export licences" NEAR/1 licences', ['h20Licence']],
      ['DeepSeek NEAR/3 DeepSeek', ['r2Delay']],
      ['government NEAR/3 licence NEAR/3 export', ['h20Licence']],
      ['Friday NEAR/3 government NEAR/3 licence', []],
    ];
    for (const [q, expected] of cases) expect([q, await found(q)]).toEqual([q, expected]);
  });
  it('field filters on language, source and event type, also excluded', async () => {
    expect(await found('H20 lang:en')).toEqual(['h20Licence']);
    expect(await found('H20 -lang:en')).toEqual(['finance', 'r2Delay']);
    expect(await found('H20 source:money')).toEqual(['finance']);
    expect(await found('H20 type:hardware_switch')).toEqual(['r2Delay']);
    expect(await found('H20 -type:hardware_switch')).toEqual(['finance', 'h20Licence']);
  });

  (onPostgres ? it.skip : it)(
    'reads the articles of an event type from the covering index, never the event rows',
    () => {
      const plan = (
        reads.sqlite?.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${articlesReportingType('@type')}`, {
          type: 'delay',
        }) ?? []
      ).map((row) => row.detail);
      expect(plan).toContainEqual(expect.stringContaining('COVERING INDEX Event_type_hidden_idx'));
    },
  );
});

describe('filters and facets', () => {
  it('filters by category, kind, entity and date range', async () => {
    expect(await found('H20', { category: 'finance' })).toEqual(['finance']);
    expect(await found('Cloudflare', { kind: 'model' })).toEqual([]);
    expect(await found('H20', { entity: 'deepseek' })).toEqual(['r2Delay']);
    expect(
      await found('H20', { from: new Date('2025-08-10T00:00:00Z'), to: new Date('2025-08-15T00:00:00Z') }),
    ).toEqual(['r2Delay']);
  });
  it('counts every match by language, source, category, entity, kind and event type', async () => {
    const { facets, total } = await search('H20');
    expect(total).toBe(3);
    expect(facets.language).toEqual([
      { value: 'de', count: 2 },
      { value: 'en', count: 1 },
    ]);
    expect(facets.category).toEqual([
      { value: 'tech', count: 2 },
      { value: 'finance', count: 1 },
    ]);
    expect(facets.source.map((f) => [f.value, f.count, f.label])).toContainEqual(['wire', 1, 'wire news']);
    expect(facets.entity.find((f) => f.value === 'nvidia-h20')).toEqual({
      value: 'nvidia-h20',
      count: 3,
      label: expect.any(String) as string,
    });
    expect(facets.kind.find((f) => f.value === 'chip')?.count).toBe(3);
    expect(facets.type.find((f) => f.value === 'delay')?.count).toBeGreaterThanOrEqual(1);
  });
  it('ranks and counts the newest matches only when more match than the window, and says so', async () => {
    const windowedIndex = reads.sqlite
      ? createSqliteSearchIndex(reads.sqlite, { candidateWindow: 2 })
      : createPostgresSearchIndex(reads, { candidateWindow: 2 });
    const windowed = await windowedIndex.search({
      q: 'H20',
      sort: 'relevance',
      limit: 20,
      now: new Date('2025-09-01T00:00:00Z'),
    });
    const newestTwo = (await search('H20')).items
      .map((i) => Number(i.articleId))
      .sort((x, y) => y - x)
      .slice(0, 2);
    expect(windowed.items.map((i) => Number(i.articleId)).sort((x, y) => y - x)).toEqual(newestTwo);
    expect(windowed.facetsExact).toBe(false);
    expect(windowed.totalIsEstimate).toBe(true);
    expect(windowed.total).toBeGreaterThanOrEqual(2);
    expect(windowed.facets.language.reduce((n, f) => n + f.count, 0)).toBe(2);
    expect(windowed.facets.entity.find((f) => f.value === 'nvidia-h20')?.count).toBe(2);
    const exact = await search('H20');
    expect([exact.facetsExact, exact.totalIsEstimate, exact.total]).toEqual([true, false, 3]);
  });
});

describe('results', () => {
  it('highlights the matched words in plain-text snippets', async () => {
    const [hit] = (await search('Verzögerung source:technews')).items;
    expect(hit?.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['verzögert']);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Sprachmodells R2 verzögert');
    expect(hit?.entities.map((e) => e.id)).toContain('deepseek-r2');
    expect(hit?.source).toEqual({ id: 'technews', name: 'technews news' });
  });
  it('ranks a title match first and pages by cursor without gaps or repeats', async () => {
    expect((await search('Nvidia')).items[0]?.title).toMatch(/^Nvidia/);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search('H20', { limit: 1, cursor });
      seen.push(...page.items.map((i) => i.articleId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });
  it('sorts by date, newest first', async () => {
    const titles = (await search('H20', { sort: 'date' })).items.map((i) => i.published);
    expect(titles).toEqual([...titles].sort().reverse());
  });
});

describe('malformed and hostile queries', () => {
  it.each([
    ['', /empty/],
    ['"R2 Verzögerung', /closing quote/],
    ['(R2 OR V4', /no matching "\)"/],
    ['R2 OR', /OR needs a term/],
    ['-Cloudflare', /needs something to exclude from/],
    ['R2 NEAR/0 delay', /distance from 1/],
    ['title:R2', /unknown field "title:"/],
    ['type:rumour', /type:rumour is not valid/],
    ['entity:no-such-entity', /unknown entity/],
    ['in an', /nothing to search for/],
    ['body:*', /unknown field "body:"/],
    ['NEAR(R2 delay, 1)', /NEAR needs a word/],
    ['(lang:de OR R2)', /filters the whole query/],
  ])('%j answers a UserError that says what to fix', async (q, message) => {
    await expect(search(q)).rejects.toThrow(UserError);
    await expect(search(q)).rejects.toThrow(message);
  });

  it.each([
    `'; DROP TABLE Article; --`,
    'R2" OR "1"="1',
    '* ^ + {title} : e-deepseek-r2 NEAR',
    '"\u0000" R2 )',
    'Verzögerung") OR rowid > 0 --',
    // tsquery and PostgreSQL syntax: quotes, operators, prefixes, weights, casts, dollar quotes, backslashes
    "it's & !R2 | licence* <-> 'x':A \\' $$ ::tsquery",
    "Nvidia') OR TRUE; SELECT pg_sleep(1); --",
    "R2' & 'x",
    'H20 NEAR/3 "licence\\\'; DROP TABLE Article; --"',
  ])('%j reaches the index as quoted tokens only, never as FTS, tsquery or SQL syntax', async (q) => {
    let match = '';
    try {
      match = (await search(q)).explain?.match ?? '';
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
    }
    const syntax = onPostgres
      ? match.replace(/'(?:[^'\\]|''|\\.)*'(?::\*)?/g, '').replace(/<->|<\d+>|[()&|!\s]/g, '')
      : match.replace(/"(?:[^"]|"")*"\*?/g, '').replace(/\b(?:AND|OR|NOT|NEAR)\b|[(),\s\d]/g, '');
    expect(syntax).toBe('');
    expect(await store.db.article.count()).toBe(4);
  });

  it('searches words holding quotes and backslashes as text', async () => {
    await expect(search("it's")).resolves.toMatchObject({ total: 0 });
    await expect(search('back\\slash')).resolves.toMatchObject({ total: 0 });
  });

  it('a bad cursor is a UserError', async () => {
    await expect(search('H20', { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(UserError);
  });
});

describe('index consistency', () => {
  /** FTS5's own check; on PostgreSQL, that every document's vector is the one its tokens give. */
  async function integrityCheck(): Promise<void> {
    if (!onPostgres) {
      await store.db.$executeRawUnsafe(
        `INSERT INTO SearchDocumentFts (SearchDocumentFts, rank) VALUES ('integrity-check', 1)`,
      );
      return;
    }
    const stale = await store.db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT COUNT(*)::int AS n FROM "SearchDocument"
       WHERE "vector" IS DISTINCT FROM modelwatch_search_vector("title", "body", "entities")`,
    );
    expect(stale[0]?.n).toBe(0);
  }

  it('follows an article whose text changed', async () => {
    await save('cloudflare', { text: 'Cloudflare now offers its storage in Frankfurt as well.' });
    expect(await found('Frankfurt')).toEqual(['cloudflare']);
    expect(await found('"object storage"')).toEqual([]);
    await integrityCheck();
  });

  it('follows re-analysis and merges that change which entities an article is linked to', async () => {
    const id = ids.get('h20Licence') ?? 0;
    const stored = await store.db.article.findUniqueOrThrow({ where: { id }, select: storedArticleSelect });
    await store.db.entity.create({
      data: { id: 'candidate-h20-export', kind: 'chip', name: 'H20 Export', candidate: true },
    });
    await reanalyzeArticle(
      store.db,
      stored,
      {
        id: stored.url,
        language: 'en',
        entities: [
          {
            id: 'candidate-h20-export',
            kind: 'chip',
            name: 'H20 Export',
            aliases: [],
            mentions: 1,
            firstSentence: 'x',
          },
        ],
        events: [],
      },
      { now: new Date() },
    );
    expect(await found('entity:candidate-h20-export')).toEqual(['h20Licence']);
    await mergeEntities(store.db, 'candidate-h20-export', 'nvidia-h20');
    expect(await found('entity:nvidia-h20', { lang: 'en' })).toEqual(['h20Licence']);
    // the merged id now names the target, with all of its articles
    expect(await found('entity:candidate-h20-export')).toEqual(await found('entity:nvidia-h20'));
    await integrityCheck();
  });

  it('forgets a removed article', async () => {
    await store.db.article.delete({ where: { id: ids.get('finance') ?? 0 } });
    expect(await found('Quartalszahlen')).toEqual([]);
    expect(await store.db.searchDocument.count()).toBe(3);
    await integrityCheck();
  });

  it('reindex rebuilds the same index and reports progress', async () => {
    const before = await found('H20');
    const progress: number[] = [];
    const { indexed } = await rebuildSearchIndex(store.db, { onProgress: (p) => progress.push(p.done) });
    expect(indexed).toBe(3);
    expect(progress).toEqual([3]);
    expect(await found('H20')).toEqual(before);
    await integrityCheck();
  });
});
