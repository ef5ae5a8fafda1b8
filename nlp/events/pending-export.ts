/**
 * The next-sentence rule of export decisions: "Washington verhängte neue Exportbeschränkungen.
 * Betroffen ist der H20." A restriction without a named chip is completed by the chips the next
 * sentence of the same paragraph names.
 */
import type { KbEntry, KnowledgeBase } from '../knowledge-base.js';
import type { FoundEvent } from '../types.js';
import { AFFECTED_OPENING } from './affected-next.js';
import type { DiscourseState, PendingExport } from './discourse-state.js';
import { EXPORT_CONTROL, exportPolarity } from './export-control.js';
import type { Trigger } from './find-triggers.js';
import { pickSubjects } from './pick-subjects.js';
import { developerOf } from './related-entities.js';
import { pickDate, type SentenceContext } from './sentence-context.js';

/**
 * Verbs that impose a restriction or grant a permission; a sentence without a named chip needs one to
 * pass it on ("approved exports of Nvidia's latest chips ... The shipment includes the GB300").
 */
const DECIDE =
  /(verhäng|verbiet|verbot|untersag|angewiesen|anweis|verschärf|erlass|verlang|ordered|orders|imposed|impose|banned|bars|barred|halted|tightened|tighten|prohibit|blocked|restricted|cut off|requir|approv|authori[sz]|genehmig|autorisier|cleared|clears|granted|grants|erteil)/u;
/**
 * A permission's chips are those the next sentence tells as the goods it covers ("The shipment
 * includes the GB300", "Beide dürfen 35.000 GB300 erwerben"), not any chip a later sentence names.
 */
const GRANTED_GOODS =
  /\b(?:shipments?|lieferung\w*|includes?|including|umfass\w*|darunter|the move|the approval|the licen[cs]es?|die genehmigung|die lizenz\w*|allow(?:s|ed)?|permit(?:s|ted)?|covers?|covered|erlaubt|gestattet|dürfen|darf|may buy|can buy|to buy|to acquire|to purchase|erwerben|kaufen|ausfuhr|exports?)\b/u;

/** "However, DeepSeek trained on H800 chips": a sentence that opens with a contrast turns to another matter. */
const CONTRAST_OPENING =
  /^(?:however|but|yet|still|nevertheless|nonetheless|meanwhile|doch|aber|dennoch|trotzdem|allerdings|jedoch|indes|unterdessen)(?![\p{L}])/u;

/**
 * The decision itself said to cover the chip: "However, the licences include only the H20" goes on about
 * the decision, "However, the licences do not cover the B200" or "Doch die Regeln gelten weiter" do not.
 */
const DECISION_COVERS =
  /(?<![\p{L}])(?:licen[cs]\p{L}*|lizenz\p{L}*|genehmigung\p{L}*|approvals?|permits?)\s+(?:(?!not\s|nicht\s|kein)\S+\s+){0,2}?(?:include|includes|included|cover|covers|covered|umfassen|umfasst|umfassten|betreffen|betrifft|betrafen|apply to|applies to|gelten für|gilt für)(?![\p{L}])|(?<![\p{L}])(?:umfassen|umfasst|umfassten|betreffen|betrifft|betrafen|gelten|gilt)\s+(?:die|diese)\s+(?:lizenz\p{L}*|genehmigung\p{L}*)/u;

/**
 * The chip left outside a ban: "Mit dem A800 bietet Nvidia noch einen Chip für China an, der die Auflagen
 * erfüllt", "Nvidia can still sell the H20". The next sentence names the exception, not the banned chips.
 */
