/**
 * Finds every knowledge-base alias in a text by longest match over atoms. This is the gazetteer
 * step only: ambiguous aliases are reported with a flag and resolved by link-entities.ts, which sees
 * the whole text.
 */
import { toAtoms, type Atom } from './atoms.js';
import type { KbEntry, KnowledgeBase } from './knowledge-base.js';

export interface AliasMatch {
  entry: KbEntry;
  alias: string;
  start: number;
  end: number;
  /** The alias is listed in `entry.ambiguous` and needs context to link. */
  ambiguous: boolean;
  /** The atom right after the match when it is attached by a hyphen (a compound head or variant). */
  hyphenNext: Atom | null;
}

interface Pattern {
  entry: KbEntry;
  alias: string;
  atoms: string[];
  ambiguous: boolean;
  /**
   * Per atom, the punctuation that glues it to the previous one inside the alias ("." in "01.AI",
   * "Z.ai", "JD.com"; "·" in "DALL·E"), else null. Such an atom must follow the same punctuation in
   * the text, where it would otherwise count as a hard break that no alias may cross.
   */
  seps: (string | null)[];
  /**
   * The atoms as written, when the spelling must match exactly: an unambiguous spelling ("ERNIE",
   * "LLaMA") of an alias that the entry also lists in another spelling marked ambiguous ("Ernie",
   * "Llama"). Any other spelling of those atoms then goes through the ambiguity rules.
   */
  exact: string[] | null;
}

const indexCache = new WeakMap<KnowledgeBase, Map<string, Pattern[]>>();

function buildIndex(kb: KnowledgeBase): Map<string, Pattern[]> {
  const index = new Map<string, Pattern[]>();
  for (const entry of kb.entries) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    const key = (alias: string): string =>
      toAtoms(alias)
        .map((a) => a.lower)
        .join(' ');
    const ambiguousKeys = new Set([...ambiguous].map(key));
    for (const alias of entry.aliases) {
      const parsed = toAtoms(alias);
      const atoms = parsed.map((a) => a.lower);
      const first = atoms[0];
      if (first === undefined) continue;
      const seps = parsed.map((a, k) =>
        k > 0 && a.join === 'hard' ? alias.slice(parsed[k - 1]?.end ?? 0, a.start) : null,
      );
      const isAmbiguous = ambiguous.has(alias);
      const exact = !isAmbiguous && ambiguousKeys.has(key(alias)) ? parsed.map((a) => a.text) : null;
      const list = index.get(first) ?? [];
      list.push({ entry, alias, atoms, ambiguous: isAmbiguous, seps, exact });
      index.set(first, list);
    }
  }
  // longest first; at equal length an exact spelling before the ambiguous one it shadows
  for (const list of index.values())
    list.sort(
      (a, b) => b.atoms.length - a.atoms.length || Number(b.exact !== null) - Number(a.exact !== null),
    );
  return index;
}

function indexFor(kb: KnowledgeBase): Map<string, Pattern[]> {
  let index = indexCache.get(kb);
  if (!index) {
    index = buildIndex(kb);
    indexCache.set(kb, index);
  }
  return index;
}

/** Text atom equals pattern atom, allowing a genitive/plural "s" on the last atom ("Huaweis"). */
function atomMatches(text: Atom, pattern: string, last: boolean): boolean {
  if (text.lower === pattern) return true;
  return last && !text.isDigit && pattern.length >= 3 && text.lower === `${pattern}s`;
}

/** An opening quote before a quoted part of a name; a closing quote after a word ends the name there. */
const QUOTED_PART = /^ ?"$/;

function matchAt(text: string, atoms: Atom[], i: number, pattern: Pattern): number {
  const n = pattern.atoms.length;
  for (let k = 0; k < n; k += 1) {
    const atom = atoms[i + k];
    const p = pattern.atoms[k];
    if (atom === undefined || p === undefined) return 0;
    const sep = pattern.seps[k] ?? null;
    if (sep !== null) {
      const prev = atoms[i + k - 1];
      if (atom.join !== 'hard' || prev === undefined || text.slice(prev.end, atom.start) !== sep) return 0;
    } else if (k > 0 && atom.join === 'hard') {
      // a quoted part of a name ('Llama 4 "Behemoth"') continues it; any other break ends it
      const prev = atoms[i + k - 1];
      if (prev === undefined || !QUOTED_PART.test(text.slice(prev.end, atom.start))) return 0;
    }
    if (!atomMatches(atom, p, k === n - 1)) return 0;
    const written = pattern.exact?.[k];
    if (written !== undefined && atom.text !== written && atom.text !== `${written}s`) return 0;
  }
  const next = atoms[i + n];
  // "B30A" is not "B30", "XH20" is not "H20": a match must end at an atom boundary
  if (next?.join === 'glued' && next.lower !== 's') return 0;
  return n;
}

function caseFits(atom: Atom, alias: string): boolean {
  const a = atom.text[0] ?? '';
  const b = alias[0] ?? '';
  return a === b || a.toLowerCase() === a.toUpperCase();
}

/**
 * Returns the alias matches in `text` from left to right, longest alias first at each position,
 * never overlapping. Ambiguous aliases only match with the capitalisation they are listed with.
 */
export function matchAliases(text: string, kb: KnowledgeBase): AliasMatch[] {
  const index = indexFor(kb);
  const atoms = toAtoms(text);
  const out: AliasMatch[] = [];
  let i = 0;
  while (i < atoms.length) {
    const atom = atoms[i];
    if (atom === undefined) break;
    if (atom.join === 'glued') {
      i += 1;
      continue;
    }
    let candidates = index.get(atom.lower);
    if (candidates === undefined && atom.lower.endsWith('s')) candidates = index.get(atom.lower.slice(0, -1));
    let matched = false;
    for (const pattern of candidates ?? []) {
      const n = matchAt(text, atoms, i, pattern);
      if (n === 0) continue;
      if (pattern.ambiguous && !caseFits(atom, pattern.alias)) continue;
      const last = atoms[i + n - 1] ?? atom;
      const next = atoms[i + n];
      out.push({
        entry: pattern.entry,
        alias: pattern.alias,
        start: atom.start,
        end: next?.join === 'glued' ? next.end : last.end,
        ambiguous: pattern.ambiguous,
        hyphenNext: next?.join === 'hyphen' ? next : null,
      });
      i += n;
      matched = true;
      break;
    }
    if (!matched) i += 1;
  }
  return out;
}
