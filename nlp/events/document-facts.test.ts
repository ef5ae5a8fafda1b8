import { defaultKnowledgeBase as kb } from '../knowledge-base.js';
import { linkEntities } from '../link-entities.js';
import { splitSentences } from '../sentences.js';
import { firstAtOrAfter, readDocument } from './document-facts.js';

function documentOf(text: string) {
  const sentences = splitSentences(text);
  return readDocument({
    sentences,
    mentions: linkEntities(text, sentences, kb),
    kb,
    skip: new Set(),
    published: null,
    reported: null,
  });
}

describe('document facts: the look-ups over all mentions', () => {
  const text =
    'Nvidia zeigte den H20. AMD zeigte den MI308. Nvidia verkauft den H20 in China. Huawei baut den Ascend 910C.';
  const doc = documentOf(text);

  it('finds the first mention at or after a position by halving', () => {
    const starts = doc.mentions.map((m) => m.start);
    for (const position of [0, 1, starts[2] ?? 0, (starts[2] ?? 0) + 1, text.length])
      expect(firstAtOrAfter(doc.mentions, position)).toBe(starts.filter((s) => s < position).length);
  });

  it('counts the mentions before a position among mentions that share a start', () => {
    const starts = [0, 4, 4, 4, 9].map((start) => ({ start }));
    expect([0, 1, 4, 5, 9, 10].map((p) => firstAtOrAfter(starts, p))).toEqual([0, 1, 1, 4, 4, 5]);
    expect(firstAtOrAfter([], 3)).toBe(0);
  });

  it('gives the last matching mention before a position, as a search over all of them would', () => {
    const isChip = (m: { entry: { kind: string } }) => m.entry.kind === 'chip';
    expect(doc.mentions.filter(isChip).length).toBeGreaterThanOrEqual(3);
    for (let position = 0; position <= text.length; position += 1) {
      const expected = [...doc.mentions].reverse().find((m) => m.start < position && isChip(m));
      expect(doc.lastMentionBefore(position, isChip)).toBe(expected);
    }
  });

  it("bounded by a sentence's end, finds what a search over that sentence and the ones before finds", () => {
    const isOrg = (m: { entry: { kind: string } }) => m.entry.kind === 'organization';
    doc.sentences.forEach((sentence, index) => {
      const expected = [...doc.mentions].reverse().find((m) => m.sentence <= index && isOrg(m));
      expect(doc.lastMentionBefore(sentence.end, isOrg)).toBe(expected);
    });
  });

  it('lists one entity’s mentions in text order', () => {
    const h20 = doc.mentionsOf('nvidia-h20');
    expect(h20.map((m) => text.slice(m.start, m.end))).toEqual(['H20', 'H20']);
    expect(h20[0]?.start).toBeLessThan(h20[1]?.start ?? 0);
    expect(doc.mentionsOf('no-such-entity')).toEqual([]);
  });
});