const STILL_ALLOWED =
  /(?<![\p{L}])(?:noch|weiterhin|nach wie vor|still|continues? to)\s+(?:\S+\s+){0,5}?(?:biet\p{L}*|angeboten|verkauf\p{L}*|verkäuf\p{L}*|liefer\p{L}*|erlaubt|zulässig|sell\p{L}*|sold|offer\p{L}*|ship\p{L}*|allowed|permitted|available|verfügbar)(?![\p{L}])|(?<![\p{L}])(?:biet|verkauf|liefer|sell|offer|ship)\p{L}*\s+(?:\S+\s+){0,4}?(?:noch|weiterhin|nach wie vor|still)(?![\p{L}])|(?:auflagen|vorgaben|regeln|beschränkungen)\s+(?:\S+\s+){0,3}?erfüll\p{L}*|compl(?:y|ies|ying|iant) with/u;

/** Sentences without any chip that a pending decision may skip before the one that names it. */
const MAX_SKIPPED = 1;

const NO_TRIGGER: Trigger = { type: 'export_control', start: 0, end: 0, text: '' };

function completePending(
  pending: PendingExport | null,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  if (
    pending === null ||
    pending.sentence !== sc.index - 1 ||
    pending.paragraph !== sc.sentence.paragraph ||
    found.some((f) => f.type === 'export_control') ||
    (CONTRAST_OPENING.test(sc.lower.trimStart()) && !DECISION_COVERS.test(sc.lower)) ||
    (pending.polarity !== 'allow' && STILL_ALLOWED.test(sc.lower)) ||
    (pending.polarity === 'allow' && (found.length > 0 || !GRANTED_GOODS.test(sc.lower)))
  )
    return [];
  return pickSubjects(['chip'], NO_TRIGGER, sc.local, sc.lower).map((c) => {
    const entry = c.mention.entry;
    const ev: FoundEvent = {
      type: 'export_control',
      subject: { id: entry.id, name: entry.name },
      related: developerOf(entry.id, sc.doc.kb),
      date: pending.date ?? pickDate(sc, NO_TRIGGER, false),
      reported: sc.doc.reported,
      confidence: EXPORT_CONTROL.baseConfidence - 0.15,
      evidence: `${pending.evidence} ${sc.text}`,
    };
    state.tag(ev, pending.polarity);
    return ev;
  });
}

/**
 * "Washington stuft die Ascend-Chips als Verstoß ein. Betroffen sind die 910B, 910C und 910D": a
 * decision about a family that the next sentence of the paragraph, opened by a word of being
 * affected, narrows to named members is about those members. Their events take the family event's
 * place, with its polarity and date.
 */
function membersNamedAfterFamily(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  if (!continuesWithoutDecision(sc, found) || !AFFECTED_OPENING.test(sc.lower.trimStart())) return [];
  const out: FoundEvent[] = [];
  const chips = sc.local.map((m) => m.mention.entry).filter((e) => e.kind === 'chip');
  for (const family of state.eventsOf(sc.index - 1).filter((e) => e.type === 'export_control')) {
    const maker = sc.doc.kb.byId.get(family.subject.id)?.developer;
    if (!chips.some((e) => e.family === family.subject.id)) continue;
    // the family's members and their maker's other chips named beside them ("the H800 and the H20")
    const members = new Map(
      chips
        .filter((e) => e.family === family.subject.id || (maker !== undefined && e.developer === maker))
        .map((e) => [e.id, e]),
    );
    state.withdraw(family);
    for (const entry of members.values()) out.push(sharedDecision(family, entry, sc, state, 0.05));
  }
  return out;
}

/**
 * The event of `decision` (an export decision of the sentence before) for another chip `entry` that
 * this sentence names: its polarity and date, at a lower confidence, with both sentences as evidence.
 */
function sharedDecision(
  decision: FoundEvent,
  entry: KbEntry,
  sc: SentenceContext,
  state: DiscourseState,
  penalty: number,
): FoundEvent {
  const ev: FoundEvent = {
    ...decision,
    subject: { id: entry.id, name: entry.name },
    related: developerOf(entry.id, sc.doc.kb),
    confidence: decision.confidence - penalty,
    evidence: `${decision.evidence} ${sc.text}`,
  };
  state.tag(ev, state.polarityOf(decision) ?? 'restrict');
  return ev;
}

