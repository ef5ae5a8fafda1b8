import { analyze } from '../analyze.js';

const found = (text: string, published: string): string[] =>
  analyze({ id: 't', text, published }).events.map(
    (e) => `${e.type}:${e.subject.name}:${e.date?.value ?? '-'}`,
  );

describe('round 30 review: what the new readings must leave alone (own sentences)', () => {
  it('reads an announced introduction of a subscription, prices or rules as no launch of the product', () => {
    expect(
      found(
        'Auf der Konferenz kündigte OpenAI die Einführung eines neuen Abonnements für ChatGPT an.',
        '2025-08-15',
      ),
    ).toEqual([]);
    expect(
      found('Google kündigte die Einführung neuer Preise für Gemini 2.5 Pro im September an.', '2025-08-15'),
    ).toEqual([]);
  });

  it('reads the wish to open a model ("zur Verfügung stellen zu wollen") as no release', () => {
    expect(
      found('Tencent kündigte an, Hunyuan T1 als Open Source zur Verfügung stellen zu wollen.', '2025-08-15'),
    ).toEqual([]);
  });

  it('reads a yearless target still ahead as no missed one, and dates a missed one by its report', () => {
    expect(
      found(
        'The B30A was slated to ship in September, Nvidia told Chinese customers on Tuesday.',
        '2025-07-10',
      ),
    ).not.toContain(expect.stringMatching(/^delay:/u));
    expect(
      found(
        'Grok 5 was supposed to arrive in March, xAI said on Friday, but it is still training.',
        '2026-05-20',
      ),
    ).toEqual(['delay:Grok 5:2026-05-15']);
  });

  it('reads buyers who cannot get enough of a chip as no export decision', () => {
    expect(
      found(
        "Chinese companies can't get enough of the H20 chip, according to distributors in Shenzhen.",
        '2025-12-10',
      ),
    ).toEqual([]);
  });

  it('reads weights not opened as no delay', () => {
    expect(
      found(
        'Mistral failed to release Magistral Medium weights and will keep the larger model closed.',
        '2025-11-10',
      ),
    ).toEqual([]);
  });

  it('does not reach across a contrast for a cancelled event', () => {
    expect(
      found(
        'Amazon cancelled several events this autumn while Intel cancelled Falcon Shores as a product.',
        '2025-11-10',
      ),
    ).toContain('cancellation:Falcon Shores:-');
  });
});
