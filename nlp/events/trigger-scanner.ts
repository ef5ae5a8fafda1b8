/**
 * The trigger lexicons of all event types as one scanner that reads a sentence once. Trying a lexicon
 * of a hundred alternatives at every word of every sentence, seven times over, was 45 % of the analysis
 * of a real news page; but a trigger can only begin where one of its alternatives' first characters
 * stand (literal-prefixes.ts). One pass over the sentence looks those up in a small trie and lists, per
 * lexicon, the positions worth trying; the lexicon then runs anchored (sticky) at those positions only,
 * which finds exactly the matches the unanchored scan finds, in the same order, as long as
 * literal-prefixes.ts names every possible start (the tests compare both on the lexicons and on generated
 * patterns). Alternatives whose matches may start without literal text ("\p{L}*probleme") keep the
 * unanchored scan.
 */
import { fewLongestPrefixes } from './literal-prefixes.js';
import { chunkScan, chunkedScanner, leftmostOf, topLevelAlternatives, type Scan } from './scanner-chunks.js';

/** Prefix characters every alternative is read to; three keep the candidates to a few per cent. */
const PREFIX_LENGTH = 3;
/**
 * How far an alternative's prefixes are lengthened while there are at most {@link MAX_PREFIXES}: of
 * 1,240 anchored tries per article at three characters, 95 % failed ("the", "ver", "sta" begin many
 * words); whole first words leave 580.
 */
const MAX_PREFIX_LENGTH = 12;
const MAX_PREFIXES = 64;

/**
 * A trie over UTF-16 code units in flat arrays: the code units the prefixes use are numbered (0 for
 * all others), and node `n`'s child for number `c` is `children[n * width + c]` (0: none; node 0 is the
 * root). Each node carries the bits of the lexicons a prefix ending there starts.
 */
class PrefixTrie {
  private readonly symbols = new Uint16Array(0x10000);
  private readonly width: number;
  private readonly children: Int32Array;
  private readonly masks: Int32Array;

  constructor(entries: readonly (readonly [prefix: string, bit: number])[]) {
    let width = 1;
    for (const [prefix] of entries)
      for (let i = 0; i < prefix.length; i++) {
        const code = prefix.charCodeAt(i);
        if (this.symbols[code] === 0) this.symbols[code] = width++;
      }
    this.width = width;
    const next = [new Map<number, number>()];
    const masks: number[] = [0];
    for (const [prefix, bit] of entries) {
      let node = 0;
      for (let i = 0; i < prefix.length; i++) {
        const symbol = this.symbols[prefix.charCodeAt(i)] ?? 0;
        let child = next[node]?.get(symbol);
        if (child === undefined) {
          child = next.length;
          next[node]?.set(symbol, child);
          next.push(new Map<number, number>());
          masks.push(0);
        }
        node = child;
      }
      masks[node] = (masks[node] ?? 0) | bit;
    }
    this.children = new Int32Array(next.length * width);
    next.forEach((symbols, node) => {
      for (const [symbol, child] of symbols) this.children[node * width + symbol] = child;
    });
    this.masks = Int32Array.from(masks);
  }

  /** The bits of every prefix that `text` has at `at`. */
  masksAt(text: string, at: number): number {
    const { symbols, children, masks, width } = this;
    let mask = 0;
    let node = 0;
    for (let i = at; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)] ?? 0;
      if (symbol === 0) break;
      node = children[node * width + symbol] ?? 0;
      if (node === 0) break;
      mask |= masks[node] ?? 0;
    }
    return mask;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or digit (ASCII answered without a regular expression). */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[i] ?? '');
}

/** One lexicon of the scanner: its words, and the compound tails that may start it inside a word. */
export interface LexiconSource {
  /** The alternation, as a regular expression source. */
  source: string;
  /** Literal word parts ("export", "verbot") at which the lexicon may start inside a word. */
  tails: readonly string[];
}

/**
 * Consecutive alternatives of a lexicon that are scanned alike: anchored at the candidate positions of
 * their literal prefixes (`index`, `sticky`), or unanchored when one of them may start without literal
 * text (`global`).
 */
type Segment = { index: number; sticky: RegExp[] } | { global: RegExp[] };

/**
 * Scanners for several lexicons over the same texts. A match starts at a word start or, inside a
 * word, where one of the lexicon's tails begins (the lexicon's own wording may demand more).
 */
