import { analyze } from './analyze.js';
import { findDateExpressions, parsePublished, resolveDate, type DateAnchor } from './dates.js';
import type { EventDate } from './types.js';

const published = parsePublished('2025-08-26'); // a Tuesday
const anchor: DateAnchor = { published, contextYear: null, future: false };
const undated: DateAnchor = { published: null, contextYear: null, future: false };

function first(text: string, a: DateAnchor = anchor): EventDate | null {
  const [expr] = findDateExpressions(text);
  return expr ? resolveDate(expr, a) : null;
}

describe('dates', () => {
  test('reads stated dates in both languages', () => {
    expect(first('am 7. August 2025')).toEqual({ value: '2025-08-07', precision: 'day' });
    expect(first('Am 20. Jan. 2025 erschien')).toEqual({ value: '2025-01-20', precision: 'day' });
    expect(first('on Aug. 05, 2025')).toEqual({ value: '2025-08-05', precision: 'day' });
    expect(first('in December 2024')).toEqual({ value: '2024-12', precision: 'month' });
    expect(first('am 3. Jän. 2025 in Wien')).toEqual({ value: '2025-01-03', precision: 'day' });
    expect(first('on Sept. 5, 2024')).toEqual({ value: '2024-09-05', precision: 'day' });
  });

  test('anchors relative dates on the publication date', () => {
    expect(first('am Montag')).toEqual({ value: '2025-08-25', precision: 'day' });
    expect(first('last Friday')).toEqual({ value: '2025-08-22', precision: 'day' });
    expect(first('gestern')).toEqual({ value: '2025-08-25', precision: 'day' });
    expect(first('im Mai')).toEqual({ value: '2025-05', precision: 'month' });
    expect(first('earlier this month')).toEqual({ value: '2025-08', precision: 'month' });
    expect(first('next year')).toEqual({ value: '2026', precision: 'year' });
    expect(first('Anfang 2026')).toEqual({ value: '2026', precision: 'year' });
    expect(first('in Q1', { ...anchor, future: true })).toEqual({ value: '2026-Q1', precision: 'quarter' });
    expect(first('im Laufe des Jahres')).toEqual({ value: '2025', precision: 'year' });
    expect(first('later in the year')).toEqual({ value: '2025', precision: 'year' });
    expect(first('next quarter')).toEqual({ value: '2025-Q4', precision: 'quarter' });
    expect(first('im kommenden Quartal')).toEqual({ value: '2025-Q4', precision: 'quarter' });
  });

  test('reads a bare German year in the middle field after a modal or "plant"', () => {
    expect(first('Huawei will 2027 den Ascend 960 bringen')).toEqual({ value: '2027', precision: 'year' });
    expect(first('Apple plant, 2026 eine neue Siri bereitzustellen')).toEqual({
      value: '2026',
      precision: 'year',
    });
    expect(first('Nvidia will 2026 Chips liefern')).toBeNull();
    expect(first('Der Umsatz soll 2026 Millionen Dollar erreichen')).toBeNull();
  });

  test('gives null instead of guessing without an anchor, and ignores fiscal periods', () => {
    expect(first('am Montag', undated)).toBeNull();
    expect(first('im Mai', undated)).toBeNull();
    expect(first('im Mai', { ...undated, contextYear: 2024 })).toEqual({
      value: '2024-05',
      precision: 'month',
    });
    expect(first('in the first quarter of fiscal 2026')).toBeNull();
    expect(findDateExpressions('Sie may be right, um Monate verschoben')).toEqual([]);
  });
});

describe('quarters told in months (round 10)', () => {
  it.each([
    ['Grok 6 will arrive in the first three months of 2027.', 2027, 1],
    ['Das Modell kommt in den ersten drei Monaten des Jahres 2027.', 2027, 1],
    ['The chip ships in the last three months of 2026.', 2026, 4],
  ])('%s', (text, year, quarter) => {
    const [d] = findDateExpressions(text);
    expect(d?.year).toBe(year);
    expect(d?.quarter).toBe(quarter);
  });
});

