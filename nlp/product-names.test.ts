import { analyze } from './analyze.js';
import { defaultKnowledgeBase } from './knowledge-base.js';
import { linkEntities } from './link-entities.js';
import { normalizeText } from './normalize-text.js';
import { candidateId, findProductNames } from './product-names.js';
import { splitSentences } from './sentences.js';

function namesIn(raw: string): { name: string; kind: string; developer?: string; family?: string }[] {
  const text = normalizeText(raw);
  const sentences = splitSentences(text);
  const mentions = linkEntities(text, sentences, defaultKnowledgeBase);
  return findProductNames(sentences, new Set(), mentions, defaultKnowledgeBase).map((n) => ({
    name: n.name,
    kind: n.kind,
    ...(n.developer === undefined ? {} : { developer: n.developer }),
    ...(n.family === undefined ? {} : { family: n.family }),
  }));
}

describe('findProductNames', () => {
  it('reads a known model followed by a tier or version as a variant of it', () => {
    expect(namesIn('Google stellte Gemini 9 Ultra vor.')).toContainEqual(
      expect.objectContaining({ name: 'Gemini 9 Ultra', kind: 'model', family: 'google-gemini' }),
    );
    expect(namesIn('ByteDance released Doubao Seed 4.0 today.')).toContainEqual(
      expect.objectContaining({ name: 'Doubao Seed 4.0', family: 'bytedance-doubao-seed' }),
    );
  });

  it('reads a company glued to a code as that company’s product', () => {
    expect(namesIn('Zhipu AI hat Zhipu-Z9 veröffentlicht.')).toContainEqual({
      name: 'Zhipu-Z9',
      kind: 'model',
      developer: 'zhipu-ai',
    });
  });

  it('gives a chip maker’s code with a chip word the chip kind', () => {
    expect(namesIn('Nvidia zeigte den neuen Beschleuniger namens X900.')).toContainEqual(
      expect.objectContaining({ name: 'X900', kind: 'chip' }),
    );
  });

  it('leaves compounds, quantities, dates and known spellings alone', () => {
    expect(namesIn('Die H20-Chips von Nvidia kosten 12 Prozent mehr.')).toEqual([]);
    expect(namesIn('Alibaba released the model on March 16 under Apache 2.0.')).toEqual([]);
    expect(namesIn('Nvidia shipped 300 H800s to the lab.')).toEqual([]);
    expect(namesIn('Apple stellte das iPhone 17 vor.')).toEqual([]);
  });

  it('needs a kind word or an event verb beside a bare code', () => {
    expect(namesIn('Der Zug Z900 fährt ab Montag nach Berlin.')).toEqual([]);
    expect(namesIn('Moonshot AI hat am Montag K9 veröffentlicht.')).toContainEqual(
      expect.objectContaining({ name: 'K9', developer: 'moonshot-ai' }),
    );
  });

  it('finds later plain repeats of a discovered spelling', () => {
    const names = namesIn('Mistral AI hat Falcon-9 Mini vorgestellt. Falcon-9 Mini läuft auf einer GPU.');
    expect(names.filter((n) => n.name === 'Falcon-9 Mini')).toHaveLength(2);
  });

  it('gives one spelling one stable id', () => {
    expect(candidateId('Falcon-9 Mini')).toBe('candidate-falcon-9-mini');
  });
});

describe('names in the object slot of an event verb', () => {
  const names = (text: string): string[] =>
    analyze({ id: 't', text, lang: 'en' })
      .entities.filter((e) => e.candidate === true)
      .map((e) => e.name);

  it('finds a plain capitalised English name that an event is about, in a text about AI', () => {
    expect(names('The AI lab OpenAI delayed the launch of Operator in Europe.')).toContain('Operator');
    expect(names('Mistral AI released Saba Large, its new model for Arabic.')).toContain('Saba Large');
  });

  it('does not take nationalities, places or acronyms of the trade for names', () => {
    expect(names('Nvidia launched Chinese versions of its AI chips.')).toEqual([]);
    expect(names('The AI startup delayed GPU orders after the launch of China Mobile services.')).toEqual([]);
  });

  it('does not take capitalised kind words for a name ("two Large Language Models")', () => {
    expect(names('The AI startup Mistral AI released two Large Language Models on Monday.')).toEqual([]);
    expect(names('OpenAI unveiled new Reasoning Models for its API.')).toEqual([]);
  });
});