/** Whether this sentence follows one of its paragraph and reports no export decision of its own. */
function continuesWithoutDecision(sc: SentenceContext, found: readonly FoundEvent[]): boolean {
  const previous = sc.doc.sentences[sc.index - 1];
  return previous?.paragraph === sc.sentence.paragraph && !found.some((f) => f.type === 'export_control');
}

/** "Zudem ist die L40 betroffen", "The L20 is also covered": a sentence that adds chips to a decision. */
const ALSO_AFFECTED =
  /(?<![\p{L}])(?:(?:ist|sind|war|waren)\s+(?:\S+\s+){0,8}?(?:ebenfalls\s+|auch\s+|zudem\s+)?betroffen|(?:is|are|was|were)\s+(?:also\s+|likewise\s+)?(?:affected|covered|included))(?![\p{L}])/u;
const NOT_AFFECTED =
  /(?<![\p{L}])(?:nicht|kein\p{L}*|not|no longer|nicht mehr)\s+(?:\S+\s+){0,2}?(?:betroffen|affected|covered|included)/u;
/** Affected by something else or at another time: "von Engpässen betroffen", "affected by cooling problems", "in 2022 already". */
const OTHER_CAUSE_OR_TIME =
  /(?<![\p{L}])(?:(?:von|durch)\s+(?:\S+\s+){0,3}?betroffen|(?:affected|covered)\s+by)(?![^.;!?]*(?:regel|rule|verbot|ban|beschränk|restrict|kontroll|control|sanktion|sanction|export|ausfuhr|lizenz|licen|entscheidung|decision|maßnahme|measure))|(?<![\p{L}])(?:bereits|schon|already|previously|vorher|zuvor|earlier|früher)(?![\p{L}])|(?<![\p{L}\p{N}])(?:in|im|seit|since)\s+(?:jahr\s+)?(?:19|20)\d\d(?![\p{L}\p{N}])/u;

/**
 * "Demnach darf Nvidia die A800 und H800 nicht mehr exportieren. Zudem ist die L40 betroffen": chips a
 * sentence says are affected too, right after a sentence of the paragraph that reported an export
 * decision, share that decision (its polarity and date).
 */
function alsoAffected(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  if (
    !continuesWithoutDecision(sc, found) ||
    !ALSO_AFFECTED.test(sc.lower) ||
    NOT_AFFECTED.test(sc.lower) ||
    OTHER_CAUSE_OR_TIME.test(sc.lower)
  )
    return [];
  const decision = state.eventsOf(sc.index - 1).find((e) => e.type === 'export_control');
  if (decision === undefined) return [];
  const named = new Set(state.eventsOf(sc.index - 1).map((e) => e.subject.id));
  return pickSubjects(['chip'], NO_TRIGGER, sc.local, sc.lower)
    .filter((c) => !named.has(c.mention.entry.id))
    .map((c) => sharedDecision(decision, c.mention.entry, sc, state, 0.15));
}

/**
 * Completes the previous sentence's pending decision with the chips this sentence names (when it
 * reports no export decision of its own) and returns those events; then leaves this sentence's
 * unplaced decision pending when a deciding verb stands in it and no export event was found, or
 * lets the previous one wait past a sentence that names no chip at all.
 */
