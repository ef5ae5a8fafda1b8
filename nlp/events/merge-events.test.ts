import { analyze } from '../analyze.js';
import type { EventDate, FoundEvent } from '../types.js';
import { datesNarrow, eventKey, mergeEvents } from './merge-events.js';

const day = (value: string): EventDate => ({ value, precision: 'day' });
const year = (value: string): EventDate => ({ value, precision: 'year' });

const event = (over: Partial<FoundEvent> = {}): FoundEvent => ({
  type: 'release',
  subject: { id: 'acme-m1', name: 'Acme M1' },
  related: [],
  date: null,
  reported: '2026-03-01',
  confidence: 0.7,
  evidence: 'Acme released M1.',
  ...over,
});

describe('eventKey', () => {
  test('a switch is keyed by its target, an export decision by its polarity', () => {
    const sw = event({ type: 'hardware_switch', related: [{ id: 'chip-b', name: 'B', role: 'to' }] });
    const ban = event({ type: 'export_control' });
    expect(eventKey(sw, new Map())).toBe('hardware_switch|acme-m1|chip-b|');
    expect(eventKey(ban, new Map([[ban, 'restrict']]))).toBe('export_control|acme-m1||restrict');
  });
});

describe('datesNarrow', () => {
  test('a year contains its days; two days do not contain each other', () => {
    expect(datesNarrow('2026', '2026-04-23')).toBe(true);
    expect(datesNarrow('2026-04-23', '2026-04-23')).toBe(true);
    expect(datesNarrow('2026-04-23', '2026-05-01')).toBe(false);
  });
});

describe('mergeEvents', () => {
  test('repeated reports merge into the better-dated one, gathering related entities and reason', () => {
    const lead = event({
      related: [{ id: 'acme', name: 'Acme', role: 'developer' }],
      reason: 'wegen Lieferengpässen',
    });
    const later = event({
      date: day('2026-04-23'),
      confidence: 0.8,
      related: [
        { id: 'acme', name: 'Acme', role: 'developer' },
        { id: 'rival', name: 'Rival', role: 'cause' },
      ],
    });
    const [merged, ...rest] = mergeEvents([lead, later], new Map());
    expect(rest).toEqual([]);
    expect(merged).toBe(later);
    expect(merged?.related.map((r) => r.id)).toEqual(['acme', 'rival']);
    expect(merged?.confidence).toBeCloseTo(0.85);
    expect(merged?.reason).toBe('wegen Lieferengpässen');
  });

  test('a year and a day inside it are one event; two different days are two', () => {
    const inYear = event({ date: year('2026') });
    const onDay = event({ date: day('2026-04-23') });
    const otherDay = event({ date: day('2026-09-01') });
    const merged = mergeEvents([inYear, onDay, otherDay], new Map());
    expect(merged.map((e) => e.date?.value)).toEqual(['2026-04-23', '2026-09-01']);
  });

  test('a ban and its lifting stay apart; confidence never exceeds 0.95', () => {
    const ban = event({ type: 'export_control', confidence: 0.95 });
    const again = event({ type: 'export_control', confidence: 0.9 });
    const lifting = event({ type: 'export_control' });
    const polarity = new Map([
      [ban, 'restrict'],
      [again, 'restrict'],
      [lifting, 'allow'],
    ]);
    const merged = mergeEvents([ban, again, lifting], polarity);
    expect(merged).toEqual([ban, lifting]);
    expect(ban.confidence).toBe(0.95);
  });
});

describe('a product is cancelled once (own sentences)', () => {
  it('merges a headline’s shutdown date with the report’s date into one cancellation, the more precise date kept', () => {
    const text =
      'Anthropic Is Killing Claude Instant: App Closes April 2026\n\nAnthropic announced on March 24 that it is winding down Claude Instant.';
    const cancellations = analyze({ id: 't', text }).events.filter((e) => e.type === 'cancellation');
    expect(cancellations.map((e) => e.date?.value)).toEqual(['2026-03-24']);
  });
});
