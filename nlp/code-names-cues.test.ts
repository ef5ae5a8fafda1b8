/**
 * The pre-tests of code-names.ts: cuedNames tests NAMING_CUE_WORD before NAMING_CUE, beforeKindWord
 * tests each shape's kind word (after a space) before the shape of NAME_BEFORE_KIND_WORD, and
 * quotedNames tests QUOTE_BEFORE_CAPITAL and KIND_WORD before QUOTED_NAME_SHAPES. Each loses no name
 * only if every match of the pattern holds its pre-test. Every pattern, and every branch of every
 * alternation in it, is run over the sentences of the fixture passages and the phrases below; each
 * match must hold the pre-test in its own text, and each branch must have an example.
 */
import { checkEntry, cuePattern, entryNamed, fixtureTexts } from './__fixtures__/cue-check.js';
import { CUE_CHECKS } from './code-names.js';
import { KIND_STEM } from './lexicon/kind-words.js';

/**
 * The kind words of KIND_STEM: a lexicon, not alternatives of a shape. KIND_WORD is KIND_STEM itself
 * (checked below), so each of them holds it by construction.
 */
const KIND_WORDS = [KIND_STEM.slice('(?:'.length, -')'.length), 's|e'];

const naming = entryNamed(CUE_CHECKS, 'NAMING_CUE');
const beforeKindWord = CUE_CHECKS.filter((c) => /^NAME_(?:BEFORE|AFTER)_KIND_WORD/u.test(c.name));
const quoted = CUE_CHECKS.filter((c) => c.name.startsWith('QUOTED_NAME_SHAPES '));

/** Written for this test: every naming cue, name before a kind word and quoted name, in German and English. */
const PHRASES: readonly string[] = [
  // NAMING_CUE
  'The new chip, known as Tarsis, ships in May.',
  'A model known internally as Velvet Fox is being tested.',
  'The accelerator, internally referred to as Kestrel, is late.',
  'Another chip is referred to as Kite by the staff.',
  'The firm dubbed its new model Quasar.',
  'A chip called Borealis is planned for next year.',
  'A model named Lyra follows in the autumn.',
  'Ein Modell namens Fjord erscheint im Herbst.',
  'Der Beschleuniger, von Insidern genannt „Falke“, soll später kommen.',
  'Ein Modell, bezeichnet als Merlin, steht kurz vor dem Start.',
  'The project Halcyon covers a new chip.',
  'Das Projekt Nordlicht umfasst einen eigenen Chip.',
  // NAME_BEFORE_KIND_WORD
  'The company showed its Corvid NPU and the Talon superchips at the fair.',
  'Engineers tested the Larkspur dual-core processors in their lab.',
  'The lab updated their Marlow AI model, and a founder demoed his Quill model.',
  'The researcher compared her Sparrow chatbot with our Heron LLMs.',
  'Users prefer its Tamarind model to the old one.',
  // NAME_AFTER_KIND_WORD_DE: a determiner, the kind noun, the plain name, a lower-case word or a stop
  'Das KI-Modell Taube kommt später, das Sprachmodell Amsel ebenso.',
  'Die Firma verschiebt sein Spitzenmodell Drossel und ihr Flaggschiffmodell Zeisig auf Mai.',
  'Sie testet seines Reasoning-Modells Fink wegen dem Basismodell Star.',
  'Die Firma zeigt ihren KI-Chip Kiebitz und seinen Beschleuniger Reiher',
  'Der Prozessor Kauz des Anbieters kommt, ebenso ihre Chips Gimpel; seines Beschleunigers Dohle wegen.',
  'Er nennt ihrem Prozessors Rabe nichts, sondern ihres KI-Chips Elster)',
  'Das Team baut das Basismodell Lumme und des Modells Alk wegen den Chips Geier.',
  'Sie lobt das Modell Weih, den Chip Milan; dem Chip Bussard und des Chips Falke, dann den Sprachmodellen Uhu',
  'Er nennt den Modell Sperber',
  // a maker's genitive opens the noun phrase, a quote may stand around the name
  'Microsofts geplanter KI-Chip "Pirol" kommt später, und Metas neues Modell Ammer ebenso.',
  'Amazons neuer Beschleuniger Seeadler ist fertig.',
  // QUOTED_NAME_SHAPES: a determiner, the kind noun, the quoted name
  'Die Entwicklung des KI-Chips „Tundra“ verzögert sich.',
  'Nun kommt der Chip „Lotse“ in die Serie.',
  'Die Firma arbeitet mit dem Modell „Kranich“ weiter.',
  'Sie zeigt den Beschleuniger „Orkan“ auf der Messe.',
  'Das Sprachmodell „Quelle“ ist frei verfügbar.',
  'Die GPU „Nebel“ soll günstiger werden.',
  "The model 'Orca' answers in twelve languages.",
  'The firm showed its chip "Piton" to analysts.',
  'The team trained their assistant "Wren" on code.',
  'Der Anbieter verbessert seinen Assistenten „Elster“.',
  'Die Firma gibt ihrem Chatbot „Lerche“ eine neue Stimme.',
  'Der Konzern stellt sein Modell „Adler“ vor.',
  'Die Firma bringt ihr Modell „Meise“ in den Handel.',
  'The startup built an accelerator "Ibis" for small servers.',
  'Der Dienst läuft auf einem Modell „Specht“ aus eigener Entwicklung.',
  // QUOTED_NAME_SHAPES: the quoted name, then an indefinite kind noun
  'Die Firma hat mit „Falter“ ein Sprachmodell vorgestellt.',
  '„Zirkon“, eine neue GPU, kommt im Winter.',
  'Der Konzern stellt mit „Basalt“ einen Chip vor.',
  'Technisch entspricht „Granit“ einem kleinen Modell.',
  'The company released "Osprey", a new model for coding.',
  "The lab announced 'Puffin', an accelerator for phones.",
  // QUOTED_NAME_SHAPES: the quoted name between its determiner and its kind noun
  "The firm showed the second 'Heron' chip.",
  'The startup launched its new "Kestrel" model.',
  'Analysts praised their “Plover” assistant.',
];