describe('lower-case tiers and size variants', () => {
  const names = (text: string): string[] =>
    analyze({ id: 't', text, published: '2025-06-15' }).entities.map((e) => e.name);

  it('keeps a lower-case tier after a version in the name ("GPT-5.4 nano")', () => {
    expect(names('OpenAI shipped GPT-5.4 nano and GPT-5.4 mini this week.')).toEqual(
      expect.arrayContaining(['GPT-5.4 nano', 'GPT-5.4 mini']),
    );
  });

  it('gives size variants of a family their own entity ("Yi-34B")', () => {
    const found = analyze({
      id: 't',
      text: '01.AI released Yi-34B and Yi-6B on Hugging Face.',
      published: '2025-06-15',
    });
    expect(found.events.map((e) => e.subject.name)).toEqual(['Yi-34B', 'Yi-6B']);
  });
});

describe('a new version or tier of a known product is a product of its own (own sentences)', () => {
  const linked = (raw: string) => {
    const text = normalizeText(raw);
    return linkEntities(text, splitSentences(text), defaultKnowledgeBase).map((m) => ({
      name: m.entry.name,
      family: m.entry.family,
    }));
  };

  it.each([
    ['Kuaishou released Kling 2.1 today.', 'Kling 2.1', 'kuaishou-kling'],
    ['Alibaba hat Qwen3-Max-Preview veröffentlicht.', 'Qwen3-Max-Preview', 'alibaba-qwen3-max'],
    ['Microsoft released Phi-4-reasoning on Tuesday.', 'Phi-4-reasoning', 'microsoft-phi-4'],
  ])('known to the knowledge base with its family: %s', (text, name, family) => {
    expect(linked(text)).toContainEqual({ name, family });
  });

  it.each([
    ['Kuaishou released Kling 3.5 today.', 'Kling 3.5', 'kuaishou-kling'],
    ['Microsoft hat Phi-4-ultra vorgestellt.', 'Phi-4-ultra', 'microsoft-phi-4'],
  ])('unknown, discovered as a variant of its family: %s', (text, name, family) => {
    expect(namesIn(text)).toContainEqual(expect.objectContaining({ name, family }));
  });

  it('a known version of an ambiguous product ("Dojo 2") confirms the product’s other mentions', () => {
    const result = analyze({
      id: 't',
      text: 'Das Aus für das Dojo-Projekt kommt überraschend. Musk hatte gesagt, Dojo 2 solle 2026 debütieren.',
    });
    expect(result.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Dojo', 'Dojo 2']));
  });

  it('an amount after an ambiguous name confirms nothing', () => {
    const result = analyze({
      id: 't',
      text: 'Devin 2 years ago said he would go back to Jamba 5 percent of the time.',
    });
    expect(result.entities).toEqual([]);
  });
});

describe('trade fairs named with their year are no products (own sentences)', () => {
  it.each([
    'The chip was cancelled by GTC26, two people said.',
    'Auf der CES2026 zeigte Nvidia neue Grafikkarten.',
    'Apple kept quiet about its model at WWDC25.',
  ])('%s', (text) => {
    expect(namesIn(text)).toEqual([]);
  });
});

describe('a name right after a title or office is a person', () => {
  it.each([
    'Secretary Mary Smith gave chip makers the green light to start selling AI chips in China.',
    'Commerce Secretary Mary Smith gave chip makers the green light to sell AI chips in China.',
  ])('no product and no event: %s', (text) => {
    const { entities, events } = analyze({ id: 'person', text, published: '2025-08-10' });
    expect(entities.map((e) => e.name)).not.toContain('Mary Smith');
    expect(events.map((e) => e.subject.name)).not.toContain('Mary Smith');
  });

  it.each([
    ['Nvidia-Chef Jensen Huang stellte den Rubin CPX vor.', 'Rubin CPX'],
    ['Google stellte am Dienstag Gemini 3 Flash vor.', 'Gemini 3 Flash'],
  ])('a product after a person is still found: %s', (text, name) => {
    const { events } = analyze({ id: 'person', text, published: '2025-08-10' });
    expect(events.map((e) => e.subject.name)).toContain(name);
  });
});

describe('a code where a product is available is the service, not a product (own sentences)', () => {
  it.each([
    ['Amazons Trainium3 ist ab sofort in EC2 verfügbar.', /Trainium3/],
    ["Amazon's Trainium3 is now available in EC2 instances.", /Trainium3/],
    ['Amazon hat den Trainium3 vorgestellt, der ab sofort in EC2 verfügbar ist.', /Trainium3/],
  ])('%s', (text, subject) => {
    const events = analyze({ id: 't', text, published: '2025-12-10' }).events;
    expect(events.map((e) => e.subject.name)).toEqual([expect.stringMatching(subject)]);
  });
});
