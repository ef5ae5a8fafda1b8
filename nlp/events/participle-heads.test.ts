import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-06-15' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('a launch participle that modifies another noun makes no release', () => {
  it('reads "a bill introduced on Thursday" as the bill (English)', () => {
    expect(
      events('A draft law introduced on Tuesday would require licences for the H200 and Blackwell chips.'),
    ).not.toContain('release:H200');
  });

  it('reads "the pricing introduced with Claude 3" as the pricing, not a release of Claude 3', () => {
    expect(events('The usage tiers introduced with Claude 3 now apply to every Anthropic model.')).toEqual(
      [],
    );
    expect(events('Its chat layout mirrors the design launched with Qwen3 last spring.')).toEqual([]);
    expect(events('The chip introduced with great fanfare, the Ascend 950, ships in May.')).toContain(
      'release:Ascend 950',
    );
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

describe('speculative and unnamed objects', () => {
  it('reads a "potential shift" or a "mögliche Verschiebung" as no event', () => {
    expect(
      events(
        'The talks are a potential shift for Meta, which trains Llama on Nvidia GPUs and may move to TPUs.',
      ),
    ).not.toContain('hardware_switch:Llama');
    expect(events('Analysten rechnen mit einer möglichen Verschiebung des Ascend 950.')).not.toContain(
      'delay:Ascend 950',
    );
  });

  it('reads a wish to allow exports as no export event', () => {
    expect(
      events('Der Präsident hat signalisiert, den Verkauf des H20 an China erlauben zu wollen.'),
    ).not.toContain('export_control:H20');
    expect(events('The president wants to allow sales of the H20 to China.')).not.toContain(
      'export_control:H20',
    );
  });

  it('does not give a verb with an unnamed object to another name in the sentence', () => {
    expect(
      events('Meta has been building MTIA, after a start that included scrapping a chip in testing.'),
    ).not.toContain('cancellation:MTIA');
    expect(events('OpenAI, which makes GPT-4, released a new model on Monday.')).not.toContain(
      'release:GPT-4',
    );
    expect(events('Nvidia launched a new chip, the H20, on Monday.')).toContain('release:H20');
  });
});