const passages = [...fixtureTexts(), ...PHRASES];
const clean = { violations: [], unexercised: [] };

test('every cue check of code-names.ts is tested here', () => {
  expect(CUE_CHECKS.map((c) => c.name)).toEqual([
    'NAMING_CUE',
    'NAME_BEFORE_KIND_WORD chip',
    'NAME_BEFORE_KIND_WORD model',
    'NAME_AFTER_KIND_WORD_DE model',
    'NAME_AFTER_KIND_WORD_DE chip',
    'QUOTED_NAME_SHAPES 0',
    'QUOTED_NAME_SHAPES 1',
    'QUOTED_NAME_SHAPES 2',
  ]);
});

describe('NAMING_CUE_WORD, the pre-test of NAMING_CUE', () => {
  test('every match of NAMING_CUE holds a cue word, every branch has an example', () => {
    expect(checkEntry(naming, passages.flatMap(naming.textsOf))).toEqual(clean);
  });

  test('both fold case alike', () => {
    expect(naming.pattern.flags).toContain('i');
    expect(naming.pattern.flags).toContain('u');
    expect(cuePattern(naming, 0).flags).toBe('iu');
  });
});

describe('the kind words of NAME_BEFORE_KIND_WORD', () => {
  test.each(beforeKindWord.map((c) => [c.name, c] as const))(
    'every match of %s holds its kind word, every branch has an example',
    (_name, check) => {
      expect(checkEntry(check, passages.flatMap(check.textsOf))).toEqual(clean);
    },
  );
});

describe('QUOTE_BEFORE_CAPITAL and KIND_WORD, the pre-tests of QUOTED_NAME_SHAPES', () => {
  test.each(quoted.map((c) => [c.name, c] as const))(
    'every match of %s holds both, every branch has an example',
    (_name, check) => {
      expect(checkEntry(check, passages.flatMap(check.textsOf))).toEqual(clean);
    },
  );

  test('KIND_WORD is the kind-word lexicon every shape reads', () => {
    for (const check of quoted) {
      const kindWord = cuePattern(check, 1);
      expect(kindWord.source).toBe(KIND_STEM);
      expect(kindWord.flags).toBe('u');
      expect(check.pattern.source).toContain(KIND_STEM);
      expect(check.pattern.flags).toBe('gu');
      expect(check.lexicons).toEqual(KIND_WORDS);
    }
  });
});
