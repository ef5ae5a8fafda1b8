/**
 * The trigger lexicons of all event types as one scanner that reads a sentence once. Trying a lexicon
 * of a hundred alternatives at every word of every sentence, seven times over, was 45 % of the analysis
 * of a real news page; but a trigger can only begin where one of its alternatives' first characters
 * stand (literal-prefixes.ts). One pass over the sentence looks those up in a small trie and lists, per
 * lexicon, the positions worth trying; at each, the alternatives whose prefixes stand there run
 * anchored (sticky) one by one, which finds exactly the matches the unanchored scan finds, in the same
 * order, as long as literal-prefixes.ts names every possible start (the tests compare both on the
 * lexicons and on generated patterns). Alternatives whose matches may start without literal text
 * ("\p{L}*probleme") keep the unanchored scan, in sentences that hold a string their matches need.
 * The anchored ones, too, run only in sentences that hold one of the strings each of their matches
 * needs ("verlegt", "hugging face"), found by one pass of a literal automaton over the sentence.
 */
import { codeUnitTrie, LiteralAutomaton, nodeTable } from './literal-automaton.js';
import { fewLongestPrefixes, requiredLiterals } from './literal-prefixes.js';
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
 * root). Each node carries the bits of the lexicons whose prefixes end on the path to it.
 */
class PrefixTrie {
  private readonly symbols: Uint16Array;
  private readonly width: number;
  private readonly children: Uint16Array | Int32Array;
  private readonly parents: Int32Array;
  /** Per node, the bits of every prefix that ends on the path from the root to it. */
  readonly pathMasks: Int32Array;

  constructor(entries: readonly (readonly [prefix: string, bit: number])[]) {
    const trie = codeUnitTrie(entries.map(([prefix]) => prefix));
    const { width, parents } = trie;
    this.symbols = trie.symbols;
    this.width = width;
    const masks = trie.children.map(() => 0);
    entries.forEach(([, bit], i) => {
      const end = trie.ends[i] ?? 0;
      masks[end] = (masks[end] ?? 0) | bit;
    });
    this.children = nodeTable(trie.children.length, width);
    trie.children.forEach((symbols, node) => {
      for (const [symbol, child] of symbols) this.children[node * width + symbol] = child;
    });
    // a parent is numbered before its children
    for (let n = 1; n < masks.length; n++) masks[n] = (masks[n] ?? 0) | (masks[parents[n] ?? 0] ?? 0);
    this.pathMasks = Int32Array.from(masks);
    this.parents = Int32Array.from(parents);
  }

  /** The node where `prefix`, one of the trie's, ends. */
  nodeOf(prefix: string): number {
    const node = this.deepestAt(prefix, 0);
    if (this.depthOf(node) !== prefix.length) throw new Error(`"${prefix}" is not in the trie`);
    return node;
  }

  /** The parent of a node other than the root. */
  parentOf(node: number): number {
    return this.parents[node] ?? 0;
  }

  private depthOf(node: number): number {
    let depth = 0;
    for (let n = node; n !== 0; n = this.parentOf(n)) depth++;
    return depth;
  }

  /** The deepest node that `text` from `at` spells (0: none); its path holds every prefix found there. */
  deepestAt(text: string, at: number): number {
    const { symbols, children, width } = this;
    let node = 0;
    for (let i = at; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)] ?? 0;
      if (symbol === 0) break;
      const child = children[node * width + symbol] ?? 0;
      if (child === 0) break;
      node = child;
    }
    return node;
  }

  /** The bits of every prefix that `text` has at `at`. */
  masksAt(text: string, at: number): number {
    return this.pathMasks[this.deepestAt(text, at)] ?? 0;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the character before `i` is a letter or digit, read as a unicode lookbehind reads it: a
 * surrogate pair as one character (ASCII answered without a regular expression).
 */
function isWordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const pair = code >= 0xdc00 && code <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return WORD_CHAR.test(text.slice(pair ? i - 2 : i - 1, i));
}

/** One lexicon of the scanner: its words, and the compound tails that may start it inside a word. */
export interface LexiconSource {
  /** The alternation, as a regular expression source. */
  source: string;
  /** Literal word parts ("export", "verbot") at which the lexicon may start inside a word. */
  tails: readonly string[];
}

/**
 * A top-level alternative of a lexicon, the literal prefixes one of which starts each of its matches,
 * and the strings one of which each of its matches holds (null: none known).
 */
interface Alternative {
  source: string;
  prefixes: ReadonlySet<string>;
  /** Null also where the alternative has no literal prefixes: it is then scanned unanchored. */
  required: readonly string[] | null;
}

/** An anchored try: an alternative's expression and its number among all the scanner's alternatives. */
interface Try {
  id: number;
  re: RegExp;
}

