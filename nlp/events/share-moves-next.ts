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

/** A move verb that needs no figure: "gerieten unter Druck", "gaben nach", "also declined" (not "declined to comment"). */
const MOVE_VERB =
  /(?<![\p{L}])(?:(?:geriet|gerieten|kam|kamen)\s+(?:\S+\s+){0,3}?unter druck|(?:gab|gaben|brach|brachen|legte|legten)\s+(?:\S+\s+){0,3}?(?:nach|ein|zu)(?=\s*[.,;]|$)|(?:fiel|fielen|sank|sanken|stieg|stiegen|verlor|verloren|rutschten|rutschte)|(?:fell|declined|dropped|slipped|slid|tumbled|rose|gained|climbed|jumped|lost ground)|(?:came|were|was)\s+under pressure)(?![\p{L}])(?!\s+(?:to|comment)(?![\p{L}]))/u;
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
    !state.eventsOf(sc.index - 1).some((e) => e.type === 'financial') ||
    !TOLD_ON.test(sc.lower)
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
