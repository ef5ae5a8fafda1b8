import { analyze } from '../analyze.js';

/**
 * A launch that came late: the launch is a fact beside the delay when the delay is its manner ("mit
 * monatelanger Verspätung erschienen", "three months behind schedule", "a year late"); coming to market
 * in the German past ("kam im Mai auf den Markt"); a time opened by "seit"/"since" dates a state going on,
 * not a plan. Our own sentences; each gives type:subject, sorted.
 */
const events = (text: string): string[] =>
  analyze({ id: 'late', text, published: '2025-08-26' })
    .events.map((e) => `${e.type}:${e.subject.name}`)
    .sort();

describe('a launch with its delay as manner is both', () => {
  test.each([
    'Mit monatelanger Verspätung ist Kimi K3 nun erschienen.',
    'Kimi K3 kam mit drei Monaten Verspätung auf den Markt.',
    'The long-awaited Kimi K3 finally arrived, three months behind schedule.',
    'Moonshot released Kimi K3 a year late.',
  ])('%s', (text) => {
    expect(events(text)).toEqual(['delay:Kimi K3', 'release:Kimi K3']);
  });

  it('keeps a delay alone when nothing was launched', () => {
    expect(events('Kimi K3 is running three months behind schedule.')).toEqual(['delay:Kimi K3']);
  });
});

describe('coming to market in the German past', () => {
  test.each([
    ['Kimi K3 kam im Mai auf den Markt.', ['release:Kimi K3']],
    ['Kimi K3 ist im Mai auf den Markt gekommen.', ['release:Kimi K3']],
    ['Kimi K3 soll im Mai auf den Markt kommen.', ['plan:Kimi K3']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a time opened by "seit" or "since" is no target', () => {
  test.each([
    ['Huawei liefert den Ascend 910C seit Mai aus.', ['release:Ascend 910C']],
    ['Der verspätete Ascend 910C wird seit Mai ausgeliefert.', ['delay:Ascend 910C']],
    ['Huawei liefert den Ascend 950 im Mai aus.', ['plan:Ascend 950']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('the date of a launch that came late is the launch’s, not the delays’', () => {
  const dated = (text: string): string[] =>
    analyze({ id: 'late', text, published: '2025-08-26' })
      .events.map((e) => `${e.type}:${e.subject.name}@${e.date?.value ?? '-'}`)
      .sort();

  test.each([
    [
      'After several delays, Moonshot finally released Kimi K3 on Tuesday.',
      ['delay:Kimi K3@-', 'release:Kimi K3@2025-08-26'],
    ],
    [
      'Nach mehreren Verschiebungen hat Moonshot Kimi K3 am Dienstag veröffentlicht.',
      ['delay:Kimi K3@-', 'release:Kimi K3@2025-08-26'],
    ],
    [
      'The delayed Ascend 910C finally started shipping in May.',
      ['delay:Ascend 910C@-', 'release:Ascend 910C@2025-05'],
    ],
  ])('%s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it('keeps the date of a delay told with its own time', () => {
    expect(dated('Huawei delayed the Ascend 910C in May.')).toEqual(['delay:Ascend 910C@2025-05']);
  });
});

describe('a target given up is not the delay’s date', () => {
  const dated = (text: string): string[] =>
    analyze({ id: 'late', text, published: '2025-08-26' })
      .events.map((e) => `${e.type}:${e.subject.name}@${e.date?.value ?? '-'}`)
      .sort();

  test.each([
    [
      'Alibaba showed Qwen4 to partners. A public release, originally expected in May, has slipped.',
      ['delay:Qwen4@-'],
    ],
    [
      'Die Veröffentlichung von Qwen4 wird nicht wie geplant im März erfolgen, sondern verschoben.',
      ['delay:Qwen4@-'],
    ],
    ['Nvidia delayed Rubin in May.', ['delay:Rubin@2025-05']],
  ])('%s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});
