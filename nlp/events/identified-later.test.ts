import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('a product described first and identified by name later (own sentences)', () => {
  it.each([
    [
      'Washington will not let Nvidia sell its newest cut-down AI chips in China. The move adds to the strain. The chip at the heart of the decision, known as the B30A, was built to meet older rules.',
      'export_control B30A',
    ],
    [
      'Peking hat den Konzernen untersagt, bestimmte Chips von Nvidia zu kaufen. Laufende Bestellungen sollen storniert werden. Betroffen sind große Plattformen. Konkret geht es um Chips mit dem Modellnamen RTX Pro 6000D.',
      'export_control RTX Pro 6000D',
    ],
    [
      'Huawei has postponed the launch of its next AI chip. Suppliers were told last week. The part, called the Ascend 950, was due in the spring.',
      'delay Ascend 950',
    ],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it('takes no product that the identifying sentence calls spared', () => {
    const text =
      'Washington will not let Nvidia sell certain AI chips in China. The chip known as the B30A is not affected.';
    expect(events(text)).not.toContain('export_control B30A');
  });

  it('takes no product named without an identifying phrase', () => {
    const text =
      'Huawei has postponed the launch of its next AI chip. Suppliers were told last week. The Ascend 910C sold well.';
    expect(events(text)).not.toContain('delay Ascend 910C');
  });

  it('takes no product when two are identified', () => {
    const text =
      'Washington will not let Nvidia sell certain AI chips in China. The chips in question are the B30A and, known as the H20, an older part.';
    expect(events(text).filter((e) => e.startsWith('export_control'))).toEqual([]);
  });

  it('looks no further than three sentences ahead', () => {
    const text =
      'Huawei has postponed the launch of its next AI chip. Suppliers were told last week. Rivals reacted. Analysts were surprised. The part, called the Ascend 950, was due in the spring.';
    expect(events(text)).not.toContain('delay Ascend 950');
  });
});