describe('a month after a directional preposition (round 10)', () => {
  it.each([
    ['Meta pushed the launch back to May.', 5],
    ['Der Start wurde auf Juni verschoben.', 6],
    ['The debut slipped into October.', 10],
    [
      'Meta postponed the long-awaited public launch of its largest open model yet, the one built for agents, to May.',
      5,
    ],
  ])('%s', (text, month) => {
    expect(findDateExpressions(text)[0]?.month).toBe(month);
  });

  it.each([
    ['GPT-6 is slated for a March release.', 3],
    ['It is on track for an early-May launch.', 5],
  ])('a month as the attribute of a launch: %s', (text, month) => {
    expect(findDateExpressions(text)[0]?.month).toBe(month);
  });

  it.each([
    'Meta’s Llama 4 Behemoth, once slated for an April release, is still in training.',
    'The B200 had its October ship date pushed back.',
    'The GTC keynote is slated for a March date.',
  ])('is no date of a target given up or of a plain date: %s', (text) => {
    expect(findDateExpressions(text)).toEqual([]);
  });

  it("is no date as an attribute of anything else ('a May Habib interview')", () => {
    expect(findDateExpressions('He gave a May Habib interview.')).toEqual([]);
  });

  it("is no date before a possessive ('to May's office')", () => {
    expect(findDateExpressions("He went to May's office.")).toEqual([]);
  });
});

describe('a month of a relative year (round 11)', () => {
  it.each([
    ['in April of this year', '2025-04'],
    ['in March of last year', '2024-03'],
    ['in May of next year', '2026-05'],
    ['im Mai vergangenen Jahres', '2024-05'],
    ['im Oktober des Vorjahres', '2024-10'],
    ['im Februar kommenden Jahres', '2026-02'],
  ])('%s', (text, value) => {
    expect(first(text)).toEqual({ value, precision: 'month' });
  });

  it('stays unresolved without a publication date', () => {
    expect(first('in April of this year', undated)).toBeNull();
  });

  it('leaves "next April" to its direction', () => {
    expect(first('next April')).toEqual({ value: '2026-04', precision: 'month' });
  });

  it('reads "next" before a month as the first such month after the publication month', () => {
    // published in late August
    expect(first('next September')).toEqual({ value: '2025-09', precision: 'month' });
    expect(first('next August')).toEqual({ value: '2026-08', precision: 'month' });
    expect(first('im kommenden Juli')).toEqual({ value: '2026-07', precision: 'month' });
    const june = { published: parsePublished('2025-06-01'), contextYear: null, future: false };
    expect(first('next May', june)).toEqual({ value: '2026-05', precision: 'month' });
  });
});

describe('a bare quarter of a plan lies ahead (round 15)', () => {
  const published = new Date('2025-11-01T00:00:00Z');
  it.each([
    ['in the first quarter', true, '2026-Q1'],
    ['im ersten Quartal', true, '2026-Q1'],
    ['in the first quarter', false, '2025-Q1'],
    ['in the first quarter of this year', true, '2025-Q1'],
    ['im vierten Quartal', true, '2025-Q4'],
  ] as const)('%s (future %s) -> %s', (text, future, value) => {
    const expr = findDateExpressions(text)[0];
    expect(expr && resolveDate(expr, { published, contextYear: null, future })?.value).toBe(value);
  });
});

describe('a weekday with the part of the day in one German word (round 32)', () => {
  it('reads "am Donnerstagabend" and "Montagmorgen" as that weekday', () => {
    expect(first('am Donnerstagabend')).toEqual({ value: '2025-08-21', precision: 'day' });
    expect(first('seit Montagmorgen')).toEqual({ value: '2025-08-25', precision: 'day' });
  });

  it('reads no weekday into a longer word', () => {
    expect(first('die Montagsdemonstration')).toBeNull();
  });
});

describe('a day after a leading preposition and a month (round 33)', () => {
  it('reads "since April 9, 2025" and "by May 15" to the day, not only the month', () => {
    expect(first('subject to licence rules since April 9, 2025')).toEqual({
      value: '2025-04-09',
      precision: 'day',
    });
    expect(first('due by May 15')).toEqual({ value: '2025-05-15', precision: 'day' });
    expect(first('since April 2025')).toEqual({ value: '2025-04', precision: 'month' });
  });
});

describe('round 34: a company’s founding year is not its product’s date (own sentences)', () => {
  const dateOf = (text: string): string[] =>
    analyze({ id: 'f', text, published: '2025-09-01' }).events.map(
      (e) => `${e.type} ${e.date?.value ?? '-'}`,
    );

  it('passes over "Founded in 2015" and "das 2023 gegründete Start-up"', () => {
    expect(dateOf('Founded in 2019, Moonshot AI released Kimi K2 to the public.')).toEqual(['release -']);
    expect(dateOf('Das 2023 gegründete Start-up Moonshot hat Kimi K2 veröffentlicht.')).toEqual([
      'release -',
    ]);
  });

  it('still dates the product by its own date beside the founding', () => {
    expect(dateOf('Founded in 2019, Moonshot AI released Kimi K2 in July 2025.')).toEqual([
      'release 2025-07',
    ]);
  });
});
