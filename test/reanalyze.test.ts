import { silentLogger } from '../core/logger.js';
import {
  runReanalyze,
  type AnalyzeFn,
  type ReanalyzeDeps,
  type ReanalyzeProgress,
} from '../jobs/reanalyze.js';
import { analyze } from '../nlp/analyze.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import type { Analysis, EntityKind, EventDate, EventType } from '../nlp/types.js';
import { upsertSources } from '../store/crawl-state.js';
import type { Db } from '../store/database.js';
import { addAlias, createEntity, mergeEntities, removeAlias } from '../store/entity-admin.js';
import { setEventHidden } from '../store/event-admin.js';
import { loadKnowledgeBase } from '../store/knowledge-base-sync.js';
import { analysisInputOf, reanalyzeArticle, storedArticleSelect } from '../store/reanalyze-article.js';
import { saveArticle, type ArticleRecord } from '../store/save-article.js';
import { createTestDatabase, type TestDatabase } from './helpers.js';

/**
 * `reanalyze` over stored articles of our own writing: an analyzer change (an injected analyze function)
 * or an editor's alias (the real NLP with the store's knowledge base) adds and removes events, and the
 * clusters, counts, release tracker, hidden flags and duplicates come out as a crawl would leave them.
 */

const ENTITIES: Record<string, { kind: EntityKind; name: string }> = {
  deepseek: { kind: 'organization', name: 'DeepSeek' },
  'deepseek-r2': { kind: 'model', name: 'DeepSeek-R2' },
  'huawei-ascend': { kind: 'chip', name: 'Huawei Ascend' },
  'nvidia-h20': { kind: 'chip', name: 'Nvidia H20' },
  'alibaba-qwen3': { kind: 'model', name: 'Qwen3' },
  'qwen-drei': { kind: 'model', name: 'Qwen Drei' },
};

interface EventSpec {
  type: EventType;
  subject: string;
  related?: [string, string][];
  date?: EventDate;
  confidence: number;
  reason?: string;
}

/** What a fake analyzer finds in one article: entity ids and events; the evidence is the first sentence. */
type Finding = { entities: string[]; events: EventSpec[] };

function fakeAnalyzer(findings: Record<string, Finding>, calls: string[] = []): AnalyzeFn {
  return (input) => {
    calls.push(input.id);
    const found = findings[input.id] ?? { entities: [], events: [] };
    const evidence = `${input.text.split('. ')[0] ?? ''}.`;
    const analysis: Analysis = {
      id: input.id,
      language: input.lang ?? null,
      entities: found.entities.map((id) => ({
        id,
        ...entity(id),
        aliases: [],
        mentions: 1,
        firstSentence: evidence,
      })),
      events: found.events.map((e) => ({
        type: e.type,
        subject: { id: e.subject, name: entity(e.subject).name },
        related: (e.related ?? []).map(([id, role]) => ({ id, name: entity(id).name, role })),
        date: e.date ?? null,
        reported: null,
        confidence: e.confidence,
        evidence,
        reason: e.reason,
      })),
    };
    return analysis;
  };
}

function entity(id: string): { kind: EntityKind; name: string } {
  const known = ENTITIES[id];
  if (!known) throw new Error(`fixture entity ${id}`);
  return known;
}

const R2_DE =
  'DeepSeek verschiebt den Start von R2 auf unbestimmte Zeit. Das Training auf Ascend-Chips sei ' +
  'gescheitert, nun rechne das Team wieder mit Nvidia H20.';

/** Stored in this order, so their ids are u1 < u2 < u4 < u3. */
const ARTICLES: Record<string, ArticleRecord> = {
  u1: article('u1', 'de-news', 'de', '2025-08-14', 'R2 verschoben', R2_DE),
  u2: article(
    'u2',
    'en-news',
    'en',
    '2025-08-16',
    'R2 pushed back',
    'DeepSeek has pushed back R2. Training moved from Ascend to Nvidia H20 chips, two people said.',
  ),
  // An exact copy of u1 under an agency URL: stored as a duplicate, it adds no event sources.
  u4: article('u4', 'agency', 'de', '2025-08-15', 'R2 verschoben', R2_DE),
  u3: article(
    'u3',
    'en-news',
    'en',
    '2025-08-20',
    'Qwen3 for cloud customers',
    'Alibaba made Qwen3 available to cloud customers on Tuesday. Prices follow later.',
  ),
};

