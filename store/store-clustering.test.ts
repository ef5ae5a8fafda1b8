import type { Analysis, FoundEvent } from '../nlp/types.js';
import { createTestDatabase, type TestDatabase } from '../test/helpers.js';
import { mergeEntities } from './entity-admin.js';
import { setEventHidden } from './event-admin.js';
import { listAllEvents } from './event-views.js';
import { saveArticle, type ArticleRecord } from './save-article.js';

/** Short distinct texts: below the near-duplicate minimum, so only the analysis decides clustering. */
const body = (topic: string) => topic;

const longText = `DeepSeek verschiebt R2 nach gescheitertem Training auf Ascend. Der Schritt kommt nach Wochen der
Unsicherheit in der Branche. Beobachter in Peking und im Silicon Valley hatten die Entwicklung seit dem Frühjahr genau
verfolgt. Mehrere Zulieferer bestätigten die Angaben auf Nachfrage, wollten sich aber nicht namentlich zitieren
lassen. Eine offizielle Stellungnahme wurde für die kommende Woche angekündigt, ein genauer Termin steht noch nicht
fest.`;

function record(url: string, language: string, publishedAt: string, text: string): ArticleRecord {
  return {
    url,
    fetchedUrl: url,
    sourceId: null,
    title: url,
    authors: [],
    publishedAt: new Date(publishedAt),
    language,
    text,
  };
}

const entities: Analysis['entities'] = [
  { id: 'deepseek', kind: 'organization', name: 'DeepSeek', aliases: [], mentions: 1, firstSentence: 's' },
  {
    id: 'deepseek-r2',
    kind: 'model',
    name: 'DeepSeek-R2',
    aliases: ['R2'],
    mentions: 2,
    firstSentence: 's',
    developer: 'deepseek',
  },
  { id: 'nvidia', kind: 'organization', name: 'Nvidia', aliases: [], mentions: 1, firstSentence: 's' },
  {
    id: 'nvidia-h20',
    kind: 'chip',
    name: 'H20',
    aliases: [],
    mentions: 1,
    firstSentence: 's',
    developer: 'nvidia',
  },
  {
    id: 'huawei-ascend',
    kind: 'chip',
    name: 'Huawei Ascend',
    aliases: ['Ascend'],
    mentions: 1,
    firstSentence: 's',
  },
];

function found(type: FoundEvent['type'], evidence: string, extra: Partial<FoundEvent> = {}): FoundEvent {
  return {
    type,
    subject: { id: 'deepseek-r2', name: 'DeepSeek-R2' },
    related: [{ id: 'deepseek', name: 'DeepSeek', role: 'developer' }],
    date: null,
    reported: null,
    confidence: 0.7,
    evidence,
    ...extra,
  };
}

const analysis = (events: FoundEvent[], extraEntities: Analysis['entities'] = []): Analysis => ({
  id: 'x',
  language: 'de',
  entities: [...entities, ...extraEntities],
  events,
});

