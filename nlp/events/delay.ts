/** Delay events: a model or chip is postponed ("verschoben", "pushed back"), often with a reason. */
import { SUPERSEDED, TARGET_WORDS } from '../event-cues.js';
import { affectedInNextSentence } from './affected-next.js';
import { extractByRule, type EventRule } from './build-event.js';
import type { Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import { monthsBefore } from './plan.js';
import { resolveSentenceDate, type SentenceContext } from './sentence-context.js';
import { firstFallback, namedInNextSentence } from './named-next.js';
import { identifiedLater } from './identified-later.js';

const DELAY: EventRule = {
  type: 'delay',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.8,
  futureDates: false,
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: true,
  skipsTargetDates: true,
  fallbackSubject: firstFallback(affectedInNextSentence, namedInNextSentence, identifiedLater),
};

/**
 * "Ursprünglich war 2026 geplant, nun soll Rubin Mitte 2025 kommen": a superseded target followed by
 * an earlier one is a launch brought forward, not a delay. Compares the first and the last year the
 * sentence states from the superseded target on; true when the trigger is no such contrast or the
 * target moved later (or the years do not tell).
 */
function movedLater(trigger: Trigger, sc: SentenceContext): boolean {
  if (!SUPERSEDED.test(trigger.text)) return true;
  const years = [...sc.lower.slice(trigger.start).matchAll(/\b(?:19|20)\d\d\b/gu)].map((m) => Number(m[0]));
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || last === undefined || last >= first;
}

/**
 * A target told in the past tense ("was supposed to arrive in", "sollte ... erscheinen"), without a turn;
 * the perfect ("was supposed to have shipped by June") tells the window missed already.
 */
const SUPPOSED_TARGET = new RegExp(
  `^(?:(?:was|were|had been)\\s+(?:${TARGET_WORDS})\\s+to\\s(?!have\\s)|sollten?\\s)`,
  'u',
);
/** How far back a yearless target may lie and still be this year's. */
const YEARLESS_WITHIN_MONTHS = 6;
/** A turn that tells the target's fate itself ("was supposed to ..., but"): the delay stands as it is. */
const TURN = /\b(?:but|yet|aber|doch|jedoch)\s/u;
/** The target kept after all: "..., and it did", "und das tat es auch", "as planned", "pünktlich". */
const KEPT_AFTER =
  /^[^.;!?]{0,40}?\b(?:and (?:it|they) did|und (?:das )?(?:tat|taten|hat|haben) (?:es|sie|er) (?:auch|dann auch)|as planned|on schedule|on time|wie geplant|pünktlich)\b/u;

/**
 * "Grok 5 was supposed to arrive in Q1 2026" in a May 2026 article: a target said in the past tense is
 * missed, a delay, only when its own date (in or right after the trigger) lies before the publication;
 * "was supposed to arrive in March" written in February is still a plan; an undated text cannot tell
 * ("which was scheduled to launch in ..." beside a cancellation is background).
 */
function targetMissed(trigger: Trigger, sc: SentenceContext): boolean {
  if (!SUPPOSED_TARGET.test(trigger.text)) return true;
  const after = sc.lower.slice(trigger.end, trigger.end + 80);
  if (KEPT_AFTER.test(after)) return false;
  if (TURN.test(trigger.text) || TURN.test(after)) return true;
  const published = sc.doc.published;
  const said = sc.dates.find((d) => d.start >= trigger.start && d.start <= trigger.end + 25);
  const value = said === undefined ? undefined : resolveSentenceDate(sc, said, false)?.value;
  const months = published === null || value === undefined ? undefined : monthsBefore(value, published);
  // a yearless month read back past half a year ("slated to ship in September" in July) is still ahead
  const yearless = said !== undefined && !said.explicitYear && said.year === undefined;
  return months !== undefined && months > 0 && (!yearless || months <= YEARLESS_WITHIN_MONTHS);
}

/** The delays a sentence reports, each with its stated reason and the entities named in it. */
export const extractDelays: EventExtractor = (sc, state) =>
  extractByRule(DELAY, sc, state, { accepts: (t) => movedLater(t, sc) && targetMissed(t, sc) }).found;
