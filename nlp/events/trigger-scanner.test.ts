import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPOUND_TAIL, TRIGGERS } from '../event-cues.js';
import { splitSentences } from '../sentences.js';
import { EVENT_TYPES, type EventType } from '../types.js';
import { fewLongestPrefixes, literalPrefixes } from './literal-prefixes.js';
import { chunkScan, chunkedScanner, topLevelAlternatives, type Scan } from './scanner-chunks.js';
import { afterCharAt, resumeAfter } from './find-triggers.js';
import { TriggerScanner, type LexiconSource } from './trigger-scanner.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('literal prefixes of a pattern', () => {
  const prefixes = (source: string, length = 3): string[] | null => {
    const set = literalPrefixes(source, length);
    return set === null ? null : [...set].sort();
  };

  it('names the first characters of every alternative, through groups and optional parts', () => {
    expect(prefixes(String.raw`verschob\w*|(?:export|ausfuhr)verbot`)).toEqual(['aus', 'exp', 'ver']);
    expect(prefixes('a?bcd')).toEqual(['abc', 'bcd']);
    expect(prefixes('(?:the |its )?launch')).toEqual(['its', 'lau', 'the']);
    expect(prefixes('[rl]aunch')).toEqual(['lau', 'rau']);
  });

  it('reads lookarounds and word boundaries as matching anything', () => {
    expect(prefixes(String.raw`(?<!nicht )\bstart(?=s)`)).toEqual(['sta']);
    expect(prefixes(String.raw`(?!x)ab`)).toEqual(['ab']);
  });

  it('ends a prefix where a wide class or the pattern ends', () => {
    expect(prefixes(String.raw`ab\s+c`)).toEqual(['ab']);
    expect(prefixes('q[a-z]')).toEqual(['q']);
    expect(prefixes('q.')).toEqual(['q']);
    expect(prefixes('go')).toEqual(['go']);
  });

  it('gives up on escapes and class ranges it does not read, rather than name a wrong prefix', () => {
    for (const source of [
      String.raw`\rfoo`,
      String.raw`\ffoo`,
      String.raw`[\b]foo`,
      String.raw`[\--\/]x`,
      String.raw`[a-\r]x`,
      '[\u{1F600}-\u{1F602}]x'.replace(/\\u\{(\w+)\}/gu, (_, hex: string) =>
        String.fromCodePoint(parseInt(hex, 16)),
      ),
    ])
      expect(prefixes(source)).toBeNull();
    expect(prefixes(String.raw`\.x|\-y|\/z`)).toEqual(['-y', '.x', '/z']);
  });

  it('gives up when a match may start without literal text or the syntax is not understood', () => {
    expect(prefixes(String.raw`\p{L}*probleme`)).toBeNull();
    expect(prefixes(String.raw`a|\s*c`)).toBeNull();
    expect(prefixes('b*c')).toEqual(['bbb', 'bbc', 'bc', 'c']);
    expect(prefixes(String.raw`(a)\1`)).toBeNull();
    expect(prefixes(String.raw`\u0041bc`)).toBeNull();
  });

  it('lengthens prefixes while they stay few, and stops where none grows', () => {
    const longest = (source: string, maxCount: number): string[] | null => {
      const set = fewLongestPrefixes(source, 3, 12, maxCount);
      return set === null ? null : [...set].sort();
    };
    expect(longest(String.raw`verschob\w*|(?:export|ausfuhr)verbot`, 8)).toEqual([
      'ausfuhrverbo',
      'exportverbot',
      'verschob',
    ]);
    expect(longest('(?:a|b)(?:c|d)(?:e|f)(?:g|h)', 8)).toEqual([
      'ace',
      'acf',
      'ade',
      'adf',
      'bce',
      'bcf',
      'bde',
      'bdf',
    ]);
    expect(longest(String.raw`\d\d\d\dx`, 8)).toHaveLength(1000);
    expect(longest(String.raw`\p{L}*x`, 8)).toBeNull();
  });

  it('finds a prefix for all but two alternatives of the trigger lexicons (the others are scanned at every word)', () => {
    const unprefixed = EVENT_TYPES.flatMap((type) =>
      topLevelAlternatives(TRIGGERS[type].source).filter((alt) => literalPrefixes(alt, 3) === null),
    );
    expect(unprefixed).toHaveLength(2);
  });
});

