/**
 * The literal text every match of a regular expression must start with: a small static analysis of a
 * pattern's source that lets a scanner skip the positions where no alternative can begin (see
 * trigger-scanner.ts). The answer is a necessary condition, never a sufficient one: lookarounds and
 * anchors are read as matching anything, and a wide class (`\p{L}`, `\s`, `[^.]`, `.`) ends a prefix
 * where it stands, so a shorter prefix only admits more positions, never fewer.
 *
 * The same analysis names strings one of which every match holds anywhere ({@link requiredLiterals}),
 * so that a pattern without a literal start need not run over a text that lacks them all.
 *
 * Only the syntax the project's lexicons use is understood; anything else makes the analysis give up
 * (null), and a scanner then tries every position as before.
 */

/** One way a pattern can start: its first characters, and whether they are all it matches. */
interface Start {
  text: string;
  /** The pattern can match exactly `text` (so what follows it continues the prefix). */
  whole: boolean;
}

type Atom =
  | { kind: 'chars'; chars: string[] | null } // null: too many to list
  | { kind: 'empty' } // zero-width: anchors and lookarounds
  | { kind: 'group'; alternatives: Item[][] };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Classes of up to this many characters are listed; wider ones end the prefix. */
const MAX_CLASS = 12;

class Unsupported extends Error {}

/** The characters that stand for themselves after a backslash. */
const IDENTITY_ESCAPES = new Set([
  '^',
  '$',
  '\\',
  '.',
  '*',
  '+',
  '?',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '/',
  '-',
]);

/**
 * Characters an escape stands for (null: a wide class). Only the escapes the lexicons use are read;
 * any other letter or digit escape (`\r`, `\u0041`, `\1`, a class's `\b`) gives up.
 */
function escapeChars(source: string, i: number): { chars: string[] | null; next: number } {
  const c = source[i + 1] ?? '';
  if (c === 'd') return { chars: DIGITS, next: i + 2 };
  if (c === 'p' || c === 'P') {
    const close = source.indexOf('}', i);
    if (source[i + 2] !== '{' || close < 0) throw new Unsupported(source.slice(i, i + 4));
    return { chars: null, next: close + 1 };
  }
  if ('sSwWD'.includes(c) && c !== '') return { chars: null, next: i + 2 };
  if (c === 'n') return { chars: ['\n'], next: i + 2 };
  if (c === 't') return { chars: ['\t'], next: i + 2 };
  if (IDENTITY_ESCAPES.has(c)) return { chars: [c], next: i + 2 };
  throw new Unsupported(`\\${c}`);
}

/** One class member starting at `j`: a code point of the Basic Multilingual Plane (astral ones give up). */
function classMember(source: string, j: number): { char: string; next: number } {
  const cp = source.codePointAt(j) ?? 0;
  if (cp > 0xffff) throw new Unsupported('astral character in a class');
  return { char: String.fromCharCode(cp), next: j + 1 };
}

/** A character class `[...]` starting at `i`: its characters when few, else null. */
function parseClass(source: string, i: number): { chars: string[] | null; next: number } {
  let j = i + 1;
  const negated = source[j] === '^';
  if (negated) j += 1;
  const chars: string[] = [];
  let wide = negated;
  while (j < source.length && source[j] !== ']') {
    if (source[j] === '\\') {
      const e = escapeChars(source, j);
      j = e.next;
      // a range from an escape ("[\--\/]") is not read
      if (source[j] === '-' && source[j + 1] !== ']') throw new Unsupported('range from an escape');
      if (e.chars === null) wide = true;
      else chars.push(...e.chars);
      continue;
    }
    const member = classMember(source, j);
    j = member.next;
    if (source[j] === '-' && source[j + 1] !== ']' && source[j + 1] !== undefined) {
      if (source[j + 1] === '\\') throw new Unsupported('range to an escape');
      const to = classMember(source, j + 1);
      j = to.next;
      const from = member.char.charCodeAt(0);
      const last = to.char.charCodeAt(0);
      if (last - from + 1 > MAX_CLASS) wide = true;
      else for (let cp = from; cp <= last; cp++) chars.push(String.fromCharCode(cp));
      continue;
    }
    chars.push(member.char);
  }
  if (source[j] !== ']') throw new Unsupported('unclosed class');
  return { chars: wide || chars.length > MAX_CLASS ? null : chars, next: j + 1 };
}

/** A quantifier at `i`, if any: its bounds and where the pattern goes on. */
function parseQuantifier(source: string, i: number): { min: number; max: number; next: number } {
  const c = source[i];
  let q: { min: number; max: number; next: number } | undefined;
  if (c === '?') q = { min: 0, max: 1, next: i + 1 };
  else if (c === '*') q = { min: 0, max: Infinity, next: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, next: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(source.slice(i));
    if (m !== null) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      q = { min, max, next: i + m[0].length };
    }
  }
  if (q === undefined) return { min: 1, max: 1, next: i };
  if (source[q.next] === '?') q.next += 1;
  return q;
}

