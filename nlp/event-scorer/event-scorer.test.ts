import { splitSentences } from '../sentences.js';
import type { Mention } from '../link-entities.js';
import { defaultKnowledgeBase } from '../knowledge-base.js';
import { pairFeatures } from './features.js';
import { probability } from './linear-model.js';
import { trainLogistic, type Example } from './train-logistic.js';

describe('trainLogistic', () => {
  const ex = (words: string, label: boolean): Example => ({ features: new Set(words.split(' ')), label });
  const data = [
    ex('w:verschoben w:später', true),
    ex('w:verschoben w:herbst', true),
    ex('w:delayed w:später', true),
    ex('w:delayed w:quarter', true),
    ex('w:vorgestellt w:heute', false),
    ex('w:vorgestellt w:herbst', false),
    ex('w:released w:quarter', false),
    ex('w:released w:heute', false),
  ];

  it('learns which features mark the positive class and scores unseen mixtures by them', () => {
    const model = trainLogistic(data, { minCount: 1 });
    expect(probability(model, ['w:verschoben', 'w:heute'])).toBeGreaterThan(0.7);
    expect(probability(model, ['w:released', 'w:später'])).toBeLessThan(0.3);
    expect(model.weights['w:delayed']).toBeGreaterThan(0);
  });

  it('drops features seen fewer than minCount times and is deterministic', () => {
    const rare = [...data, ex('w:einmalig', true)];
    expect(trainLogistic(rare, { minCount: 2 }).weights['w:einmalig']).toBeUndefined();
    expect(trainLogistic(rare)).toEqual(trainLogistic(rare));
  });
});

describe('pairFeatures', () => {
  const text = 'Huawei verschiebt den Ascend 950 auf 2027.';
  const sentences = splitSentences(text);
  const entry = defaultKnowledgeBase.entries.find((e) => e.kind === 'chip');
  if (entry === undefined) throw new Error('knowledge base without chips');
  const start = text.indexOf('Ascend 950');
  const mention: Mention = { entry, text: 'Ascend 950', start, end: start + 10, sentence: 0 };

  it('reads the words around the mention, not the name itself, with the lexicon triggers and the date', () => {
    const f = pairFeatures(sentences, [mention], 'chip', new Set());
    expect(f.has('n:verschiebt')).toBe(true);
    expect(f.has('n:versc~')).toBe(true);
    expect(f.has('trig:delay')).toBe(true);
    expect(f.has('date')).toBe(true);
    expect(f.has('kind:chip')).toBe(true);
    expect([...f].some((x) => x.includes('ascend'))).toBe(false);
  });

  it('has nothing to say about an entity whose only sentence is skipped', () => {
    expect(pairFeatures(sentences, [mention], 'chip', new Set([0])).size).toBe(0);
  });
});
