import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-06-15' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('a launch participle that modifies another noun makes no release', () => {
  it('reads "a bill introduced on Thursday" as the bill (English)', () => {
    expect(
      events('A draft law introduced on Tuesday would require licences for the H200 and Blackwell chips.'),
    ).not.toContain('release:H200');
  });

  it('reads "ein am Montag vorgestellter Gesetzentwurf" as the draft (German)', () => {
    expect(events('Ein am Montag vorgestellter Gesetzentwurf verlangt Lizenzen für den H200.')).not.toContain(
      'release:H200',
    );
  });

  it('keeps the release when the participle modifies the product or a product noun', () => {
    expect(events('The H200 launched in May is selling well.')).toContain('release:H200');
    expect(events('Kimi K2 ist Moonshots neu veröffentlichter Open-Source-Agent.')).toContain(
      'release:Kimi K2',
    );
    expect(events('Nvidia introduced on Thursday the H200.')).toContain('release:H200');
  });
});

describe('contracted negations and announced launches', () => {
  it('reads "hasn\'t" and "didn’t" as negation', () => {
    expect(events("Nvidia hasn't released the H20 yet.")).not.toContain('release:H20');
    expect(events('OpenAI didn’t launch GPT-5 in July.')).not.toContain('release:GPT-5');
  });

  it('reads "gab die Einführung von X bekannt" as a release', () => {
    expect(events('Am Sonntag gab Baidu die Einführung von ERNIE 4.5 bekannt.')).toContain(
      'release:ERNIE 4.5',
    );
  });
});