/** Parses alternatives from `i` up to a closing parenthesis or the end. */
function parseAlternatives(source: string, i: number): { alternatives: Item[][]; next: number } {
  const alternatives: Item[][] = [[]];
  let j = i;
  while (j < source.length && source[j] !== ')') {
    const c = source[j] ?? '';
    if (c === '|') {
      alternatives.push([]);
      j += 1;
      continue;
    }
    let atom: Atom;
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/u.exec(source.slice(j))?.[0] ?? '(';
      if (head === '(' && source[j + 1] === '?') throw new Unsupported(source.slice(j, j + 4));
      const inner = parseAlternatives(source, j + head.length);
      if (source[inner.next] !== ')') throw new Unsupported('unclosed group');
      const lookaround = /^\(\?(?:[=!]|<[=!])$/u.test(head);
      atom = lookaround ? { kind: 'empty' } : { kind: 'group', alternatives: inner.alternatives };
      j = inner.next + 1;
    } else if (c === '[') {
      const cls = parseClass(source, j);
      atom = { kind: 'chars', chars: cls.chars };
      j = cls.next;
    } else if (c === '\\') {
      if (source[j + 1] === 'b' || source[j + 1] === 'B') {
        atom = { kind: 'empty' };
        j += 2;
      } else {
        const e = escapeChars(source, j);
        atom = { kind: 'chars', chars: e.chars };
        j = e.next;
      }
    } else if (c === '^' || c === '$') {
      atom = { kind: 'empty' };
      j += 1;
    } else if (c === '.') {
      atom = { kind: 'chars', chars: null };
      j += 1;
    } else {
      const cp = source.codePointAt(j) ?? 0;
      const char = String.fromCodePoint(cp);
      atom = { kind: 'chars', chars: [char] };
      j += char.length;
    }
    const q = parseQuantifier(source, j);
    j = q.next;
    alternatives[alternatives.length - 1]?.push({ atom, min: q.min, max: q.max });
  }
  return { alternatives, next: j };
}

/** The ways one atom can start, up to `budget` characters. */
function atomStarts(atom: Atom, budget: number): Start[] {
  if (atom.kind === 'empty') return [{ text: '', whole: true }];
  if (atom.kind === 'chars')
    return atom.chars === null
      ? [{ text: '', whole: false }]
      : atom.chars.map((text) => ({ text, whole: true }));
  return distinct(atom.alternatives.flatMap((seq) => seqStarts(seq, 0, budget)));
}

function distinct(starts: readonly Start[]): Start[] {
  const byKey = new Map(starts.map((s) => [`${s.whole ? 1 : 0}${s.text}`, s]));
  return [...byKey.values()];
}

/** The ways `seq` from item `i` on can start, up to `budget` characters. */
function seqStarts(seq: readonly Item[], i: number, budget: number): Start[] {
  const item = seq[i];
  if (item === undefined || budget === 0) return [{ text: '', whole: item === undefined }];
  const out: Start[] = item.min === 0 ? seqStarts(seq, i + 1, budget) : [];
  if (item.max === 0) return out;
  const rest: Item[] = [{ ...item, min: Math.max(0, item.min - 1), max: item.max - 1 }, ...seq.slice(i + 1)];
  for (const first of atomStarts(item.atom, budget)) {
    if (!first.whole || first.text.length >= budget) out.push({ text: first.text, whole: false });
    // an atom that matched nothing: the repetitions left may match nothing too
    else if (first.text === '') out.push(...seqStarts(seq, i + 1, budget));
    else
      for (const next of seqStarts(rest, 0, budget - first.text.length))
        out.push({ text: first.text + next.text, whole: next.whole });
  }
  return distinct(out);
}

