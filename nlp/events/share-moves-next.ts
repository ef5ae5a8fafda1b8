/**
 * Share moves told on after a share move: "Nvidias Aktien gaben um 6 % nach. Auch AMD und Intel gerieten
 * unter Druck." The second sentence names no share, but in the same paragraph as a reported move its
 * move verb is told of the companies before it.
 */
import type { FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import type { Trigger } from './find-triggers.js';
import { isHedged } from './hedging.js';
import { pickSubjects } from './pick-subjects.js';
import type { SentenceContext } from './sentence-context.js';

/**
 * A move verb that needs no figure and takes no object: "gerieten unter Druck", "gaben nach", "also declined"
 * (not "declined to comment", "dropped its plans", "gained access", "gab zu, dass").
 */
const MOVE_VERB =
  /(?<![\p{L}])(?:(?:geriet|gerieten|kam|kamen)\s+(?:\S+\s+){0,3}?unter druck|(?:gab|gaben)\s+(?:\S+\s+){0,3}?nach|(?:brach|brachen)\s+(?:\S+\s+){0,3}?ein|(?:legte|legten)\s+(?:\S+\s+){0,3}?zu|fiel|fielen|sank|sanken|stieg|stiegen|verlor|verloren|rutschte|rutschten|fell|declined|dropped|slipped|slid|tumbled|rose|gained|climbed|jumped|(?:came|were|was)\s+under pressure)(?=\s*(?:[.,;]|$|\d|by\s|on\s|in\s+(?:early|late|after-hours|pre-market|trading)|sharply|slightly|too|as well|ebenfalls|deutlich|kräftig|leicht|um\s))/u;
/** Between the company and its move only words that tell the move on ("AMD also", "AMD und Intel"). */
const SUBJECT_GAP = /^\s*(?:(?:also|too|auch|ebenfalls|likewise|shares|stock|aktien?|papiere)\s+)*$/u;
/** The move goes on from the sentence before: "auch", "also", "ebenfalls", "as well", "too". */
const TOLD_ON = /(?<![\p{L}])(?:auch|ebenfalls|gleichfalls|also|likewise|as well|too)(?![\p{L}])/u;
/** Confidence of a move read through the sentence before it. */
const CONFIDENCE = 0.6;

/**
 * The share moves of this sentence's companies when it reports no financial event of its own, tells a
 * move verb on ("auch", "also") and the previous sentence of its paragraph reported a financial event.
 */
export function followUpShareMoves(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const previous = sc.doc.sentences[sc.index - 1];
  if (
    found.some((e) => e.type === 'financial') ||
    previous?.paragraph !== sc.sentence.paragraph ||
    // the word test first: it fails on most sentences, and eventsOf copies the list it returns
    !TOLD_ON.test(sc.lower) ||
    !state.eventsOf(sc.index - 1).some((e) => e.type === 'financial')
  )
    return [];
  const verb = MOVE_VERB.exec(sc.lower);
  if (verb === null) return [];
  const trigger: Trigger = {
    type: 'financial',
    start: verb.index,
    end: verb.index + verb[0].length,
    text: verb[0],
  };
  if (isHedged('financial', sc.text, sc.lower, trigger)) return [];
  const movers = pickSubjects(['organization'], trigger, sc.local, sc.lower).filter(
    (m) => m.end <= trigger.start,
  );
  if (movers.length === 0) return [];
  // the companies must stand right before their verb ("AMD and Intel also declined")
  const lastEnd = Math.max(...movers.map((m) => m.end));
  if (!SUBJECT_GAP.test(sc.lower.slice(lastEnd, trigger.start))) return [];
  return movers.map((m) => {
    const ev: FoundEvent = {
      type: 'financial',
      subject: { id: m.mention.entry.id, name: m.mention.entry.name },
      related: [],
      date: null,
      reported: sc.doc.reported,
      confidence: CONFIDENCE,
      evidence: sc.text,
    };
    state.tag(ev, '', trigger);
    return ev;
  });
}