/** Every match of a scan over `text`, stepping on by `step` after each. */
function matches(next: Scan, step: (m: RegExpExecArray) => number): string[] {
  const out: string[] = [];
  for (let m = next(0); m !== null; m = next(step(m))) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe('the trigger scanner', () => {
  const tailsOf = (type: EventType): string[] =>
    COMPOUND_TAIL.source
      .replace(/^\^\(\?:|\)$/gu, '')
      .split('|')
      .filter((tail) => TRIGGERS[type].source.includes(tail));
  const lexicons = {} as Record<EventType, LexiconSource>;
  for (const t of EVENT_TYPES) lexicons[t] = { source: TRIGGERS[t].source, tails: tailsOf(t) };
  const scanner = new TriggerScanner(lexicons);
  const plain = (type: EventType): RegExp[] => {
    const tails = tailsOf(type);
    const inWord = tails.length > 0 ? `|(?=${tails.join('|')})` : '';
    return chunkedScanner(TRIGGERS[type].source, (alt) => `(?:(?<![\\p{L}\\p{N}])${inWord})(?:${alt})`);
  };
  const plainScanners = Object.fromEntries(EVENT_TYPES.map((t) => [t, plain(t)])) as Record<
    EventType,
    RegExp[]
  >;

  // our own fixture passages, and the same with typographic quotes and dashes (two-byte strings)
  const sentences = readFileSync(path.join(here, '../__fixtures__/passages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) =>
      splitSentences((JSON.parse(l) as { text: string }).text).map((s) => s.text.toLowerCase()),
    );
  const typographic = sentences.map((s) => s.replace(/"/gu, '“').replace(/ - /gu, ' – '));

  it.each(EVENT_TYPES)('finds exactly what the unanchored %s lexicon finds, in order', (type) => {
    let found = 0;
    for (const text of [...sentences, ...typographic]) {
      // after each match: on past it (most types), or one character on (export controls may overlap)
      for (const step of [
        (m: RegExpExecArray) => m.index + Math.max(1, m[0].length),
        (m: RegExpExecArray) => m.index + 1,
      ]) {
        const expected = matches(chunkScan(plainScanners[type], text), step);
        expect(matches(scanner.scan(type, text), step)).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('starts a trigger inside a word only where a compound tail begins', () => {
    const text = 'das us-exportverbot und die umsatzwarnung';
    const found = matches(scanner.scan('export_control', text), (m) => m.index + 1);
    expect(found.some((m) => m.startsWith(`${text.indexOf('exportverbot')}:`))).toBe(true);
    expect(matches(chunkScan(plainScanners.export_control, text), (m) => m.index + 1)).toEqual(found);
  });

  it('finds what the unanchored pattern finds for generated patterns and texts', () => {
    const literal = fc.constantFrom('a', 'b', 'c', 'ä', '-', '.', ' ', '1', '𝐀');
    const atom = fc.oneof(
      literal.map((c) => (c === '.' ? '\\.' : c)),
      fc.constantFrom(
        '[ab]',
        '[a-c]',
        '[^a]',
        '[-.]',
        '\\s',
        '\\d',
        '\\S',
        '.',
        '\\b',
        '(?=a)',
        '(?<!b)',
        '(?<![\\p{L}])',
      ),
    );
    const item = fc
      .tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{2}'))
      .map(([a, q]) => (q !== '' && /^(?:\\b|\(\?)/u.test(a) ? a : a + q));
    const sequence = fc.array(item, { minLength: 1, maxLength: 4 }).map((items) => items.join(''));
    const group = fc.array(sequence, { minLength: 1, maxLength: 3 }).map((alts) => `(?:${alts.join('|')})`);
    const pattern = fc.array(
      fc.oneof(
        sequence,
        fc.tuple(group, sequence).map(([g, q]) => g + q),
      ),
      { minLength: 1, maxLength: 3 },
    );
    const text = fc
      // with a letter outside the Basic Multilingual Plane and lone surrogates before a word
      .array(fc.constantFrom('a', 'b', 'c', 'ä', '-', '.', ' ', '1', '“', '𝐀', '\ud835', '\udc00'), {
        maxLength: 24,
      })
      .map((cs) => cs.join(''));
    const tails = fc.constantFrom([], ['b'], ['ab', 'c']);
    fc.assert(
      fc.property(pattern, text, tails, (alternatives, sample, inWord) => {
        const source = alternatives.join('|');
        const lookahead = inWord.length > 0 ? `|(?=${inWord.join('|')})` : '';
        const wrap = (alt: string): string => `(?:(?<![\\p{L}\\p{N}])${lookahead})(?:${alt})`;
        const own = new TriggerScanner({ x: { source, tails: inWord } });
        // on by whole characters, as findTriggers steps: a unicode scan restarted inside a surrogate pair
        // starts at the pair
        for (const step of [
          (m: RegExpExecArray) => (m[0] === '' ? afterCharAt(sample, m.index) : m.index + m[0].length),
          (m: RegExpExecArray) => afterCharAt(sample, m.index),
        ])
          expect(matches(own.scan('x', sample), step)).toEqual(
            matches(chunkScan(chunkedScanner(source, wrap), sample), step),
          );
      }),
      { numRuns: 400 },
    );
  });

  it('gives each text its own matches when the scans of two texts are interleaved', () => {
    const own = new TriggerScanner({ x: { source: 'verlegt|hugging face|ab+c', tails: [] } });
    const a = 'das wurde verlegt und abbc';
    const b = 'auf hugging face';
    const scanA = own.scan('x', a);
    expect(scanA(0)?.[0]).toBe('verlegt');
    const scanB = own.scan('x', b);
    expect(scanB(0)?.[0]).toBe('hugging face');
    // the scan of the first text goes on after the second was read
    expect(scanA(a.indexOf('und'))?.[0]).toBe('abbc');
    expect(scanB(b.length)).toBeNull();
  });

  it('refuses a compound tail that is not plain lower-case letters', () => {
    expect(() => new TriggerScanner({ x: { source: 'ab', tails: ['ex.ort'] } })).toThrow(/compound tail/u);
  });
});

describe('stepping on after a match', () => {
  const astral = String.fromCodePoint(0x1f680);

  it('steps over a whole character outside the Basic Multilingual Plane', () => {
    expect(afterCharAt(`a${astral}b`, 0)).toBe(1);
    expect(afterCharAt(`a${astral}b`, 1)).toBe(3);
    expect(afterCharAt('ab', 1)).toBe(2);
  });

  it('ends an overlapping scan (as findTriggers steps it) over a match that starts with such a character', () => {
    // an alternative without a literal start keeps the unanchored scan, which a restart inside the
    // surrogate pair would send back to the same match
    const own = new TriggerScanner({ x: { source: `\\p{So}*${astral}a|b`, tails: [] } });
    const text = `${astral}a b ${astral}a`;
    const next = own.scan('x', text);
    const found: string[] = [];
    // bounded: stepping on by one code unit instead would find the first match for ever
    for (let m = next(0); m !== null && found.length < 10; m = next(resumeAfter('export_control', text, m)))
      found.push(`${m.index}:${m[0]}`);
    expect(found).toEqual([`0:${astral}a`, '4:b', `6:${astral}a`]);
  });
});
