import { digestInput, h20Licence, nvidiaResults, r2Delay } from './__fixtures__/digest-input.js';
import { inPeriod, selectDigest } from './select-digest.js';

describe('selectDigest', () => {
  it('puts the R2 delay in the tracker with the old expected date and files the rest by entity', () => {
    const content = selectDigest(digestInput());
    expect(content.trackerChanges).toHaveLength(1);
    const [change] = content.trackerChanges;
    expect(change?.entity.id).toBe('deepseek-r2');
    expect(change?.before).toEqual({
      status: 'planned',
      expected: { value: '2025-05', precision: 'month' },
      released: null,
    });
    expect(change?.after.status).toBe('delayed');
    expect(content.groups.map((g) => g.entity.id)).toEqual(['nvidia-h20']);
    expect(content.eventIds).toEqual([2, 3]);
    expect(content.candidates.map((c) => c.id)).toEqual(['candidate-zeta-9']);
  });

  it('files an event under a watched related entity and shows each event once', () => {
    const content = selectDigest(digestInput({ watch: { entities: ['nvidia', 'nvidia-h20'] } }));
    expect(content.groups.map((g) => [g.entity.id, g.events.map((e) => e.id)])).toEqual([
      ['nvidia-h20', [3]],
      ['nvidia', [4]],
    ]);
  });

  it('applies types, languages and minimum sources', () => {
    expect(selectDigest(digestInput({ watch: { types: ['export_control'] } })).eventIds).toEqual([3]);
    expect(selectDigest(digestInput({ watch: { languages: ['de'] } })).eventIds).toEqual([2]);
    expect(selectDigest(digestInput({ watch: { minSources: 2 } })).eventIds).toEqual([2]);
  });

  it('counts an event from its qualifying source: the second source can arrive in a later period', () => {
    const input = digestInput({ watch: { minSources: 2 } });
    const later = { ...input, period: { ...input.period, start: new Date('2025-08-14T10:00:00Z') } };
    expect(selectDigest(later).eventIds).toEqual([2]);
  });

  it('carries a late-recorded report into the next digest and never repeats the previous one', () => {
    const late = {
      ...h20Licence,
      sources: h20Licence.sources.map((s) => ({ ...s, reportedAt: new Date('2025-08-13T09:00:00Z') })),
    };
    const input = digestInput({ events: [late, nvidiaResults, r2Delay] });
    expect(selectDigest(input).eventIds).toContain(3);
    const earlierRead = {
      ...input,
      period: { ...input.period, recordedSince: new Date('2025-08-14T16:00:00Z') },
    };
    expect(selectDigest(earlierRead).eventIds).not.toContain(3);
    const repeated = { ...input, period: { ...input.period, previousEventIds: [2, 3] } };
    expect(selectDigest(repeated).eventIds).toEqual([]);
  });

  it('does not carry an event again when an older article about it is crawled late', () => {
    const olderLate = {
      ...r2Delay.sources[0],
      url: 'https://news.example/older.html',
      reportedAt: new Date('2025-08-10T08:00:00Z'),
      recordedAt: new Date('2025-08-14T09:00:00Z'),
    } as (typeof r2Delay.sources)[number];
    const delivered = {
      ...r2Delay,
      sources: r2Delay.sources.map((s) => ({
        ...s,
        reportedAt: new Date('2025-08-12T08:00:00Z'),
        recordedAt: new Date('2025-08-12T08:05:00Z'),
      })),
    };
    const input = digestInput({ events: [{ ...delivered, sources: [olderLate, ...delivered.sources] }] });
    expect(selectDigest(input).eventIds).toEqual([]);
    const notYetDelivered = digestInput({ events: [{ ...r2Delay, sources: [olderLate] }] });
    expect(selectDigest(notYetDelivered).eventIds).toEqual([2]);
  });

  it('tells period membership at the edges', () => {
    const period = {
      start: new Date(1000),
      end: new Date(2000),
      recordedSince: new Date(1500),
      previousEventIds: [],
    };
    expect(inPeriod(period, new Date(1000), new Date(0))).toBe(true);
    expect(inPeriod(period, new Date(2000), new Date(2000))).toBe(false);
    expect(inPeriod(period, new Date(500), new Date(1499))).toBe(false);
    expect(inPeriod(period, new Date(500), new Date(1500))).toBe(true);
  });
});

describe('parseWatchList', () => {
  it('reads a damaged stored watch list as watching everything', async () => {
    const { parseWatchList } = await import('./watch-list.js');
    expect(parseWatchList('not json').entities).toEqual([]);
    expect(parseWatchList('{"entities":["deepseek-r2"],"minSources":2}')).toMatchObject({
      entities: ['deepseek-r2'],
      minSources: 2,
      candidates: true,
    });
  });
});
