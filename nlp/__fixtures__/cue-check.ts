/**
 * Test helpers for cheap pre-tests ("cues") that guard expensive regular expressions: a cue is only
 * correct when every match of the pattern it guards implies it. {@link checkCue} runs a pattern and
 * each of its alternatives, one branch at a time, over a corpus and reports the matches whose own text
 * lacks the cue, and the alternatives no corpus text exercises (a new alternative without an example).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CueCheck } from '../cue-check-type.js';

/** The `text` of every passage in nlp/__fixtures__/*.jsonl. */
export function fixtureTexts(): string[] {
  const dir = new URL('./', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
}

/** One alternative of a pattern: the pattern narrowed so that it can only match through one branch. */
export interface Branch {
  /** The alternation's branches, shortened, and the branch kept (for messages). */
  label: string;
  pattern: RegExp;
}

interface Group {
  /** Offset of the group's content (after `(`, `(?:`, `(?<=` ...) in the source. */
  start: number;
  /** Offset of its closing parenthesis (the source's length for the top level). */
  end: number;
  /** Offsets of the `|` that separate its branches. */
  bars: number[];
  /** The enclosing group (undefined for the top level). */
  parent: Group | undefined;
  /** Inside a negative lookaround: narrowing a branch there widens the pattern, so it is skipped. */
  negative: boolean;
}

/** The groups of a pattern's source, the top level first; escapes and classes are stepped over. */
function groupsOf(source: string): Group[] {
  const top: Group = { start: 0, end: source.length, bars: [], parent: undefined, negative: false };
  const done: Group[] = [top];
  const open: Group[] = [top];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const current = open[open.length - 1] ?? top;
    if (c === '\\') i += 1;
    else if (c === '[') {
      for (i += 1; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i += 1;
    } else if (c === '|') current.bars.push(i);
    else if (c === '(') {
      const head = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/u.exec(source.slice(i))?.[0] ?? '(';
      const negative = current.negative || head === '(?!' || head === '(?<!';
      open.push({ start: i + head.length, end: -1, bars: [], parent: current, negative });
      i += head.length - 1;
    } else if (c === ')') {
      const g = open.pop();
      if (g === undefined || g === top) throw new Error(`unbalanced ) in ${source}`);
      g.end = i;
      done.push(g);
    }
  }
  if (open.length !== 1) throw new Error(`unbalanced ( in ${source}`);
  return done;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** An edit that makes a group's quantifier (right after `end`) take the group at least once, if it may skip it. */
function atLeastOnce(source: string, end: number): Edit | null {
  const q = /^(?:\?|\*|\{0,(\d*)\})\??/u.exec(source.slice(end + 1));
  if (q === null) return null;
  const lazy = q[0].length > 1 && q[0].endsWith('?') ? '?' : '';
  const text = q[0].startsWith('?') ? '' : q[0].startsWith('*') ? `+${lazy}` : `{1,${q[1] ?? ''}}${lazy}`;
  return { from: end + 1, to: end + 1 + q[0].length, text };
}

/** The branches of `g` as [from, to) offsets. */
function branchSpans(g: Group): [number, number][] {
  const cuts = [g.start - 1, ...g.bars, g.end];
  return cuts.slice(1).map((to, b) => [(cuts[b] ?? 0) + 1, to]);
}

/**
 * The branches of every alternation in `re` (the top level and every group, except inside negative
 * lookarounds and groups whose content is one of `opaque`, such as a lexicon's month names), each as a
 * pattern that can match only through that branch: every enclosing alternation keeps only the branch
 * that holds it, and an optional enclosing group (`?`, `*`, `{0,n}`) becomes required. Capture groups
 * keep their numbers.
 */
export function branchesOf(re: RegExp, opaque: readonly string[] = []): Branch[] {
  const source = re.source;
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const out: Branch[] = [];
  for (const g of groupsOf(source)) {
    if (g.bars.length === 0 || g.negative) continue;
    const content = source.slice(g.start, g.end);
    if (opaque.includes(content)) continue;
    // the enclosing groups: keep the branch holding `g`, make the group required
    const around: Edit[] = [];
    for (let inner = g, outer = g.parent; outer !== undefined; inner = outer, outer = outer.parent) {
      const q = outer.parent === undefined ? null : atLeastOnce(source, outer.end);
      if (q !== null) around.push(q);
      const [from, to] = branchSpans(outer).find(([f, t]) => f <= inner.start && inner.end <= t) ?? [0, 0];
      around.push({ from: outer.start, to: from, text: '' }, { from: to, to: outer.end, text: '' });
    }
    const own = g.parent === undefined ? null : atLeastOnce(source, g.end);
    for (const [from, to] of branchSpans(g)) {
      const edits = [
        ...around,
        ...(own === null ? [] : [own]),
        { from: g.start, to: from, text: '' },
        { from: to, to: g.end, text: '' },
      ].sort((a, b) => b.from - a.from);
      let narrowed = source;
      for (const e of edits) narrowed = narrowed.slice(0, e.from) + e.text + narrowed.slice(e.to);
      const short = content.length > 60 ? `${content.slice(0, 60)}…` : content;
      out.push({ label: `${short} → ${source.slice(from, to)}`, pattern: new RegExp(narrowed, flags) });
    }
  }
  return out;
}

/** The texts of all matches of `re` (run globally) in `text`. */
export function matchTexts(re: RegExp, text: string): string[] {
  const g = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
  const out: string[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(m[0]);
    if (m[0] === '') g.lastIndex += 1;
  }
  return out;
}

/** What {@link checkCue} found wrong: empty lists when the cue holds. */
export interface CueReport {
  /** Matches (of the pattern or of one branch) whose own text lacks the cue. */
  violations: string[];
  /** The pattern or branches that match no corpus text. */
  unexercised: string[];
}

/**
 * Holds `cue` to `re` on `corpus`: every match of `re`, and of each of its branches (see
 * {@link branchesOf}), must satisfy `cue` on the match's own text, and each of them must match at
 * least once. `name` labels the messages.
 */
export function checkCue(
  name: string,
  re: RegExp,
  cue: (matchText: string) => boolean,
  corpus: readonly string[],
  opaque: readonly string[] = [],
): CueReport {
  const report: CueReport = { violations: [], unexercised: [] };
  const whole: Branch = { label: '(whole pattern)', pattern: new RegExp(re.source, re.flags) };
  for (const b of [whole, ...branchesOf(re, opaque)]) {
    let hits = 0;
    for (const text of corpus)
      for (const m of matchTexts(b.pattern, text)) {
        hits += 1;
        if (!cue(m)) report.violations.push(`${name} ${b.label}: ${JSON.stringify(m)}`);
      }
    if (hits === 0) report.unexercised.push(`${name} ${b.label}`);
  }
  return report;
}

/** Whether a text passes every cue of `check`: each expression is found in it, each function is true. */
export function passesCues(check: CueCheck): (text: string) => boolean {
  return (text) =>
    check.cues.every((c) => {
      if (typeof c === 'function') return c(text);
      c.lastIndex = 0;
      return c.test(text);
    });
}

/** {@link checkCue} for an entry of a module's `CUE_CHECKS`, on texts already cut by its `textsOf`. */
export function checkEntry(check: CueCheck, texts: readonly string[]): CueReport {
  return checkCue(check.name, check.pattern, passesCues(check), texts, check.lexicons);
}

/** The entry of `checks` named `name`; throws when there is none, so that a renamed entry fails loudly. */
export function entryNamed(checks: readonly CueCheck[], name: string): CueCheck {
  const found = checks.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no cue check named ${name}`);
  return found;
}

/** Cue `index` of `check` as the expression it is; throws when that cue is a function or missing. */
export function cuePattern(check: CueCheck, index: number): RegExp {
  const cue = check.cues[index];
  if (!(cue instanceof RegExp)) throw new Error(`cue ${index} of ${check.name} is no expression`);
  return cue;
}