function article(
  key: string,
  sourceId: string,
  language: string,
  day: string,
  title: string,
  text: string,
): ArticleRecord {
  const url = `https://${sourceId}.example/${key}`;
  return {
    url,
    fetchedUrl: url,
    sourceId,
    title,
    authors: [],
    publishedAt: new Date(`${day}T08:00:00Z`),
    language,
    text,
  };
}

const url = (key: string) => ARTICLES[key]?.url ?? key;
const R2_TEAM = ['deepseek', 'deepseek-r2', 'huawei-ascend'];
const SWITCH: [string, string][] = [
  ['huawei-ascend', 'from'],
  ['nvidia-h20', 'to'],
];

/** Analyzer A: the delay in both R2 reports, a misread plan in u1, the Qwen3 release. */
const FINDINGS_A: Record<string, Finding> = {
  [url('u1')]: {
    entities: R2_TEAM,
    events: [
      { type: 'delay', subject: 'deepseek-r2', confidence: 0.7 },
      {
        type: 'plan',
        subject: 'deepseek-r2',
        date: { value: '2025-Q4', precision: 'quarter' },
        confidence: 0.6,
      },
    ],
  },
  [url('u2')]: {
    entities: [...R2_TEAM, 'nvidia-h20'],
    events: [{ type: 'delay', subject: 'deepseek-r2', confidence: 0.8 }],
  },
  [url('u3')]: {
    entities: ['alibaba-qwen3'],
    events: [
      {
        type: 'release',
        subject: 'alibaba-qwen3',
        date: { value: '2025-08-19', precision: 'day' },
        confidence: 0.9,
      },
    ],
  },
};
FINDINGS_A[url('u4')] = FINDINGS_A[url('u1')] as Finding;

/**
 * Analyzer B (a rule change): u1 reads as a hardware switch, no longer as a delay or plan; u2 finds the
 * switch too; u3 reports Qwen3 under the id an editor merged into it, now with a reason.
 */
const FINDINGS_B: Record<string, Finding> = {
  [url('u1')]: {
    entities: [...R2_TEAM, 'nvidia-h20'],
    events: [{ type: 'hardware_switch', subject: 'deepseek-r2', related: SWITCH, confidence: 0.7 }],
  },
  [url('u2')]: {
    entities: [...R2_TEAM, 'nvidia-h20'],
    events: [
      { type: 'delay', subject: 'deepseek-r2', confidence: 0.8 },
      { type: 'hardware_switch', subject: 'deepseek-r2', related: SWITCH, confidence: 0.8 },
    ],
  },
  [url('u3')]: {
    entities: ['qwen-drei'],
    events: [
      {
        type: 'release',
        subject: 'qwen-drei',
        date: { value: '2025-08-19', precision: 'day' },
        confidence: 0.9,
        reason: 'cloud launch',
      },
    ],
  },
};
FINDINGS_B[url('u4')] = FINDINGS_B[url('u1')] as Finding;

async function storeFixtures(db: Db, analyzer: AnalyzeFn): Promise<void> {
  await upsertSources(
    db,
    ['de-news', 'en-news', 'agency'].map((id) => ({
      id,
      name: id,
      language: id === 'en-news' ? 'en' : 'de',
      category: 'tech',
      homepage: `https://${id}.example/`,
      feeds: [],
      sitemaps: [],
      sections: [],
      intervalMinutes: 60,
      enabled: true,
    })),
  );
  for (const record of Object.values(ARTICLES)) {
    const input = {
      id: record.url,
      text: record.text,
      title: record.title,
      lang: record.language ?? undefined,
      published: record.publishedAt?.toISOString(),
    };
    await saveArticle(db, record, analyzer(input, defaultKnowledgeBase));
  }
}