/** The parsed alternatives of `source`, or null when its syntax is not understood. */
function parse(source: string): Item[][] | null {
  try {
    const parsed = parseAlternatives(source, 0);
    return parsed.next === source.length ? parsed.alternatives : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** The prefixes of up to `length` characters of parsed alternatives (see {@link literalPrefixes}). */
function prefixesOfParsed(alternatives: readonly Item[][], length: number): Set<string> | null {
  const out = new Set<string>();
  for (const seq of alternatives)
    for (const start of seqStarts(seq, 0, length)) {
      if (start.text === '') return null;
      out.add(start.text);
    }
  return out;
}

/**
 * The strings of up to `length` characters one of which starts every match of `source` (a pattern
 * without the `i` flag), or null when some match may start without literal text the analysis can
 * name. Shorter strings stand where a pattern ends early or goes on with a wide class.
 */
export function literalPrefixes(source: string, length: number): Set<string> | null {
  const alternatives = parse(source);
  return alternatives === null ? null : prefixesOfParsed(alternatives, length);
}

/**
 * {@link literalPrefixes} at the greatest length from `length` up to `maxLength` that gives at most
 * `maxCount` strings (at `length` itself, however many). Longer prefixes rule out more positions, but
 * optional parts and classes multiply them; the source is parsed once for all lengths.
 */
export function fewLongestPrefixes(
  source: string,
  length: number,
  maxLength: number,
  maxCount: number,
): Set<string> | null {
  const alternatives = parse(source);
  if (alternatives === null) return null;
  let prefixes = prefixesOfParsed(alternatives, length);
  for (let longer = length + 1; longer <= maxLength && prefixes !== null; longer++) {
    if (prefixes.size > maxCount) break;
    const next = prefixesOfParsed(alternatives, longer);
    if (next === null || next.size > maxCount) break;
    // no prefix grew: none will at any greater length
    const grew = [...next].some((p) => !prefixes?.has(p));
    prefixes = next;
    if (!grew) break;
  }
  return prefixes;
}

/** Strings kept per set of {@link requiredLiterals}; a longer cross product is cut where it stands. */
const MAX_REQUIRED = 64;

/** Every string of `left` followed by every string of `right`, or null beyond {@link MAX_REQUIRED}. */
function crossed(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > MAX_REQUIRED) return null;
  return [...new Set(left.flatMap((l) => right.map((r) => l + r)))];
}

/** All texts a sequence can match, when they are few and it has no wide class or open repetition. */
function finiteTexts(seq: readonly Item[]): string[] | null {
  let out: string[] | null = [''];
  for (const item of seq) {
    if (item.atom.kind === 'empty') continue;
    const once = atomTexts(item.atom);
    if (once === null || item.max > 1 || out === null) return null;
    out = crossed(out, item.min === 0 ? ['', ...once] : once);
  }
  return out;
}

function atomTexts(atom: Atom): string[] | null {
  if (atom.kind === 'chars') return atom.chars;
  if (atom.kind === 'empty') return [''];
  const texts: string[] = [];
  for (const seq of atom.alternatives) {
    const own = finiteTexts(seq);
    if (own === null) return null;
    texts.push(...own);
  }
  return texts.length > MAX_REQUIRED ? null : [...new Set(texts)];
}

/**
 * Sets of strings such that every match of `seq` holds a string of each set, read from runs of items
 * that match text side by side: a zero-width item keeps a run going, an optional or wide item ends it.
 */
function requiredSets(seq: readonly Item[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [''];
  const end = (): void => {
    if (!run.includes('')) out.push(run);
    run = [''];
  };
  for (const item of seq) {
    if (item.atom.kind === 'empty') continue;
    const texts = finiteTexts([item]);
    const next = texts === null ? null : crossed(run, texts);
    if (next !== null) {
      run = next;
      continue;
    }
    end();
    if (item.min === 0) continue;
    // a repeated or wide item that must match once: its own required strings
    const inner = item.atom.kind === 'group' ? requiredOfAlternatives(item.atom.alternatives) : null;
    if (inner !== null) out.push(inner);
  }
  end();
  return out;
}

/** The best required set (see {@link requiredSets}) of each alternative, joined; null if one has none. */
function requiredOfAlternatives(alternatives: readonly Item[][]): string[] | null {
  const out = new Set<string>();
  for (const seq of alternatives) {
    const best = bestSet(requiredSets(seq));
    if (best === null) return null;
    for (const s of best) out.add(s);
  }
  return out.size > MAX_REQUIRED ? null : [...out];
}

/** Of several required sets the one that rules out most: few strings, none short. */
function bestSet(sets: readonly string[][]): string[] | null {
  const shortest = (set: readonly string[]): number => Math.min(...set.map((s) => s.length));
  const score = (set: readonly string[]): number => (shortest(set) >= 4 ? 0 : 1000) + set.length;
  let best: string[] | null = null;
  for (const set of sets) if (best === null || score(set) < score(best)) best = set;
  return best;
}

/**
 * Strings one of which every match of `source` (a pattern without the `i` flag) contains, or null
 * when the analysis finds none. A scan of a text that holds none of them can find nothing: an
 * alternative without a literal start ("\p{L}*(?:probleme|...)...brems\w*...") need not run.
 */
export function requiredLiterals(source: string): string[] | null {
  const alternatives = parse(source);
  return alternatives === null ? null : requiredOfAlternatives(alternatives);
}
