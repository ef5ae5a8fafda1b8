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
import { literalPrefixes } from './literal-prefixes.js';
import { chunkScan, chunkedScanner, leftmostOf, topLevelAlternatives, type Scan } from './scanner-chunks.js';

/** Prefix characters looked up per position; three keep the candidates to a few per cent. */
const PREFIX_LENGTH = 3;

/** A trie over UTF-16 code units whose nodes carry the bits of the lexicons a prefix ending there starts. */
interface TrieNode {
  mask: number;
  next: Map<number, TrieNode>;
}

const newNode = (): TrieNode => ({ mask: 0, next: new Map() });

function insert(root: TrieNode, prefix: string, bit: number): void {
  let node = root;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.mask |= bit;
}

/** The bits of every prefix in `root` that `text` has at `at`. */
function masksAt(root: TrieNode, text: string, at: number): number {
  const first = root.next.get(text.charCodeAt(at));
  if (first === undefined) return 0;
  let mask = first.mask;
  let node: TrieNode = first;
  for (let i = at + 1; i < text.length; i++) {
    const child: TrieNode | undefined = node.next.get(text.charCodeAt(i));
    if (child === undefined) break;
    mask |= child.mask;
    node = child;
  }
  return mask;
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
 * their literal prefixes (`bit`, `sticky`), or unanchored when one of them may start without literal
 * text (`global`).
 */
type Segment = { bit: number; sticky: RegExp[] } | { global: RegExp[] };

/**
 * Scanners for several lexicons over the same texts. A match starts at a word start or, inside a
 * word, where one of the lexicon's tails begins (the lexicon's own wording may demand more).
 */
export class TriggerScanner<K extends string> {
  private readonly lexicons = new Map<K, Segment[]>();
  private readonly bits: number[] = [];
  private readonly starts = newNode();
  private readonly tails = newNode();
  private lastText: string | undefined;
  private lastCandidates = new Map<number, number[]>();

  constructor(sources: Readonly<Record<K, LexiconSource>>) {
    for (const [key, { source, tails }] of Object.entries(sources) as [K, LexiconSource][]) {
      const notLiteral = tails.find((t) => !/^\p{Ll}+$/u.test(t));
      if (notLiteral !== undefined)
        throw new Error(`compound tail "${notLiteral}" must be lower-case letters`);
      const inWord = tails.length > 0 ? `|(?=${tails.join('|')})` : '';
      const wrap = (alt: string): string => `(?:(?<![\\p{L}\\p{N}])${inWord})(?:${alt})`;
      this.lexicons.set(
        key,
        segmentsOf(source).map(({ alternatives, prefixes }) => {
          const alternation = alternatives.join('|');
          // a mask holds 31 segments; any beyond them are scanned like those without prefixes
          if (prefixes === null || this.bits.length === 31)
            return { global: chunkedScanner(alternation, wrap) };
          const bit = 1 << this.bits.length;
          this.bits.push(bit);
          for (const p of prefixes) insert(this.starts, p, bit);
          for (const t of tails) insert(this.tails, t.slice(0, PREFIX_LENGTH), bit);
          return { bit, sticky: chunkedScanner(alternation, wrap, 'uy') };
        }),
      );
    }
  }

  /** The positions of `text` where each prefixed segment may start, read in one pass (kept for the last text). */
  private candidates(text: string): Map<number, number[]> {
    if (text === this.lastText) return this.lastCandidates;
    const byBit = new Map<number, number[]>(this.bits.map((bit) => [bit, []]));
    for (let i = 0; i < text.length; i++) {
      // inside a word only a compound tail may start a trigger, and few positions start one
      let mask = i > 0 && isWordCharAt(text, i - 1) ? masksAt(this.tails, text, i) : -1;
      if (mask === 0) continue;
      mask &= masksAt(this.starts, text, i);
      for (let bit = 1; mask !== 0; bit <<= 1) {
        if ((mask & bit) === 0) continue;
        byBit.get(bit)?.push(i);
        mask &= ~bit;
      }
    }
    this.lastText = text;
    this.lastCandidates = byBit;
    return byBit;
  }

  /** The leftmost match of a prefixed segment at or after `from`, tried at its candidate positions only. */
  private stickyScan(bit: number, sticky: readonly RegExp[], text: string): Scan {
    const positions = this.candidates(text).get(bit) ?? [];
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
      'global' in seg ? chunkScan(seg.global, text) : this.stickyScan(seg.bit, seg.sticky, text),
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
    const prefixes = literalPrefixes(alternative, PREFIX_LENGTH);
    const last = out[out.length - 1];
    if (last !== undefined && (last.prefixes === null) === (prefixes === null)) {
      last.alternatives.push(alternative);
      for (const p of prefixes ?? []) last.prefixes?.add(p);
    } else out.push({ alternatives: [alternative], prefixes });
  }
  return out;
}
