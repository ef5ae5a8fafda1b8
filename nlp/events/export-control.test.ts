import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('a licence received names its own chip, whatever the sentence adds after it (own sentences)', () => {
  it.each([
    ['Nvidia hat die Lizenz für den H20 erhalten; sie gilt auch für den H200.', 'export_control H20'],
    ['Nvidia hat die Lizenz für den H20 erhalten; sie gilt nicht für den H200.', 'export_control H20'],
    ['Nvidia hat die Lizenz für den H20 erhalten, der H200 bleibt aber außen vor.', 'export_control H20'],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it('keeps an article right before a one-word participle as presupposed: the ban is told as fact', () => {
    expect(events('The recently banned H20 sold well in Europe.')).toEqual(['export_control H20']);
  });
});

describe('licences got and permission given are permissions (own sentences)', () => {
  it.each([
    ['Nvidia got licences to sell the H20 in China.', 'export_control H20'],
    ['Nvidia landed licences for H20 sales to China.', 'export_control H20'],
    ['AMD has been given permission to export the MI308 to China.', 'export_control MI308'],
  ])('%s', (text, event) => {
    expect(events(text)).toEqual([event]);
  });

  it('does not read a company hit by licence rules as one that got licences', () => {
    const text = 'Nvidia got hit by new licence rules for the H20.';
    const result = analyze({ id: 't', text, published: '2026-01-10' });
    expect(result.events.map((e) => `${e.type} ${e.subject.name}`)).toEqual(['export_control H20']);
  });
});

describe('export rules still being considered are no decision (own sentences)', () => {
  it.each([
    'However, new export control measures being considered by the US government may hit the B30A.',
    'Export restrictions on the H20 are under consideration in Washington.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('export wordings beyond the usual nouns (own sentences)', () => {
  it.each([
    "Nvidia's H20 now needs a US export permit.",
    'Washington granted Nvidia export permits for the H20 on Tuesday.',
    'Ab Dienstag braucht Nvidia für den H20 eine Ausfuhrerlaubnis.',
    'Die neuen Chip-Beschränkungen der USA treffen Nvidias H20.',
    'Die Ausfuhr von Nvidias H20 nach China ist seit Dienstag nur noch mit Genehmigung möglich.',
    "Nvidia's H20 was shut out of the Chinese market by Tuesday's decision in Washington.",
  ])('%s', (text) => {
    expect(events(text)).toContain('export_control H20');
  });

  it.each([
    'Der Export von Nvidias H20 nach China ist möglich, sagen Analysten.',
    "Nvidia's H20 could be shut out of the Chinese market if Beijing acts.",
    'Nvidia applied for an export permit for the H20.',
    'Die USA haben den Verkauf des B30A untersagt; Nvidias H20 ist damit weiterhin vom chinesischen Markt ausgeschlossen.',
  ])('no decision: %s', (text) => {
    expect(events(text)).not.toContain('export_control H20');
  });
});

it('a sale allowed "nur noch mit Sonderlizenz" is one restriction, not also a permission', () => {
  const found = analyze({
    id: 't',
    text: 'Auch der MI308 von AMD darf nur noch mit Sonderlizenz nach China geliefert werden, wie AMD am Mittwoch mitteilte.',
    published: '2025-06-15',
  }).events;
  expect(found.map((e) => `${e.type} ${e.subject.name}`)).toEqual(['export_control MI308']);
});

describe('exports limited to a destination are restrictions (own sentences)', () => {
  it.each([
    [
      'Nvidia took a charge after the U.S. limited Nvidia H20 AI chip exports to China.',
      'export_control H20',
    ],
    ['Washington curbed Nvidia H20 sales to China last month.', 'export_control H20'],
    ['Die US-Regierung beschränkte den Export des Nvidia H20 nach China.', 'export_control H20'],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it.each([
    'Nvidia limited H20 sales growth in the quarter.',
    'Supply constraints capped Nvidia H20 shipments last quarter.',
  ])('no restriction without a destination: %s', (text) => {
    expect(events(text).filter((e) => e.startsWith('export_control'))).toEqual([]);
  });
});

describe('a chip not brought to market is cancelled (own sentences)', () => {
  it.each([
    'Intel said that it will not be bringing its "Falcon Shores" AI / HPC chip to market.',
    "Intel won't bring Falcon Shores to market and will use it internally.",
    'Intel bringt Falcon Shores nicht auf den Markt.',
  ])('%s', (text) => {
    expect(events(text)).toContain('cancellation Falcon Shores');
  });

  it('a chip brought to market next year is planned, not cancelled', () => {
    expect(events('Intel will bring Falcon Shores to market next year.')).not.toContain(
      'cancellation Falcon Shores',
    );
  });
});
