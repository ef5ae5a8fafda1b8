import { analyze } from './analyze.js';
import { splitSentences } from './sentences.js';
import { siblingCodes, type NamedProduct } from './sibling-codes.js';

function siblingsIn(text: string, products: NamedProduct[]): string[] {
  const sentences = splitSentences(text);
  const taken = (start: number, end: number): boolean => products.some((p) => p.start < end && p.end > start);
  return siblingCodes(sentences, new Set(), products, taken).map(
    (n) => `${n.name}:${n.kind}:${n.developer ?? ''}`,
  );
}

function product(text: string, name: string, developer: string): NamedProduct {
  const start = text.indexOf(name);
  return { name, start, end: start + name.length, kind: 'chip', developer };
}

describe('siblingCodes: bare codes of a named product line', () => {
  it('takes a code with the same letters and digit count as a named member, in its kind and maker', () => {
    const text = 'Die Firma zeigte den Orca Z100. Im Jahr 2028 soll der Z300 folgen, sagte der Chef.';
    expect(siblingsIn(text, [product(text, 'Orca Z100', 'orca')])).toEqual(['Z300:chip:orca']);
  });

  it('takes a numeric code with the same digits and another suffix letter', () => {
    const text = 'The Tarn 820B sold well. The 820C is due next year; the 8200 and the 910C are not related.';
    expect(siblingsIn(text, [product(text, 'Tarn 820B', 'tarn')])).toEqual(['820C:chip:tarn']);
  });

  it('takes no code of another shape, no quantity and no year', () => {
    const text = 'The Orca Z100 draws 700 W. Z10 and ZX100 are other parts; in 2027 Z100 stays.';
    expect(siblingsIn(text, [product(text, 'Orca Z100', 'orca')])).toEqual([]);
  });

  it('gives a bare code the kind and maker of its line, and the event of its sentence', () => {
    const { events, entities } = analyze({
      id: 's',
      text: 'Die Kunlunxin M100 ist für Inferenz gedacht. Im Jahr 2027 soll der M300 auf den Markt kommen.',
    });
    expect(events.map((e) => `${e.type}:${e.subject.name}`)).toContain('plan:M300');
    const m300 = entities.find((e) => e.name === 'M300');
    const m100 = entities.find((e) => e.name === 'Kunlun M100');
    expect(m300).toEqual(expect.objectContaining({ kind: 'chip', candidate: true }));
    expect(m300?.developer).toBe(m100?.developer);
    expect(m300?.developer).toBeDefined();
  });
});