describe('store: clustering, near-duplicates, merges', () => {
  let store: TestDatabase;
  beforeEach(async () => {
    store = await createTestDatabase();
  });
  afterEach(async () => {
    await store.close();
  });

  it('merges three articles in two languages into one event whose confidence grows with each source', async () => {
    const confidences: number[] = [];
    const reports = [
      ['https://a.example/de', 'de', '2025-08-14T08:00:00Z', 'DeepSeek verschiebt R2.'],
      ['https://b.example/en', 'en', '2025-08-15T09:00:00Z', 'DeepSeek delays R2.'],
      ['https://c.example/en', 'en', '2025-08-16T10:00:00Z', 'R2 launch pushed back.'],
    ] as const;
    for (const [url, lang, at, sentence] of reports) {
      await saveArticle(
        store.db,
        record(url, lang, at, body(sentence)),
        analysis([found('delay', sentence)]),
      );
      const [event] = await listAllEvents(store.db);
      confidences.push(event?.confidence ?? 0);
    }
    const events = await listAllEvents(store.db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sourceCount: 3,
      languages: ['de', 'en'],
      firstReportedAt: '2025-08-14T08:00:00.000Z',
      lastReportedAt: '2025-08-16T10:00:00.000Z',
    });
    expect(events[0]?.sources.map((s) => s.evidence)).toEqual(reports.map((r) => r[3]));
    expect(confidences[0]).toBeLessThan(confidences[1] ?? 0);
    expect(confidences[1]).toBeLessThan(confidences[2] ?? 0);
    const track = await store.db.releaseTrack.findUnique({ where: { entityId: 'deepseek-r2' } });
    expect(track?.status).toBe('delayed');
  });

  it('links a near-copy (changed credit line) as a duplicate that adds no source', async () => {
    const text = longText;
    await saveArticle(
      store.db,
      record('https://a.example/1', 'de', '2025-08-14', text),
      analysis([found('delay', 'R2 verschoben')]),
    );
    const copy = await saveArticle(
      store.db,
      record('https://mirror.example/1', 'de', '2025-08-15', `${text}\nQuelle: dpa-AFX`),
      analysis([found('delay', 'R2 verschoben')]),
    );
    expect(copy.status).toBe('duplicate');
    expect(copy.duplicateOf?.similarity).toBeGreaterThanOrEqual(0.85);
    expect(copy.duplicateOf?.similarity).toBeLessThan(1);
    const [event] = await listAllEvents(store.db);
    expect(event?.sourceCount).toBe(1);
    const stored = await store.db.article.findUnique({ where: { url: 'https://mirror.example/1' } });
    expect(stored?.duplicateOfId).not.toBeNull();
  });

  it('keeps hardware switches to different chips apart, but joins "to Nvidia" with "to H20"', async () => {
    const to = (id: string, name: string) => [
      { id: 'huawei-ascend', name: 'Huawei Ascend', role: 'from' },
      { id, name, role: 'to' },
    ];
    await saveArticle(
      store.db,
      record('https://a.example/1', 'de', '2025-08-14', body('R2 wird wieder auf H20 trainiert.')),
      analysis([found('hardware_switch', 'H20', { related: to('nvidia-h20', 'H20') })]),
    );
    await saveArticle(
      store.db,
      record('https://b.example/2', 'en', '2025-08-16', body('R2 training moved back to Nvidia.')),
      analysis([found('hardware_switch', 'Nvidia', { related: to('nvidia', 'Nvidia') })]),
    );
    await saveArticle(
      store.db,
      record('https://c.example/3', 'en', '2025-08-17', body('R2 training moves to Ascend only.')),
      analysis([
        found('hardware_switch', 'Ascend', {
          related: [
            { id: 'nvidia-h20', name: 'H20', role: 'from' },
            { id: 'huawei-ascend', name: 'Huawei Ascend', role: 'to' },
          ],
        }),
      ]),
    );
    const events = await listAllEvents(store.db);
    expect(events.map((e) => e.sourceCount).sort()).toEqual([1, 2]);
  });

  it('counts an event reported twice in one article once, and re-analysis replaces it without duplicates', async () => {
    const r = record('https://a.example/1', 'de', '2025-08-14', body('R2 verschoben.'));
    await saveArticle(
      store.db,
      r,
      analysis([found('delay', 'headline'), found('delay', 'body sentence', { confidence: 0.9 })]),
    );
    let [event] = await listAllEvents(store.db);
    expect(event?.sourceCount).toBe(1);
    expect(event?.sources[0]?.evidence).toBe('body sentence');
    const again = await saveArticle(
      store.db,
      r,
      analysis([found('delay', 'better sentence', { confidence: 0.95 })]),
      {
        reanalyze: true,
      },
    );
    expect(again.status).toBe('updated');
    [event] = await listAllEvents(store.db);
    expect(event?.sourceCount).toBe(1);
    expect(event?.sources[0]?.evidence).toBe('better sentence');
    expect(await store.db.mention.count()).toBe(entities.length);
    const r2 = await store.db.entity.findUnique({ where: { id: 'deepseek-r2' } });
    expect(r2?.mentionCount).toBe(1);
  });

  it('merges a discovered candidate into the curated model: events join, the old id resolves, hiding updates the tracker', async () => {
    const candidate = {
      id: 'r2-candidate',
      kind: 'model' as const,
      name: 'R-2',
      aliases: [],
      mentions: 1,
      firstSentence: 's',
      candidate: true,
    };
    await saveArticle(
      store.db,
      record('https://a.example/1', 'de', '2025-08-14', body('R2 verschoben.')),
      analysis([found('delay', 'R2 verschoben')]),
    );
    await saveArticle(
      store.db,
      record('https://b.example/2', 'en', '2025-08-15', body('R-2 delayed.')),
      analysis(
        [found('delay', 'R-2 delayed', { subject: { id: 'r2-candidate', name: 'R-2' } })],
        [candidate],
      ),
    );
    expect(await store.db.event.count()).toBe(2);
    await mergeEntities(store.db, 'r2-candidate', 'deepseek-r2');
    const events = await listAllEvents(store.db);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      subject: { id: 'deepseek-r2' },
      sourceCount: 2,
      languages: ['de', 'en'],
    });
    const merged = await store.db.entity.findUnique({ where: { id: 'r2-candidate' } });
    expect(merged?.mergedIntoId).toBe('deepseek-r2');
    const aliases = await store.db.entityAlias.findMany({ where: { entityId: 'deepseek-r2' } });
    expect(aliases.map((a) => a.alias)).toContain('R-2');
    // A later report under the old id lands on the merged entity.
    await saveArticle(
      store.db,
      record('https://c.example/3', 'en', '2025-08-16', body('R-2 delay confirmed.')),
      analysis([found('delay', 'R-2 delay', { subject: { id: 'r2-candidate', name: 'R-2' } })], [candidate]),
    );
    expect((await listAllEvents(store.db))[0]?.sourceCount).toBe(3);
    const eventId = events[0]?.id ?? 0;
    await setEventHidden(store.db, eventId, true, 'test');
    expect(await listAllEvents(store.db)).toHaveLength(0);
    expect(await store.db.releaseTrack.findUnique({ where: { entityId: 'deepseek-r2' } })).toBeNull();
  });
});