export class TriggerScanner<K extends string> {
  private readonly lexicons = new Map<K, Segment[]>();
  private segmentCount = 0;
  private readonly starts: PrefixTrie;
  private readonly tails: PrefixTrie;
  private lastText: string | undefined;
  private lastCandidates: number[][] = [];

  constructor(sources: Readonly<Record<K, LexiconSource>>) {
    const starts: [string, number][] = [];
    const tails: [string, number][] = [];
    for (const [key, lexicon] of Object.entries(sources) as [K, LexiconSource][]) {
      const notLiteral = lexicon.tails.find((t) => !/^\p{Ll}+$/u.test(t));
      if (notLiteral !== undefined)
        throw new Error(`compound tail "${notLiteral}" must be lower-case letters`);
      const inWord = lexicon.tails.length > 0 ? `|(?=${lexicon.tails.join('|')})` : '';
      const wrap = (alt: string): string => `(?:(?<![\\p{L}\\p{N}])${inWord})(?:${alt})`;
      this.lexicons.set(
        key,
        segmentsOf(lexicon.source).map(({ alternatives, prefixes }) => {
          const alternation = alternatives.join('|');
          // a mask holds 31 segments; any beyond them are scanned like those without prefixes
          if (prefixes === null || this.segmentCount === 31)
            return { global: chunkedScanner(alternation, wrap) };
          const index = this.segmentCount++;
          for (const p of prefixes) starts.push([p, 1 << index]);
          // the lookahead asks for the whole tail
          for (const t of lexicon.tails) tails.push([t, 1 << index]);
          return { index, sticky: chunkedScanner(alternation, wrap, 'uy') };
        }),
      );
    }
    this.starts = new PrefixTrie(starts);
    this.tails = new PrefixTrie(tails);
  }

  /** The positions of `text` where each prefixed segment may start, read in one pass (kept for the last text). */
  private candidates(text: string): number[][] {
    if (text === this.lastText) return this.lastCandidates;
    const bySegment: number[][] = [];
    for (let s = 0; s < this.segmentCount; s++) bySegment.push([]);
    for (let i = 0; i < text.length; i++) {
      // inside a word only a compound tail may start a trigger, and few positions start one
      let mask = i > 0 && isWordCharAt(text, i - 1) ? this.tails.masksAt(text, i) : -1;
      if (mask === 0) continue;
      mask &= this.starts.masksAt(text, i);
      for (let s = 0; mask !== 0; s++, mask >>>= 1) if ((mask & 1) !== 0) bySegment[s]?.push(i);
    }
    this.lastText = text;
    this.lastCandidates = bySegment;
    return bySegment;
  }

  /** The leftmost match of a prefixed segment at or after `from`, tried at its candidate positions only. */
  private stickyScan(index: number, sticky: readonly RegExp[], text: string): Scan {
    const positions = this.candidates(text)[index] ?? [];
    let next = 0;
    return (from) => {
      for (; next < positions.length; next++) {
        const at = positions[next] ?? 0;
        if (at < from) continue;
        for (const re of sticky) {
          re.lastIndex = at;
          const m = re.exec(text);
          // the position stays current: asked again from the same place, the scan gives the same match
          if (m !== null) return m;
        }
      }
      return null;
    };
  }

  /** A scan of `text` with lexicon `key`: the same matches, in the same order, as its unanchored regular expression. */
  scan(key: K, text: string): Scan {
    const segments = this.lexicons.get(key);
    if (segments === undefined) throw new Error(`no lexicon ${key}`);
    const scans = segments.map((seg) =>
      'global' in seg ? chunkScan(seg.global, text) : this.stickyScan(seg.index, seg.sticky, text),
    );
    return scans.length === 1 && scans[0] !== undefined ? scans[0] : leftmostOf(scans);
  }
}

/**
 * A lexicon's top-level alternatives in runs that are scanned alike: runs whose every alternative has
 * literal prefixes, and runs of those that have none. Order is kept, so an earlier run still wins a tie.
 */
function segmentsOf(source: string): { alternatives: string[]; prefixes: Set<string> | null }[] {
  const out: { alternatives: string[]; prefixes: Set<string> | null }[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const prefixes = fewLongestPrefixes(alternative, PREFIX_LENGTH, MAX_PREFIX_LENGTH, MAX_PREFIXES);
    const last = out[out.length - 1];
    if (last !== undefined && (last.prefixes === null) === (prefixes === null)) {
      last.alternatives.push(alternative);
      for (const p of prefixes ?? []) last.prefixes?.add(p);
    } else out.push({ alternatives: [alternative], prefixes });
  }
  return out;
}
