import type { Analysis } from '../nlp/types.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { listAllEvents } from './event-views.js';
import { saveArticle, type ArticleRecord } from './save-article.js';

function record(url: string, text: string, language: string, publishedAt: string): ArticleRecord {
  return {
    url,
    fetchedUrl: url,
    sourceId: null,
    title: `Title of ${url}`,
    authors: ['A. Writer'],
    publishedAt: new Date(publishedAt),
    language,
    text,
  };
}

function delayAnalysis(id: string, evidence: string): Analysis {
  return {
    id,
    language: 'en',
    entities: [
      {
        id: 'deepseek',
        kind: 'organization',
        name: 'DeepSeek',
        aliases: [],
        mentions: 1,
        firstSentence: evidence,
      },
      {
        id: 'deepseek-r2',
        kind: 'model',
        name: 'DeepSeek-R2',
        aliases: ['R2'],
        mentions: 2,
        firstSentence: evidence,
      },
    ],
    events: [
      {
        type: 'delay',
        subject: { id: 'deepseek-r2', name: 'DeepSeek-R2' },
        related: [{ id: 'deepseek', name: 'DeepSeek', role: 'developer' }],
        date: null,
        reported: null,
        confidence: 0.7,
        evidence,
        reason: 'training on Ascend failed',
      },
    ],
  };
}

describe('saveArticle', () => {
  let store: TestDatabase;
  beforeEach(async () => {
    store = await createTestDatabase();
  });
  afterEach(async () => {
    await store.close();
  });

  it('merges reports of one event from two articles and two languages into one event with two sources', async () => {
    await saveArticle(
      store.db,
      record('https://a.example/1', 'R2 verschoben', 'de', '2025-08-14'),
      delayAnalysis('1', 'R2 wurde verschoben.'),
    );
    await saveArticle(
      store.db,
      record('https://b.example/2', 'R2 delayed', 'en', '2025-08-16'),
      delayAnalysis('2', 'R2 was delayed.'),
    );
    const events = await listAllEvents(store.db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'delay',
      sourceCount: 2,
      languages: ['de', 'en'],
      firstReportedAt: '2025-08-14T00:00:00.000Z',
      lastReportedAt: '2025-08-16T00:00:00.000Z',
      related: [{ id: 'deepseek', role: 'developer' }],
    });
    expect(events[0]?.confidence).toBeGreaterThan(0.7);
  });

  it('is idempotent: the same article twice stores nothing new', async () => {
    const r = record('https://a.example/1', 'R2 verschoben', 'de', '2025-08-14');
    const first = await saveArticle(store.db, r, delayAnalysis('1', 'R2 wurde verschoben.'));
    const second = await saveArticle(store.db, r, delayAnalysis('1', 'R2 wurde verschoben.'));
    expect([first.status, second.status]).toEqual(['new', 'unchanged']);
    expect(await store.db.article.count()).toBe(1);
    expect(await store.db.eventSource.count()).toBe(1);
    expect(await store.db.mention.count()).toBe(2);
  });

  it('replaces an article’s contributions when its content changes, dropping events no one reports any more', async () => {
    const url = 'https://a.example/1';
    await saveArticle(
      store.db,
      record(url, 'R2 verschoben', 'de', '2025-08-14'),
      delayAnalysis('1', 'R2 wurde verschoben.'),
    );
    const updated = await saveArticle(
      store.db,
      record(url, 'Korrektur: nichts verschoben', 'de', '2025-08-14'),
      {
        id: '1',
        language: 'de',
        entities: [],
        events: [],
      },
    );
    expect(updated.status).toBe('updated');
    expect(await store.db.event.count()).toBe(0);
    expect(await store.db.mention.count()).toBe(0);
  });

  it('links an exact copy under another URL as a duplicate that adds no source', async () => {
    await saveArticle(
      store.db,
      record('https://a.example/1', 'same text', 'en', '2025-08-14'),
      delayAnalysis('1', 'R2 was delayed.'),
    );
    const copy = {
      ...record('https://mirror.example/x', 'same text', 'en', '2025-08-15'),
      title: 'Title of https://a.example/1',
    };
    const result = await saveArticle(store.db, copy, delayAnalysis('2', 'R2 was delayed.'));
    expect(result.status).toBe('duplicate');
    const events = await listAllEvents(store.db);
    expect(events[0]?.sourceCount).toBe(1);
  });

  it('takes a withdrawn report’s date and reason with it when the article is re-analysed', async () => {
    const dated = delayAnalysis('1', 'R2 wurde am 13. August verschoben.');
    const first = dated.events[0];
    if (!first) throw new Error('fixture');
    dated.events = [
      { ...first, date: { value: '2025-08-13', precision: 'day' }, reason: 'Ascend-Training gescheitert' },
    ];
    const undated = delayAnalysis('2', 'R2 was delayed.');
    const plain = undated.events[0];
    if (!plain) throw new Error('fixture');
    undated.events = [{ ...plain, reason: undefined }];
    await saveArticle(
      store.db,
      record('https://a.example/1', 'R2 verschoben am 13.', 'de', '2025-08-14'),
      dated,
    );
    await saveArticle(store.db, record('https://b.example/2', 'R2 delayed', 'en', '2025-08-15'), undated);
    let [event] = await listAllEvents(store.db);
    expect([event?.sourceCount, event?.date?.value, event?.reason]).toEqual([
      2,
      '2025-08-13',
      'Ascend-Training gescheitert',
    ]);
    await saveArticle(
      store.db,
      record('https://a.example/1', 'Korrektur: kein Termin genannt', 'de', '2025-08-14'),
      {
        id: '1',
        language: 'de',
        entities: dated.entities,
        events: [],
      },
    );
    [event] = await listAllEvents(store.db);
    expect([event?.sourceCount, event?.date, event?.reason]).toEqual([1, null, null]);
  });

  it('stores a discovered candidate once, says when an article added entities, and mentions it once per article', async () => {
    const candidate = {
      id: 'candidate-zeta-9',
      kind: 'model' as const,
      name: 'Zeta-9',
      aliases: ['Zeta-9'],
      mentions: 1,
      firstSentence: 'Zeta-9 ist da.',
      candidate: true,
    };
    const analysis = (id: string, twice: boolean): Analysis => ({
      id,
      language: 'de',
      entities: twice ? [candidate, { ...candidate, mentions: 2 }] : [candidate],
      events: [],
    });
    const first = await saveArticle(
      store.db,
      record('https://a.example/1', 'Zeta-9 ist da', 'de', '2026-03-03'),
      analysis('1', false),
    );
    const second = await saveArticle(
      store.db,
      record('https://a.example/2', 'Zeta-9 und Zeta 9', 'de', '2026-03-04'),
      analysis('2', true),
    );
    expect([first.entitiesAdded, second.entitiesAdded]).toEqual([true, false]);
    const stored = await store.db.entity.findUniqueOrThrow({ where: { id: 'candidate-zeta-9' } });
    expect([stored.candidate, stored.kind, stored.mentionCount]).toEqual([true, 'model', 2]);
    const mention = await store.db.mention.findUniqueOrThrow({
      where: { articleId_entityId: { articleId: second.articleId, entityId: 'candidate-zeta-9' } },
    });
    expect(mention.count).toBe(3);
  });
});
