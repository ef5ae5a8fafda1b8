/**
 * Which of many literal strings stand in a text, found in one pass: an Aho-Corasick automaton over
 * UTF-16 code units with a full transition table, so that each code unit costs a few array reads and no
 * backtracking. The
 * trigger scanner uses it to leave out, per sentence, the alternatives of its lexicons that cannot
 * match there because the sentence lacks every string each of their matches needs.
 */

/**
 * A table of `states * width` state numbers, two bytes each while the numbers fit: the per-character
 * walks read it at every position of every sentence, and at four bytes the trigger scanner's prefix trie
 * took 2.1 MB and this automaton 1.5 MB, more than a core's cache holds.
 */
export function nodeTable(states: number, width: number): Uint16Array | Int32Array {
  return states <= 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
}

/**
 * A trie of strings over UTF-16 code units, as the flat automata here start from: the code units the
 * strings use numbered from 1 (`symbols`, 0 for all others, `width` numbers in all), each node's children
 * by number (node 0 is the root, a parent is numbered before its children), and the node where each
 * string ends, in the order given.
 */
export interface CodeUnitTrie {
  symbols: Uint16Array;
  width: number;
  children: Map<number, number>[];
  parents: number[];
  ends: number[];
}

/** The {@link CodeUnitTrie} of `strings`. */
export function codeUnitTrie(strings: readonly string[]): CodeUnitTrie {
  const symbols = new Uint16Array(0x10000);
  let width = 1;
  for (const text of strings)
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (symbols[code] === 0) symbols[code] = width++;
    }
  const children = [new Map<number, number>()];
  const parents = [0];
  const ends = strings.map((text) => {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)] ?? 0;
      let child = children[node]?.get(symbol);
      if (child === undefined) {
        child = children.length;
        children[node]?.set(symbol, child);
        children.push(new Map<number, number>());
        parents.push(node);
      }
      node = child;
    }
    return node;
  });
  return { symbols, width, children, parents, ends };
}

/**
 * A deterministic automaton over UTF-16 code units that finds which of its strings a text holds; each
 * string is given with an id (several strings may share one), and {@link LiteralAutomaton.mark} sets
 * the ids of those found. Code units no string uses share symbol 0, which leads back to the root.
 */
export class LiteralAutomaton {
  private readonly symbols: Uint16Array;
  private readonly width: number;
  private readonly delta: Uint16Array | Int32Array;
  /** Per state, the ids of the strings that end there, or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(literals: readonly (readonly [text: string, id: number])[]) {
    for (const [text, id] of literals)
      // the empty string stands in every text and would have no state of its own to report it from
      if (text === '') throw new Error(`literal automaton: an empty string (id ${id}) cannot be found`);
    const trie = codeUnitTrie(literals.map(([text]) => text));
    this.symbols = trie.symbols;
    this.width = trie.width;
    const own = trie.children.map(() => new Set<number>());
    literals.forEach(([, id], i) => own[trie.ends[i] ?? 0]?.add(id));
    this.delta = nodeTable(trie.children.length, trie.width);
    this.outputs = own.map((set) => (set.size > 0 ? [...set] : undefined));
    this.link(trie.children);
  }

  /** Fills the transition table breadth-first from the failure links, merging outputs along them. */
  private link(goto: readonly Map<number, number>[]): void {
    const { width, delta, outputs } = this;
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (const [symbol, child] of goto[0] ?? []) {
      delta[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const back = fail[state] ?? 0;
      const inherited = outputs[back];
      if (inherited !== undefined) outputs[state] = [...new Set([...(outputs[state] ?? []), ...inherited])];
      for (let symbol = 0; symbol < width; symbol++) {
        const child = goto[state]?.get(symbol);
        const viaFail = delta[back * width + symbol] ?? 0;
        if (child === undefined) delta[state * width + symbol] = viaFail;
        else {
          delta[state * width + symbol] = child;
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
  }

  /**
   * Sets `marks[id]` to 1 for the id of every string found in `text`. Marks are never cleared, so a
   * caller may set some ids beforehand (the trigger scanner's alternatives that need no string).
   */
  mark(text: string, marks: Uint8Array): void {
    const { symbols, delta, width, outputs } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + (symbols[text.charCodeAt(i)] ?? 0)] ?? 0;
      const found = outputs[state];
      if (found !== undefined) for (const id of found) marks[id] = 1;
    }
  }
}
