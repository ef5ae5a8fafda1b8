import { analyze } from '../analyze.js';

/**
 * Round 40's reviews: sentences written by two review helpers (our own wording) on which the round's
 * first rules went wrong: a company's own stop read as a state's ("stoppte Nvidia den Verkauf des H20"),
 * a permission not given yet read as given, a result lost beside a cap set by rules, serving on other
 * hardware read as a switch, a rule said to stay read as a new one. Each gives type:subject, sorted.
 */
const events = (text: string): string[] =>
  analyze({ id: 'review-40', text, published: '2025-11-03' })
    .events.map((e) => `${e.type}:${e.subject.name}`)
    .sort();

describe("round 40's rules where the reviews found them wrong", () => {
  test.each([
    [
      'Wegen der schwachen Nachfrage stoppte Nvidia die Auslieferung des RTX Pro 6000D an chinesische Händler.',
      ['cancellation:RTX Pro 6000D'],
    ],
    ['Infolge der Sanktionen stoppte Huawei den Verkauf des Ascend 910C ins Ausland.', []],
    ['Trotz der Rekordnachfrage stoppte Nvidia im Mai den Verkauf des H20 in China.', []],
    ['Die Behörde hat die Ausfuhr des B30A noch nicht freigegeben.', []],
    ['Die Regierung hat die Ausfuhr des H200 nach China bislang nicht freigegeben.', []],
    [
      'Cambricon posted record revenue despite a cap on chip sales imposed by Beijing.',
      ['financial:Cambricon'],
    ],
    ['Kimi K3 will be served on non-Nvidia hardware only in China.', []],
    ['Gemini 3 has always been served on non-Nvidia hardware.', []],
    ['Nach wie vor gilt für den H20 eine Lizenzpflicht.', []],
    ['The Commerce Department said the ban on H20 sales to China would stay in place.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  test.each([
    ['Peking stoppte im Juli die Einfuhr des H20-Chips.', ['export_control:H20']],
    ['Die USA stoppten den Verkauf des H20-Chips nach China.', ['export_control:H20']],
    ['Die Ausfuhr des H200-Chips nach China wurde im Dezember freigegeben.', ['export_control:H200']],
    ['The Commerce Department banned H20 sales to China on Monday.', ['export_control:H20']],
  ])('still decided: %s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("round 40's late rules where the third review found them wrong", () => {
  const dated = (text: string): string[] =>
    analyze({ id: 'review-40', text, published: '2025-11-03' })
      .events.map((e) => `${e.type}:${e.subject.name}@${e.date?.value ?? '-'}`)
      .sort();

  test.each([
    ['A leaker had claimed otherwise, but Google launched Gemini 3 on Tuesday.', ['release:Gemini 3']],
    ['Contrary to what a tipster claimed, DeepSeek released R2 on Monday.', ['release:DeepSeek-R2']],
    [
      'Analysts claim the stock is cheap, but Nvidia confirmed it will ship the B30A in March.',
      ['plan:B30A'],
    ],
    ['Ein Leaker hatte es behauptet, nun ist es offiziell: Qwen4 erscheint im Januar.', ['plan:Qwen4']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('keeps the date a delay has in its own clause', () => {
    expect(
      dated('Nvidia delayed the GB300 in June and released it three months late in September.'),
    ).toContain('delay:GB300@2025-06');
  });
});
