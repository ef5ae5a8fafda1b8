/**
 * The shape in which a module hands its cues to the tests. A cue is a cheap pre-test that production
 * code runs before an expensive regular expression and that spares the expression where it fails; it
 * loses nothing only while every match of the expression passes it. Each module with such cues exports
 * one read-only `CUE_CHECKS` list of {@link CueCheck}s, and its `*-cues.test.ts` holds every entry to
 * its pattern with `checkCue` (nlp/__fixtures__/cue-check.ts). The list replaces exporting the patterns
 * and pre-tests one by one: they stay private to their module, and the shared global expressions among
 * them cannot be moved by an importer.
 */
import { splitSentences } from './sentences.js';

/** A pre-test of a text: an expression that must be found in it, or a function. */
export type CueTest = RegExp | ((text: string) => boolean);

/** One guarded expression with the pre-tests production code runs before it. */
export interface CueCheck {
  /** Labels the test's messages: the expression's name in its module, or its place in a list. */
  readonly name: string;
  /**
   * A copy of the guarded expression, same source and flags: running it moves no `lastIndex` of the
   * production object.
   */
  readonly pattern: RegExp;
  /**
   * The pre-tests, each of which must hold on the text of every match. An expression is given as one
   * (a copy) rather than wrapped in a function, so that a test can compare its flags with the pattern's.
   */
  readonly cues: readonly CueTest[];
  /**
   * Contents of the pattern's groups that are word lists (month names, kind nouns): tried whole, not
   * branch by branch, because each word holds the cue by construction or a list needs no example per word.
   */
  readonly lexicons: readonly string[];
  /**
   * The texts production code runs the pattern on, or cuts its input from, in a passage: its sentences,
   * lower-cased or not, its tokens; the passage itself where that is what the module runs it on or
   * where its test has always read whole passages.
   */
  readonly textsOf: (passage: string) => readonly string[];
}

/** The sentences of a passage, as the modules that run their patterns sentence by sentence read them. */
export const sentencesOf = (passage: string): string[] => splitSentences(passage).map((s) => s.text);
/** The same, lower-cased, for patterns run on a sentence's lower-cased text. */
export const lowerSentencesOf = (passage: string): string[] =>
  splitSentences(passage).map((s) => s.text.toLowerCase());

function copyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

/**
 * A frozen {@link CueCheck} of `pattern` and `cues`, holding copies of the expressions, never the
 * production objects. `textsOf` defaults to the passage itself, `lexicons` to none.
 */
export function cueCheck(
  name: string,
  pattern: RegExp,
  cues: readonly CueTest[],
  options: {
    readonly lexicons?: readonly string[];
    readonly textsOf?: (passage: string) => readonly string[];
  } = {},
): CueCheck {
  return Object.freeze({
    name,
    pattern: copyOf(pattern),
    cues: Object.freeze(cues.map((c) => (c instanceof RegExp ? copyOf(c) : c))),
    lexicons: Object.freeze([...(options.lexicons ?? [])]),
    textsOf: options.textsOf ?? ((passage: string) => [passage]),
  });
}