/** Everything re-analysis may change, hidden events included, in a form two stores can be compared by. */
async function snapshot(db: Db) {
  const events = await db.event.findMany({
    orderBy: { id: 'asc' },
    include: {
      sources: { orderBy: { articleId: 'asc' }, omit: { id: true } },
      related: { orderBy: [{ entityId: 'asc' }, { role: 'asc' }] },
    },
    omit: { createdAt: true, updatedAt: true },
  });
  const mentions = await db.mention.findMany({
    orderBy: [{ articleId: 'asc' }, { entityId: 'asc' }],
    omit: { id: true },
  });
  const entities = await db.entity.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, mentionCount: true, candidate: true, mergedIntoId: true },
  });
  const tracks = await db.releaseTrack.findMany({ orderBy: { entityId: 'asc' }, omit: { updatedAt: true } });
  const articles = await db.article.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, url: true, duplicateOfId: true, analysisHash: true },
  });
  return { events, mentions, entities, tracks, articles };
}

function deps(db: Db, analyzer: AnalyzeFn, more: Partial<ReanalyzeDeps> = {}): ReanalyzeDeps {
  return {
    db,
    analyze: analyzer,
    kb: defaultKnowledgeBase,
    now: () => new Date(),
    log: silentLogger,
    ...more,
  };
}

async function articleId(db: Db, key: string): Promise<number> {
  const row = await db.article.findUniqueOrThrow({ where: { url: url(key) }, select: { id: true } });
  return row.id;
}

async function expectMentionCountsRight(db: Db): Promise<void> {
  const counts = await db.mention.groupBy({ by: ['entityId'], _count: { _all: true } });
  const byId = new Map(counts.map((c) => [c.entityId, c._count._all]));
  for (const e of await db.entity.findMany({ select: { id: true, mentionCount: true } }))
    expect([e.id, e.mentionCount]).toEqual([e.id, byId.get(e.id) ?? 0]);
}