/**
 * A run of consecutive alternatives that all have literal prefixes, tried anchored at the candidate
 * positions of its bit. At a position only the alternatives one of whose prefixes stands there run, each
 * on its own and in their order: the others cannot match there, so the first that does is the one the
 * whole alternation would give. An anchored try of a whole lexicon tested its hundred alternatives one
 * after another (about 5,000 instructions); this cut 52.1 -> 50.6 M instructions per article. Which
 * alternatives to run depends only on the deepest node of the prefix trie there, so it is listed once
 * per node. The alternatives run without the word-start lookarounds: the candidate positions already
 * are exactly where those hold, and a lookbehind over all letters in each of 700 expressions made the
 * first articles pay for compiling it.
 */
class StickySegment {
  private readonly byNode = new Map<number, Try[]>();
  private readonly compiled: (RegExp | undefined)[] = [];
  /** The alternatives (their indices) a prefix starts, by the trie node where the prefix ends. */
  private endings: Map<number, number[]> | undefined;

  /** `firstId` numbers the segment's alternatives among all the scanner's (firstId, firstId + 1, ...). */
  constructor(
    readonly index: number,
    private readonly alternatives: readonly Alternative[],
    private readonly firstId: number,
  ) {}

  /**
   * The anchored expressions to try, in order, where the walk of `trie` ends at `node`. The lists are kept
   * by node, so every call must pass the same trie (the scanner's prefix trie, built after its segments).
   */
  triesAt(trie: PrefixTrie, node: number): Try[] {
    let tries = this.byNode.get(node);
    if (tries === undefined) {
      tries = this.chosen(trie, node).map((i) => ({ id: this.firstId + i, re: this.compiledAt(i) }));
      this.byNode.set(node, tries);
    }
    return tries;
  }

  /** The indices, ascending, of the alternatives with a prefix that ends on the path to `node`. */
  private chosen(trie: PrefixTrie, node: number): number[] {
    if (this.endings === undefined) {
      const endings = new Map<number, number[]>();
      this.alternatives.forEach((a, i) => {
        for (const p of a.prefixes) {
          const end = trie.nodeOf(p);
          const list = endings.get(end);
          if (list === undefined) endings.set(end, [i]);
          else list.push(i);
        }
      });
      this.endings = endings;
    }
    const chosen = new Set<number>();
    for (let n = node; n !== 0; n = trie.parentOf(n))
      for (const i of this.endings.get(n) ?? []) chosen.add(i);
    return [...chosen].sort((x, y) => x - y);
  }

  private compiledAt(i: number): RegExp {
    let re = this.compiled[i];
    if (re === undefined) {
      re = new RegExp(this.alternatives[i]?.source ?? '', 'uy');
      this.compiled[i] = re;
    }
    return re;
  }
}

/**
 * Alternatives that may start without literal text, scanned unanchored (`global`), and strings one of
 * which each of their matches holds (null: none known). A text with none of them is not scanned: the
 * delay lexicon's "\p{L}*(?:probleme|...)...brems\w*..." tried at every word cost 5.3 of 59.4 M
 * instructions per real article.
 */
interface GlobalSegment {
  global: RegExp[];
  required: readonly string[] | null;
}

/** Per text: the candidate positions of each prefixed segment, and per alternative id whether it may match (1). */
interface Candidates {
  bySegment: number[][];
  possible: Uint8Array;
}

/**
 * Consecutive alternatives of a lexicon that are scanned alike: anchored at the candidate positions of
 * their literal prefixes, or unanchored when one of them may start without literal text.
 */
type Segment = StickySegment | GlobalSegment;

/**
 * Scanners for several lexicons over the same texts. A match starts at a word start or, inside a
 * word, where one of the lexicon's tails begins (the lexicon's own wording may demand more).
 */
export class TriggerScanner<K extends string> {
  private readonly lexicons = new Map<K, Segment[]>();
  private segmentCount = 0;
  private readonly starts: PrefixTrie;
  private readonly tails: PrefixTrie;
  /** The strings that anchored alternatives need, by alternative id, and the ids that need none. */
  private readonly literalGate: LiteralAutomaton;
  private readonly unconditional: number[] = [];
  private alternativeCount = 0;
  private lastText: string | undefined;
  private lastCandidates: Candidates = { bySegment: [], possible: new Uint8Array(0) };