export function followUpExport(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const completed = [
    ...completePending(state.pendingExport, sc, state, found),
    ...membersNamedAfterFamily(sc, state, found),
  ];
  if (completed.length === 0) completed.push(...alsoAffected(sc, state, found));
  const unplaced = state.unplacedExport;
  if (completed.length === 0 && unplaced !== null)
    completed.push(...goodsNamedBefore(sc, state, found, unplaced));
  const hasExport = [...found, ...completed].some((f) => f.type === 'export_control');
  const pending = state.pendingExport;
  // "The authorized shipment totals 70,000 units." names no chip: the decision waits one more sentence
  const skips =
    pending !== null &&
    !hasExport &&
    pending.sentence === sc.index - 1 &&
    pending.paragraph === sc.sentence.paragraph &&
    (pending.skipped ?? 0) < MAX_SKIPPED &&
    !sc.local.some((m) => m.mention.entry.kind === 'chip');
  state.pendingExport = skips
    ? { ...pending, sentence: sc.index, skipped: (pending.skipped ?? 0) + 1 }
    : unplaced === null || !DECIDE.test(sc.lower) || hasExport
      ? null
      : {
          sentence: sc.index,
          paragraph: sc.sentence.paragraph,
          date: unplaced.date,
          evidence: sc.text,
          polarity: exportPolarity(unplaced.trigger),
        };
  return completed;
}

/** The decision named as a thing already told of: "the licences were approved", "die Genehmigungen wurden erteilt". */
const DECISION_REFERRED_TO =
  /(?<![\p{L}])(?:the|these|those|such|die|diese|solche)\s+(?:(?:export|ausfuhr)[- ]?)?(?:licen[cs]es?|approvals?|permits?|authori[sz]ations?|lizenzen|genehmigungen|ausfuhrgenehmigungen|exportlizenzen|exportgenehmigungen)(?![\p{L}])/u;
/** A sentence that tells chips as goods being shipped: "The shipment includes the GB300", "Die Lieferung umfasst". */
const SHIPPED_GOODS =
  /(?<![\p{L}])(?:shipments?|deliver(?:y|ies)|exports|lieferung\p{L}*|ausfuhren|exporte)(?![\p{L}])/u;

/**
 * "The shipment includes Nvidia's GB300 ... The company said the licences were approved in September": a
 * deciding sentence that names no chip and refers to its decision as one already in view is about the
 * chips the sentence before (same paragraph, no export decision of its own) tells as goods shipped.
 */
function goodsNamedBefore(
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
  unplaced: NonNullable<DiscourseState['unplacedExport']>,
): FoundEvent[] {
  const previous = sc.doc.sentences[sc.index - 1];
  if (
    previous === undefined ||
    !continuesWithoutDecision(sc, found) ||
    sc.doc.skip.has(sc.index - 1) ||
    sc.local.some((m) => m.mention.entry.kind === 'chip') ||
    !DECIDE.test(sc.lower) ||
    !DECISION_REFERRED_TO.test(sc.lower) ||
    !SHIPPED_GOODS.test(previous.text.toLowerCase()) ||
    state.eventsOf(sc.index - 1).some((e) => e.type === 'export_control')
  )
    return [];
  const chips = new Map(
    sc.doc
      .mentionsIn(sc.index - 1)
      .filter((m) => m.entry.kind === 'chip')
      .map((m) => [m.entry.id, m.entry]),
  );
  // the family named beside its member ("GB300 Grace Blackwell processors") is the member's
  const ancestors = new Set([...chips.values()].flatMap((e) => familiesAbove(e, sc.doc.kb)));
  return [...chips.values()]
    .filter((e) => !ancestors.has(e.id))
    .map((entry) => {
      const ev: FoundEvent = {
        type: 'export_control',
        subject: { id: entry.id, name: entry.name },
        related: developerOf(entry.id, sc.doc.kb),
        date: unplaced.date,
        reported: sc.doc.reported,
        confidence: EXPORT_CONTROL.baseConfidence - 0.15,
        evidence: `${previous.text} ${sc.text}`,
      };
      state.tag(ev, exportPolarity(unplaced.trigger));
      return ev;
    });
}

/** The ids of the families above `entry` (its family, that family's family, ...). */
function familiesAbove(entry: KbEntry, kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (let id = entry.family; id !== undefined && !out.includes(id); id = kb.byId.get(id)?.family)
    out.push(id);
  return out;
}
