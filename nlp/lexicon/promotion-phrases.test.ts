import { AD_LABEL, ADVERTISER_LABEL, PROMOTION_PHRASE, PROMOTION_PHRASES } from './promotion-phrases.js';

describe('PROMOTION_PHRASES', () => {
  it.each(PROMOTION_PHRASES.map((p) => [p.pattern, p.example]))('/%s/ matches %j', (pattern, example) => {
    expect(new RegExp(pattern, 'iu').test(example)).toBe(true);
    expect(PROMOTION_PHRASE.test(example)).toBe(true);
  });

  it.each([
    'Companies that sign up to the code of practice would benefit from greater legal certainty.',
    'To see how the footage was analysed, click here.',
    'Nutzer können das Modell ab sofort über die API kaufen.',
    'Die Regierung sieht Handlungsbedarf bei der Regulierung von KI-Chips.',
    'Analysts expect Nvidia to sell more H20 chips in China.',
    'Kontor will den Marktstart auf das dritte Quartal verschieben.',
  ])('leaves news prose alone: %j', (sentence) => {
    expect(PROMOTION_PHRASE.test(sentence)).toBe(false);
  });
});

describe('AD_LABEL', () => {
  it.each([
    'Anzeige',
    ' [Anzeige] ',
    '(Werbung)',
    'Werbung:',
    'Sponsored content',
    'Advertorial',
    'Paid Partnership',
  ])('reads %j as an ad label', (line) => {
    expect(AD_LABEL.test(line)).toBe(true);
  });

  it.each([
    'Die Anzeige erschien gestern.',
    'Anzeige: Nvidia-Aktie: Jetzt kaufen?',
    'Adobe',
    'Werbung wirkt',
  ])('does not read %j as a bare label', (line) => {
    expect(AD_LABEL.test(line)).toBe(false);
  });
});

describe('ADVERTISER_LABEL', () => {
  it('reads a label that names its advertiser', () => {
    expect(ADVERTISER_LABEL.test('Anzeige – Musterbank AG')).toBe(true);
    expect(ADVERTISER_LABEL.test('Präsentiert von Musterbank')).toBe(true);
    expect(
      ADVERTISER_LABEL.test('Die Anzeige – so der Verlag – lief nur einen Tag lang in allen Ausgaben.'),
    ).toBe(false);
  });
});