describe('reanalyze with another analyzer', () => {
  let store: TestDatabase;
  beforeEach(async () => {
    store = await createTestDatabase();
    await storeFixtures(store.db, fakeAnalyzer(FINDINGS_A));
  });
  afterEach(async () => {
    await store.close();
  });

  it('adds and removes events and sources, keeps counts, hidden events, duplicates and the tracker right', async () => {
    const { db } = store;
    const release = await db.event.findFirstOrThrow({ where: { type: 'release' } });
    await setEventHidden(db, release.id, true, 'editor: not a launch');
    await createEntity(db, { id: 'qwen-drei', kind: 'model', name: 'Qwen Drei' });
    await mergeEntities(db, 'qwen-drei', 'alibaba-qwen3');
    expect(await db.releaseTrack.findUnique({ where: { entityId: 'deepseek-r2' } })).toMatchObject({
      status: 'planned',
      expectedDate: '2025-Q4',
    });
    const delayBefore = await db.event.findFirstOrThrow({ where: { type: 'delay' } });
    const planBefore = await db.event.findFirstOrThrow({ where: { type: 'plan' } });

    const summary = await runReanalyze(deps(db, fakeAnalyzer(FINDINGS_B)), {});
    expect(summary).toMatchObject({ done: 4, total: 4, changed: 4, failed: 0, interrupted: false });
    expect([summary.eventsCreated, summary.eventsRemoved]).toEqual([1, 1]);

    const u1 = await articleId(db, 'u1');
    const u2 = await articleId(db, 'u2');
    const u3 = await articleId(db, 'u3');
    const u4 = await articleId(db, 'u4');
    const events = await db.event.findMany({
      include: { sources: true, related: true },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.type).sort()).toEqual(['delay', 'hardware_switch', 'release']);
    // The plan only analyzer A read into u1 lost its one source and is gone.
    expect(await db.event.findUnique({ where: { id: planBefore.id } })).toBeNull();
    const delay = events.find((e) => e.type === 'delay');
    // Reported by u1 and u2; only u1 changed its mind, so u2 keeps the event alive.
    expect(delay).toMatchObject({ id: delayBefore.id, sourceCount: 1, languages: 'en' });
    expect(delay?.sources.map((s) => s.articleId)).toEqual([u2]);
    expect([delay?.firstReportedAt, delay?.lastReportedAt]).toEqual([
      new Date('2025-08-16T08:00:00Z'),
      new Date('2025-08-16T08:00:00Z'),
    ]);
    const switched = events.find((e) => e.type === 'hardware_switch');
    expect(switched).toMatchObject({ subjectId: 'deepseek-r2', sourceCount: 2, languages: 'de,en' });
    expect(switched?.sources.map((s) => s.articleId).sort()).toEqual([u1, u2].sort());
    expect([switched?.firstReportedAt, switched?.lastReportedAt]).toEqual([
      new Date('2025-08-14T08:00:00Z'),
      new Date('2025-08-16T08:00:00Z'),
    ]);
    expect(switched?.related.map((r) => `${r.entityId}:${r.role}`).sort()).toEqual([
      'huawei-ascend:from',
      'nvidia-h20:to',
    ]);
    // The hidden release was reported again under the merged id: still the same event, still hidden.
    const hidden = events.find((e) => e.type === 'release');
    expect(hidden).toMatchObject({
      id: release.id,
      subjectId: 'alibaba-qwen3',
      hidden: true,
      reason: 'cloud launch',
    });
    expect(hidden?.sources.map((s) => s.articleId)).toEqual([u3]);

    const copy = await db.article.findUniqueOrThrow({ where: { id: u4 } });
    expect(copy.duplicateOfId).toBe(u1);
    expect(await db.eventSource.count({ where: { articleId: u4 } })).toBe(0);
    expect(await db.mention.count({ where: { articleId: u4, entityId: 'nvidia-h20' } })).toBe(1);
    await expectMentionCountsRight(db);
    expect(await db.entity.findUnique({ where: { id: 'nvidia-h20' } })).toMatchObject({ mentionCount: 3 });
    expect(await db.entity.findUnique({ where: { id: 'alibaba-qwen3' } })).toMatchObject({ mentionCount: 1 });
    expect(await db.releaseTrack.findMany()).toEqual([
      expect.objectContaining({
        entityId: 'deepseek-r2',
        status: 'delayed',
        expectedDate: null,
        lastReportedAt: new Date('2025-08-16T08:00:00Z'),
      }),
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const analyzer = fakeAnalyzer(FINDINGS_B);
    await runReanalyze(deps(store.db, analyzer), {});
    const before = await snapshot(store.db);
    const second = await runReanalyze(deps(store.db, analyzer), {});
    expect(second).toMatchObject({ done: 4, changed: 0, eventsCreated: 0, eventsRemoved: 0 });
    expect(await snapshot(store.db)).toEqual(before);
  });

  it('leaves a store analysed with the same rules as it is', async () => {
    const before = await snapshot(store.db);
    const summary = await runReanalyze(deps(store.db, fakeAnalyzer(FINDINGS_A)), {});
    expect(summary).toMatchObject({ done: 4, changed: 0 });
    expect(await snapshot(store.db)).toEqual(before);
  });

  it('takes only the articles of --since and --source', async () => {
    const calls: string[] = [];
    const analyzer = fakeAnalyzer(FINDINGS_B, calls);
    const since = new Date('2025-08-15T00:00:00Z');
    const summary = await runReanalyze(deps(store.db, analyzer), { since, sourceId: 'de-news' });
    expect(summary).toMatchObject({ total: 0, done: 0 });
    await runReanalyze(deps(store.db, analyzer), { sourceId: 'en-news' });
    expect(calls).toEqual([url('u2'), url('u3')]);
    calls.length = 0;
    await runReanalyze(deps(store.db, analyzer), { since });
    expect(calls).toEqual([url('u2'), url('u4'), url('u3')]);
    // u1 (14 August, de-news) was never selected, so it still reports the delay and the plan.
    const u1 = await articleId(store.db, 'u1');
    const types = await store.db.eventSource.findMany({
      where: { articleId: u1 },
      select: { event: { select: { type: true } } },
    });
    expect(types.map((t) => t.event.type).sort()).toEqual(['delay', 'plan']);
  });

  it('reports progress every N articles and at the end', async () => {
    let clock = 0;
    const seen: ReanalyzeProgress[] = [];
    await runReanalyze(
      deps(store.db, fakeAnalyzer(FINDINGS_B), {
        now: () => new Date((clock += 1000)),
        progressEvery: { articles: 2, ms: 60_000 },
        onProgress: (p) => seen.push(p),
      }),
      {},
    );
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(['2/4', '4/4', '4/4']);
    // Without the editor's merge, Qwen Drei is a model of its own: its release is new, Qwen3's is gone.
    expect(seen[2]).toMatchObject({ changed: 4, eventsCreated: 2, eventsRemoved: 2 });
    expect(seen[2]?.articlesPerSecond).toBeGreaterThan(0);
  });

  it('counts an analysis that throws as failed and leaves that article as it was', async () => {
    const b = fakeAnalyzer(FINDINGS_B);
    const failing: AnalyzeFn = (input, kb) => {
      if (input.id === url('u3')) throw new Error('tokenizer bug');
      return b(input, kb);
    };
    const summary = await runReanalyze(deps(store.db, failing), {});
    expect(summary).toMatchObject({ done: 4, changed: 3, failed: 1 });
    const u3 = await articleId(store.db, 'u3');
    expect(await store.db.mention.findMany({ where: { articleId: u3 }, select: { entityId: true } })).toEqual(
      [{ entityId: 'alibaba-qwen3' }],
    );
  });
});

describe('reanalyzeArticle', () => {
  let store: TestDatabase;
  beforeEach(async () => {
    store = await createTestDatabase();
    await storeFixtures(store.db, fakeAnalyzer(FINDINGS_A));
  });
  afterEach(async () => {
    await store.close();
  });

  it('leaves no half state when the article’s transaction fails (a crash mid-article)', async () => {
    const before = await snapshot(store.db);
    const row = await store.db.article.findUniqueOrThrow({
      where: { url: url('u1') },
      select: storedArticleSelect,
    });
    const analysis = fakeAnalyzer(FINDINGS_B)(analysisInputOf(row), defaultKnowledgeBase);
    await expect(
      reanalyzeArticle(store.db, row, analysis, {
        now: new Date(),
        alsoInTransaction: () => Promise.reject(new Error('power cut')),
      }),
    ).rejects.toThrow('power cut');
    expect(await snapshot(store.db)).toEqual(before);
    const outcome = await reanalyzeArticle(store.db, row, analysis, { now: new Date() });
    expect(outcome).toEqual({ changed: true, eventsCreated: 1, eventsRemoved: 1 });
  });

  it('leaves an article alone that a crawl rewrote after it was read', async () => {
    const row = await store.db.article.findUniqueOrThrow({
      where: { url: url('u1') },
      select: storedArticleSelect,
    });
    await store.db.article.update({ where: { id: row.id }, data: { analysisHash: 'written by a crawl' } });
    const before = await snapshot(store.db);
    const analysis = fakeAnalyzer(FINDINGS_B)(analysisInputOf(row), defaultKnowledgeBase);
    const outcome = await reanalyzeArticle(store.db, row, analysis, { now: new Date() });
    expect(outcome.changed).toBe(false);
    expect(await snapshot(store.db)).toEqual(before);
  });
});

describe('reanalyze resumes an interrupted run', () => {
  let interrupted: TestDatabase;
  let straight: TestDatabase;
  beforeEach(async () => {
    [interrupted, straight] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await storeFixtures(interrupted.db, fakeAnalyzer(FINDINGS_A));
    await storeFixtures(straight.db, fakeAnalyzer(FINDINGS_A));
  });
  afterEach(async () => {
    await Promise.all([interrupted.close(), straight.close()]);
  });

  it('stopped after two articles and run again, ends as an uninterrupted run, without redoing the two', async () => {
    const stop = new AbortController();
    const calls: string[] = [];
    const b = fakeAnalyzer(FINDINGS_B, calls);
    const stopping: AnalyzeFn = (input, kb) => {
      if (calls.length === 1) stop.abort();
      return b(input, kb);
    };
    const first = await runReanalyze(deps(interrupted.db, stopping, { signal: stop.signal }), {});
    expect(first).toMatchObject({ interrupted: true, done: 2, total: 4, resumed: false });
    const second = await runReanalyze(deps(interrupted.db, b), {});
    expect(second).toMatchObject({
      interrupted: false,
      resumed: true,
      done: 4,
      changed: 4,
      runId: first.runId,
    });
    expect(second).toMatchObject({ eventsCreated: 2, eventsRemoved: 2 });
    expect(calls).toEqual([url('u1'), url('u2'), url('u4'), url('u3')]);

    await runReanalyze(deps(straight.db, fakeAnalyzer(FINDINGS_B)), {});
    expect(await snapshot(interrupted.db)).toEqual(await snapshot(straight.db));
    // A finished run is not continued: the next one starts afresh and changes nothing.
    const third = await runReanalyze(deps(interrupted.db, b), {});
    expect(third).toMatchObject({ resumed: false, done: 4, changed: 0 });
  });
});

describe('reanalyze with the store’s knowledge base (real NLP, an editor’s alias)', () => {
  let store: TestDatabase;
  beforeAll(async () => {
    store = await createTestDatabase();
  });
  afterAll(async () => {
    await store.close();
  });

  const texts: [string, string, string, string][] = [
    [
      'R2 delayed again',
      'DeepSeek has delayed its R2 model, according to two people with knowledge of the plans. The ' +
        'company did not give a new date.',
      'en',
      '2025-08-15',
    ],
    [
      'Shenhai-2 kommt später',
      'DeepSeek hat den Start von Shenhai-2 um mehrere Monate verschoben. Das Team in Hangzhou arbeite ' +
        'noch an der Zuverlässigkeit des Modells, heißt es aus dem Umfeld der Firma.',
      'de',
      '2025-08-18',
    ],
    [
      'Shenhai-2 delayed',
      'DeepSeek has postponed the launch of Shenhai-2 by several months, people familiar with the matter ' +
        'said. Engineers are still working on the reliability of the model.',
      'en',
      '2025-08-19',
    ],
  ];

  const delays = () =>
    store.db.event.findMany({
      where: { type: 'delay', subjectId: 'deepseek-r2' },
      include: { sources: true },
    });
  const reanalyzeNow = async () =>
    runReanalyze(
      {
        db: store.db,
        analyze,
        kb: await loadKnowledgeBase(store.db),
        now: () => new Date(),
        log: silentLogger,
      },
      {},
    );

  it('finds a missed report once an editor adds the alias, and drops it when the alias goes', async () => {
    for (const [title, text, language, day] of texts) {
      const record = {
        url: `https://news.example/${day}`,
        fetchedUrl: `https://news.example/${day}`,
        sourceId: null,
        title,
        authors: [],
        publishedAt: new Date(`${day}T00:00:00Z`),
        language,
        text,
      };
      await saveArticle(
        store.db,
        record,
        analyze({ id: record.url, title, text, lang: language, published: day }),
      );
    }
    expect((await delays()).map((e) => e.sourceCount)).toEqual([1]);
    // before the alias, the unknown name is a discovered candidate carrying the two other reports
    const candidateDelays = () =>
      store.db.event.findMany({ where: { type: 'delay', subjectId: 'candidate-shenhai-2' } });
    expect((await candidateDelays()).map((e) => e.sourceCount)).toEqual([2]);

    await addAlias(store.db, 'deepseek-r2', 'Shenhai-2');
    const added = await reanalyzeNow();
    expect(added).toMatchObject({ done: 3, changed: 2, eventsCreated: 0, eventsRemoved: 1 });
    expect(await candidateDelays()).toEqual([]);
    const [joined] = await delays();
    expect(joined).toMatchObject({ sourceCount: 3, languages: 'de,en' });
    expect([joined?.firstReportedAt, joined?.lastReportedAt]).toEqual([
      new Date('2025-08-15T00:00:00Z'),
      new Date('2025-08-19T00:00:00Z'),
    ]);
    expect(await store.db.entity.findUnique({ where: { id: 'deepseek-r2' } })).toMatchObject({
      mentionCount: 3,
    });
    expect(await reanalyzeNow()).toMatchObject({ changed: 0 });

    await removeAlias(store.db, 'deepseek-r2', 'Shenhai-2');
    expect(await reanalyzeNow()).toMatchObject({ changed: 2, eventsCreated: 1 });
    expect((await delays()).map((e) => [e.id, e.sourceCount])).toEqual([[joined?.id, 1]]);
    expect((await candidateDelays()).map((e) => e.sourceCount)).toEqual([2]);
    await expectMentionCountsRight(store.db);
  });
});
