import { analyze } from './analyze.js';
import { coordinatedNames } from './coordinated-names.js';
import { namesPerSentence } from './__fixtures__/names-per-sentence.js';

function listed(raw: string, lang: 'de' | 'en'): { name: string; kind: string }[] {
  return namesPerSentence(raw, (s, i, ms) => coordinatedNames(s, i, ms, lang)).map(({ name, kind }) => ({
    name,
    kind,
  }));
}

function events(text: string): string[] {
  return analyze({ id: 't', text }).events.map((e) => `${e.type}:${e.subject.name}`);
}

describe('coordinatedNames: unknown products listed beside known ones or under a kind noun', () => {
  it('takes a plain name coordinated with a known chip, in its kind', () => {
    expect(listed('Intel will drop Falcon Shores and Harbor Crest from its AI roadmap.', 'en')).toEqual([
      { name: 'Harbor Crest', kind: 'chip' },
    ]);
    expect(listed('The lab retired Pelican, Heron, and Gemini 1.5 Pro last week.', 'en')).toEqual([
      { name: 'Pelican', kind: 'model' },
      { name: 'Heron', kind: 'model' },
    ]);
  });

  it('takes the members of a list that a kind noun heads or closes, even with no known member', () => {
    expect(
      listed('The firm showed three AI chips, namely Tundra 1, Ostra and Velo 2, on Monday.', 'en'),
    ).toEqual([
      { name: 'Tundra 1', kind: 'chip' },
      { name: 'Ostra', kind: 'chip' },
      { name: 'Velo 2', kind: 'chip' },
    ]);
    expect(listed('Die Firma zeigte die ZX-100 und ZX-200 Beschleuniger.', 'de')).toEqual([
      { name: 'ZX-100', kind: 'chip' },
      { name: 'ZX-200', kind: 'chip' },
    ]);
  });

  it('needs a code or brand shape in German, where every noun is capitalised', () => {
    expect(listed('Nvidia liefert den H20 und Zubehör an Kunden in China.', 'de')).toEqual([]);
    expect(listed('Nvidia liefert den H20 und den RX9-Beschleuniger aus.', 'de')).toEqual([]);
    expect(listed('AMD stellte die MI355X und die Hybrid-CPU-GPU MI377A-APU vor.', 'de')).toEqual([
      { name: 'MI377A-APU', kind: 'chip' },
    ]);
  });

  it('takes no companies, places, people with titles, months, numbers or licences', () => {
    expect(listed('The H20 and Huawei are both mentioned.', 'en')).toEqual([]);
    expect(listed('Sales of the H20 in China and Singapore fell.', 'en')).toEqual([]);
    expect(listed('The H20 and CEO Jensen Huang drew attention.', 'en')).toEqual([]);
    expect(listed('Meta plans the MTIA 400 in 2026 and MTIA 450 in 2027.', 'en')).toEqual([]);
    expect(
      listed('Magistral Small steht unter der Apache 2.0-Lizenz, und Magistral Medium folgt.', 'de'),
    ).toEqual([]);
  });

  it('takes no cars, authorities or laws, and no guessed candidate as an anchor (review misfires)', () => {
    expect(listed('Toyota showed new models such as the Corolla, Camry and RAV4 on Monday.', 'en')).toEqual(
      [],
    );
    expect(listed('The Model S and Model X models were discontinued on Monday.', 'en')).toEqual([]);
    expect(listed('Die KI-Chips H20, MI308 und das US-Handelsministerium wurden genannt.', 'de')).toEqual([]);
    expect(listed('Der Chip H20 und die KI-Verordnung wurden im April verboten.', 'de')).toEqual([]);
    expect(listed('The startup unveiled two accelerators, the S60 and the L600, on Tuesday.', 'en')).toEqual([
      { name: 'S60', kind: 'chip' },
      { name: 'L600', kind: 'chip' },
    ]);
  });

  it('needs a conjunction: a name after a comma alone may open a reporting clause', () => {
    expect(listed('Exports of the H20 will resume, Jensen Huang said.', 'en')).toEqual([]);
  });

  it('reads no list in a title-case headline', () => {
    expect(listed('Intel Cancels Falcon Shores And Harbor Crest Chips', 'en')).toEqual([]);
  });

  it('gives the listed names their event through the coordination', () => {
    expect(events('Intel said it would cancel Harbor Crest and Falcon Shores, two AI accelerators.')).toEqual(
      expect.arrayContaining(['cancellation:Harbor Crest', 'cancellation:Falcon Shores']),
    );
    // one describing word after the conjunct's determiner keeps the coordination
    expect(events('AMD stellte auf der Messe die MI355X-GPU und die Hybrid-CPU-GPU MI377A-APU vor.')).toEqual(
      expect.arrayContaining(['release:MI355X', 'release:MI377A']),
    );
  });

  it('skips an empty mention when it masks the known names', () => {
    const s = {
      text: 'Intel will drop Falcon Shores and Harbor Crest.',
      start: 0,
      end: 47,
      paragraph: 0,
      line: 0,
    };
    const empty = {
      entry: { id: 'x', kind: 'chip' as const, name: 'x', aliases: ['x'] },
      text: '',
      start: 5,
      end: 5,
      sentence: 0,
    };
    expect(coordinatedNames(s, 0, [empty], 'en')).toEqual(coordinatedNames(s, 0, [], 'en'));
  });
});
