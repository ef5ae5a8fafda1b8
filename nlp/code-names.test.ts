import { analyze } from './analyze.js';
import { findCuedNames } from './code-names.js';
import { defaultKnowledgeBase } from './knowledge-base.js';
import { namesPerSentence } from './__fixtures__/names-per-sentence.js';

function cued(raw: string, lang: 'de' | 'en'): { name: string; kind: string; strong: boolean }[] {
  return namesPerSentence(raw, (s, i, ms) => findCuedNames(s, i, ms, defaultKnowledgeBase, lang));
}

describe('findCuedNames: names introduced by a naming cue', () => {
  it('takes any capitalised name after a code-name cue, in both languages', () => {
    expect(
      cued('Intel is working on a new inference part, code-named Glasshouse, for 2027.', 'en'),
    ).toContainEqual(expect.objectContaining({ name: 'Glasshouse', strong: true }));
    expect(cued('Der Chip mit dem Codenamen Feldberg soll 2027 kommen.', 'de')).toContainEqual(
      expect.objectContaining({ name: 'Feldberg', kind: 'chip' }),
    );
  });

  it('reads a name once when a code-name cue also contains a loose one', () => {
    expect(cued('The lab delayed its next AI model, code-named Juniper, to the spring.', 'en')).toEqual([
      { name: 'Juniper', kind: 'model', strong: true },
    ]);
  });

  it('takes a name after a loose cue only with a kind word near it', () => {
    expect(cued('The accelerator, known as the Coldwater 2, was shown to partners.', 'en')).toContainEqual(
      expect.objectContaining({ name: 'Coldwater 2', kind: 'chip' }),
    );
    expect(cued('Meta is testing a chatbot called Lantern with staff.', 'en')).toContainEqual(
      expect.objectContaining({ name: 'Lantern', kind: 'model' }),
    );
    expect(cued('A startup called Lantern raised money last week.', 'en')).toEqual([]);
    expect(cued('He is known as Mister Chips among investors.', 'en')).toEqual([]);
  });

  it('leaves names the knowledge base already links, and company names, alone', () => {
    expect(cued('The chip, known as the H20, was made for China.', 'en')).toEqual([]);
    expect(cued('The model was built by a lab called DeepSeek.', 'en')).toEqual([]);
  });
});

