import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('a move told on after a share move is the named companies’ move (own sentences)', () => {
  it.each([
    [
      'Die Aktien von Nvidia fielen am Dienstag um 5 %. Auch Wettbewerber wie AMD und Intel gerieten unter Druck.',
      ['financial Nvidia', 'financial AMD', 'financial Intel'],
    ],
    [
      'Nvidia shares fell 4% on Monday. AMD and Intel also declined.',
      ['financial Nvidia', 'financial AMD', 'financial Intel'],
    ],
  ])('%s', (text, expected) => {
    expect([...events(text)].sort()).toEqual([...expected].sort());
  });

  it.each([
    // not told on: no "auch" or "also"
    'Nvidia shares fell 4% on Monday. AMD declined to comment.',
    'Nvidia shares fell 4% on Monday. AMD also declined to comment.',
    'Nvidia shares fell 4% on Monday. AMD also said demand for the MI355X rose sharply.',
    'Nvidia shares fell 4% on Monday. Microsoft also dropped its plans to buy more H100 chips.',
    'Nvidia shares fell 4% on Monday. AMD and OpenAI also dropped out of the deal talks.',
    'Die Nvidia-Aktie fiel um 4 %. Auch AMD gab zu, dass der MI400 sich verzögert.',
    // another kind of news after the move
    'Nvidia shares fell 4% on Monday. AMD also released its MI450 chip.',
    // a new paragraph
    'Nvidia shares fell 4% on Monday.\n\nAMD and Intel also declined.',
  ])('%s: only the first move', (text) => {
    expect(events(text).filter((e) => e.startsWith('financial'))).toEqual(['financial Nvidia']);
  });
});

describe('the start of a record is not the date of the move (own sentences)', () => {
  it('leaves the move undated when only the record names a date', () => {
    const result = analyze({
      id: 't',
      text: 'AMD fell 6.2 per cent, marking the biggest single-day drop since Aug 9.',
      published: '2025-10-18',
    });
    expect(result.events.map((e) => [e.type, e.date])).toEqual([['financial', null]]);
  });
});

describe('"shares" as a verb is no share (own sentences)', () => {
  it('reads "AMD shares that were bought ..." as the noun', () => {
    expect(events('AMD shares that were bought after the deal rose another 4% on Tuesday.')).toContain(
      'financial AMD',
    );
  });

  it('reads "Apple shares that ..." as telling, not as a share move', () => {
    expect(
      events('In its paper, Apple shares that its 2.7 billion parameter model was trained on TPU clusters.'),
    ).toEqual([]);
  });
});