  constructor(sources: Readonly<Record<K, LexiconSource>>) {
    const starts: [string, number][] = [];
    const tails: [string, number][] = [];
    const gateLiterals: [string, number][] = [];
    for (const [key, lexicon] of Object.entries(sources) as [K, LexiconSource][]) {
      const notLiteral = lexicon.tails.find((t) => !/^\p{Ll}+$/u.test(t));
      if (notLiteral !== undefined)
        throw new Error(`compound tail "${notLiteral}" must be lower-case letters`);
      const inWord = lexicon.tails.length > 0 ? `|(?=${lexicon.tails.join('|')})` : '';
      const wrap = (alt: string): string => `(?:(?<![\\p{L}\\p{N}])${inWord})(?:${alt})`;
      this.lexicons.set(
        key,
        segmentsOf(lexicon.source).map(({ alternatives, prefixed }): Segment => {
          // a mask holds 31 segments; any beyond them are scanned like those without prefixes
          if (!prefixed || this.segmentCount === 31) {
            const source = alternatives.map((a) => a.source).join('|');
            return { global: chunkedScanner(source, wrap), required: requiredLiterals(source) };
          }
          const index = this.segmentCount++;
          for (const a of alternatives) for (const p of a.prefixes) starts.push([p, 1 << index]);
          // the lookahead asks for the whole tail
          for (const t of lexicon.tails) tails.push([t, 1 << index]);
          const firstId = this.alternativeCount;
          alternatives.forEach((a, i) => {
            if (a.required === null || a.required.includes('')) this.unconditional.push(firstId + i);
            else for (const r of a.required) gateLiterals.push([r, firstId + i]);
          });
          this.alternativeCount += alternatives.length;
          return new StickySegment(index, alternatives, firstId);
        }),
      );
    }
    this.starts = new PrefixTrie(starts);
    this.tails = new PrefixTrie(tails);
    this.literalGate = new LiteralAutomaton(gateLiterals);
  }

  /**
   * The positions of `text` where each prefixed segment may start, read in one pass (kept for the last
   * text): where one of its prefixes stands and the lexicon's word-start lookarounds hold; and which
   * anchored alternatives may match in `text` at all.
   */
  private candidates(text: string): Candidates {
    if (text === this.lastText) return this.lastCandidates;
    const bySegment: number[][] = [];
    for (let s = 0; s < this.segmentCount; s++) bySegment.push([]);
    for (let i = 0; i < text.length; i++) {
      // inside a word only a compound tail may start a trigger, and few positions start one
      let mask = isWordCharBefore(text, i) ? this.tails.masksAt(text, i) : -1;
      if (mask === 0) continue;
      mask &= this.starts.masksAt(text, i);
      for (let s = 0; mask !== 0; s++, mask >>>= 1) if ((mask & 1) !== 0) bySegment[s]?.push(i);
    }
    // a fresh array per text: a scan made for another text may still be asked for its next match
    const possible = new Uint8Array(this.alternativeCount);
    for (const id of this.unconditional) possible[id] = 1;
    this.literalGate.mark(text, possible);
    this.lastText = text;
    this.lastCandidates = { bySegment, possible };
    return this.lastCandidates;
  }

  /** The leftmost match of a prefixed segment at or after `from`, tried at its candidate positions only. */
  private stickyScan(segment: StickySegment, text: string): Scan {
    const { bySegment, possible } = this.candidates(text);
    const positions = bySegment[segment.index] ?? [];
    let next = 0;
    return (from) => {
      for (; next < positions.length; next++) {
        const at = positions[next] ?? 0;
        if (at < from) continue;
        for (const { id, re } of segment.triesAt(this.starts, this.starts.deepestAt(text, at))) {
          // of 780 anchored tries per article 750 failed, most of them in sentences without the strings
          // the alternative needs ("verlegt", "hugging face", a per-cent figure with "stieg")
          if (possible[id] === 0) continue;
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
      'global' in seg ? globalScan(seg, text) : this.stickyScan(seg, text),
    );
    return scans.length === 1 && scans[0] !== undefined ? scans[0] : leftmostOf(scans);
  }
}

/** The unanchored scan of a segment, or none where `text` lacks every string its matches need. */
function globalScan(segment: GlobalSegment, text: string): Scan {
  const { required } = segment;
  if (required !== null && !required.some((r) => text.includes(r))) return () => null;
  return chunkScan(segment.global, text);
}

/**
 * A lexicon's top-level alternatives in runs that are scanned alike: runs whose every alternative has
 * literal prefixes, and runs of those that have none. Order is kept, so an earlier run still wins a tie.
 */
function segmentsOf(source: string): { alternatives: Alternative[]; prefixed: boolean }[] {
  const out: { alternatives: Alternative[]; prefixed: boolean }[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    let prefixes = fewLongestPrefixes(alternative, PREFIX_LENGTH, MAX_PREFIX_LENGTH, MAX_PREFIXES);
    // a candidate inside a surrogate pair would be read differently by the lookbehind the scan leaves out
    if ([...(prefixes ?? [])].some((p) => (p.charCodeAt(0) & 0xfc00) === 0xdc00)) prefixes = null;
    const entry = {
      source: alternative,
      prefixes: prefixes ?? new Set<string>(),
      required: prefixes === null ? null : requiredLiterals(alternative),
    };
    const last = out[out.length - 1];
    if (last !== undefined && last.prefixed === (prefixes !== null)) last.alternatives.push(entry);
    else out.push({ alternatives: [entry], prefixed: prefixes !== null });
  }
  return out;
}
