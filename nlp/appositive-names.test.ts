import { analyze } from './analyze.js';
import { appositiveNames } from './appositive-names.js';
import { namesPerSentence } from './__fixtures__/names-per-sentence.js';

function named(raw: string, lang: 'de' | 'en'): { name: string; kind: string }[] {
  return namesPerSentence(raw, (s, i, ms) => appositiveNames(s, i, ms, lang)).map(({ name, kind }) => ({
    name,
    kind,
  }));
}

function events(text: string): string[] {
  return analyze({ id: 't', text }).events.map((e) => `${e.type}:${e.subject.name}`);
}

describe('appositiveNames: a name renaming a kind noun beside it', () => {
  it('takes a name after a kind noun and a comma, quoted or not', () => {
    expect(
      named("The startup will ship its first inference chip, the 'Kestrel-2', in the spring.", 'en'),
    ).toEqual([{ name: 'Kestrel-2', kind: 'chip' }]);
    expect(named('The bank presented its new language model, Harbor Lite, to clients.', 'en')).toEqual([
      { name: 'Harbor Lite', kind: 'model' },
    ]);
  });

  it('takes a code after a kind noun and a colon', () => {
    expect(
      named(
        'Die Firma stellte zwei neue KI-Chip-Produkte vor: Der Z100, der für Inferenz gedacht ist.',
        'de',
      ),
    ).toEqual([{ name: 'Z100', kind: 'chip' }]);
    expect(named('Die Firma stellte zwei Chips vor: Bilder zeigen sie.', 'de')).toEqual([]);
  });

  it('takes a name before an indefinite kind noun phrase', () => {
    expect(
      named('Das Labor stellte SeaLion-Vision vor, ein für Fotos trainiertes Sprachmodell.', 'de'),
    ).toEqual([]);
    expect(named('Das Labor zeigte SeaLion-Vision, ein für Fotos trainiertes Sprachmodell.', 'de')).toEqual([
      { name: 'SeaLion-Vision', kind: 'model' },
    ]);
    expect(named('The lab launched Quillon, a small reasoning model for lawyers.', 'en')).toEqual([
      { name: 'Quillon', kind: 'model' },
    ]);
  });

  it('needs a code or brand shape in German and away from the sentence start in English', () => {
    expect(named('Die Firma zeigte Bilder, ein Modell und mehr.', 'de')).toEqual([]);
    expect(named('Meanwhile, a new model from the lab appeared.', 'en')).toEqual([]);
    expect(named('In May, a chip from the startup was shown.', 'en')).toEqual([]);
  });

  it('reads no reporting clause, abbreviation or version number as a name', () => {
    expect(named('It is a capable model, Sam Altman said on Monday.', 'en')).toEqual([]);
    expect(
      named('Microsoft kündigte ein kleines Sprachmodell (Small Language Model, SLM) an.', 'de'),
    ).toEqual([]);
    expect(named('DeepSeek zeigte die neue Iteration seines Modells, Version 3.1, am Montag.', 'de')).toEqual(
      [],
    );
  });

  it('reads no car or phone as an AI model or chip (review misfires)', () => {
    expect(named('Mercedes stellte sein neues Modell, den CLA, am Montag vor.', 'de')).toEqual([]);
    expect(
      named('Der Autobauer stellte sein neues Modell vor: Die E-Klasse, die ab März kommt.', 'de'),
    ).toEqual([]);
    expect(named("Huawei's chip, the Kirin 9000S, powered the Mate 60 launched on Monday.", 'en')).toEqual(
      [],
    );
    expect(named('The carmaker showed its model, the Corsa Pro, at the fair.', 'en')).toEqual([]);
  });

  it('reads a name that begins with a known product as its variant, so one launch stays one release', () => {
    const events = analyze({
      id: 'v',
      text: 'Moonshot AI released Kimi K2 on Monday. The lab put out two versions: Kimi-K2-Base, a foundation model for researchers, and Kimi-K2-Instruct, tuned for chat.',
    }).events.filter((e) => e.type === 'release');
    expect(events.map((e) => e.subject.name)).toEqual(['Kimi K2']);
  });

  it('gives the name the event of its sentence', () => {
    expect(events('The lab launched Quillon, a small reasoning model for lawyers.')).toContain(
      'release:Quillon',
    );
  });
});
