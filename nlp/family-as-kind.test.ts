import { analyze } from './analyze.js';

function entityNames(text: string): string[] {
  return analyze({ id: 't', text, published: '2025-06-10' }).entities.map((e) => e.name);
}

describe('a family named only as the kind of a member, by a numbered generation (own sentences)', () => {
  it.each([
    'Google stellt mit Ironwood eine neue Generation von Tensor Processing Units (TPU) vor. Als TPU der siebten Generation ist Ironwood auf Inferenz ausgelegt.',
    'Google said the seventh-generation TPU, named Ironwood, will be available to cloud customers in the coming weeks.',
  ])('%s', (text) => {
    const names = entityNames(text);
    expect(names).toContain('Ironwood');
    expect(names).not.toContain('TPU');
  });

  it.each([
    // the family as a product of its own, beside a member
    "OpenAI rents Google's TPUs, and Anthropic plans to use Ironwood for training.",
    // a family named as such, or as the next generation of a line
    'Ironwood is the newest chip of the TPU family, Google said.',
    'Huawei laid out plans for next-generation Ascend chips; the Ascend 950PR comes first.',
    // a numbered generation without any member named
    'Google has shown a seventh-generation TPU to analysts.',
  ])('the family stays an entity: %s', (text) => {
    expect(entityNames(text).some((n) => n === 'TPU' || n === 'Huawei Ascend')).toBe(true);
  });
});