describe('findCuedNames: codes coordinated after a known product line member', () => {
  it('names the coordinated codes with the line of the first one', () => {
    const names = cued('Huawei zeigte den Fahrplan für Ascend 950, 962 und 974 bis 2028.', 'de').map(
      (n) => n.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Ascend 962', 'Ascend 974']));
  });

  it('does not read a number that is not coordinated as a code', () => {
    expect(cued('Ascend 950 chips cost 962 dollars each.', 'en').map((n) => n.name)).not.toContain(
      'Ascend 962',
    );
  });
});

describe('findCuedNames: a plain word before a chip word (English)', () => {
  it('is a weak chip name in running text', () => {
    expect(cued('The company stopped work on its Tamarack accelerators last year.', 'en')).toContainEqual({
      name: 'Tamarack',
      kind: 'chip',
      strong: false,
    });
  });

  it('ignores sentence starts, title-case headlines, origins and German nouns', () => {
    expect(cued('Tamarack chips are in short supply.', 'en')).toEqual([]);
    expect(cued('Why Big Labs Are Switching From Tamarack Chips To Others', 'en')).toEqual([]);
    expect(cued('Analysts expect more Chinese chips next year.', 'en')).toEqual([]);
    expect(cued('Die Firma setzt auf Tamarack Chips aus Taiwan.', 'de')).toEqual([]);
  });

  it('takes a plain word before a model word only after a determiner', () => {
    expect(cued('The bank has stopped work on its Pemberton AI model this year.', 'en')).toContainEqual({
      name: 'Pemberton',
      kind: 'model',
      strong: false,
    });
    expect(cued('Analysts said Pemberton models are popular with AI users.', 'en')).toEqual([]);
    expect(cued('The team tested the Chinese AI model for a week.', 'en')).toEqual([]);
    expect(cued('The carmaker stopped building its Roadster model this year.', 'en')).toEqual([]);
  });
});

describe('findCuedNames: a plain name after a determiner and a kind noun (German)', () => {
  it('is a weak name before a lower-case word or a stop', () => {
    expect(
      cued('Meta verschiebt sein nächstes KI-Spitzenmodell Kestrel auf das kommende Jahr.', 'de'),
    ).toContainEqual({
      name: 'Kestrel',
      kind: 'model',
      strong: false,
    });
    expect(cued('Huawei verschiebt den KI-Chip Tiangang auf 2026.', 'de')).toContainEqual({
      name: 'Tiangang',
      kind: 'chip',
      strong: false,
    });
  });

  it('needs the determiner, an AI reading for a bare model word, and no noun after the name', () => {
    expect(cued('Meta zeigt Modell Kestrel auf der Messe.', 'de')).toEqual([]);
    expect(cued('Das Modell Kestrel von Meta wird günstiger.', 'de')).toEqual([]);
    expect(cued('Das KI-Modell Marke Eigenbau verzögert sich.', 'de')).toEqual([]);
    expect(cued('Meta verschiebt das KI-Modell Kestrel auf Mai.', 'en')).toEqual([]);
  });
});

describe('analyze with cued names', () => {
  it('attaches a delay to a model known only by its code name', () => {
    const { events, entities } = analyze({
      id: 'x',
      text: 'Meta has delayed the rollout of its next AI model, code-named Mistletoe, to the summer.',
    });
    expect(events.map((e) => `${e.type}:${e.subject.name}`)).toContain('delay:Mistletoe');
    expect(entities).toContainEqual(expect.objectContaining({ name: 'Mistletoe', candidate: true }));
  });

  it('attaches a cancellation to a chip named only before a chip word', () => {
    const { events } = analyze({
      id: 'x',
      text: 'Intel has stopped development of its Tamarack processors after a review of the AI roadmap.',
    });
    expect(events.map((e) => `${e.type}:${e.subject.name}`)).toContain('cancellation:Tamarack');
  });
});

describe('findCuedNames: quoted names beside a kind noun', () => {
  it.each([
    [
      'Die Serienfertigung des KI-Chips "Tannheim" verzögert sich um ein halbes Jahr.',
      'de',
      'Tannheim',
      'chip',
    ],
    ['Das Institut hat mit „Lindwurm“ ein offenes Sprachmodell vorgestellt.', 'de', 'Lindwurm', 'model'],
    ['The startup released its reasoning model "Kestrel" on Monday.', 'en', 'Kestrel', 'model'],
    ['The lab showed "Orca Bay", a new model for code, to partners.', 'en', 'Orca Bay', 'model'],
    ["The startup unveiled its second-generation chip 'Tidewater' in April.", 'en', 'Tidewater', 'chip'],
    ["The startup unveiled the second-generation 'Tidewater' chip in April.", 'en', 'Tidewater', 'chip'],
  ] as const)('%s', (text, lang, name, kind) => {
    expect(cued(text, lang)).toContainEqual(expect.objectContaining({ name, kind, strong: true }));
  });

  it.each([
    ['U.S. says using Chinese AI Chips "Anywhere" breaks export rules', 'en'],
    ['Das Modell "denkt" länger nach als sein Vorgänger.', 'de'],
    ['Der Chip sei "Weltklasse", sagte der Chef von Cerebras.', 'de'],
    ["The startup said Tidewater's chip was fast.", 'en'],
    ["The company's 'AI first' model strategy worked.", 'en'],
    ["Der 'Durchbruch' Chip von Huawei, der Ascend 910C, wird ab Mai ausgeliefert.", 'de'],
  ] as const)('no name: %s', (text, lang) => {
    expect(cued(text, lang)).toEqual([]);
  });

  it('a release of a quoted new model attaches to the name', () => {
    const a = analyze({
      id: 'q',
      text: 'Die Hochschule hat mit "Lindwurm" ein offenes Sprachmodell vorgestellt.',
      published: '2025-06-01',
    });
    expect(a.events.map((e) => `${e.type} ${e.subject.name}`)).toEqual(['release Lindwurm']);
  });
});
