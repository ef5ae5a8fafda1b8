/**
 * Hedging: a trigger in hedged, conditional or speculative wording reports no event ("könnte
 * verschoben werden", "if approved", "may launch").
 */
import { cueCheck, lowerSentencesOf, type CueCheck } from '../cue-check-type.js';
import { HEDGE, HEDGE_IF, HEDGE_MAY } from '../event-cues.js';
import type { EventType } from '../types.js';
import { clauseWindow, type Trigger } from './find-triggers.js';

/** An amount of money: "$5.5 billion", "5,5 Milliarden Dollar". */
const AMOUNT = String.raw`(?:[$€]\s?\d|\d+(?:[.,]\d+)?\s?(?:billion|million|milliarden|millionen|mrd|mio)\b)`;
/**
 * "Nvidia said meeting the restrictions could cost the company up to $5.5 billion": a company's own
 * figure for what a decision may cost it is the charge it reports, not a guess (the labelling rules
 * count a charge "of up to" an amount). The modal stands before a verb of cost and an amount follows
 * it, or, in German, before the amount and the verb last ("könnten AMD 800 Millionen Dollar kosten").
 * Group 1 is what follows the modal, so that replacing a match by it removes only the modal.
 */
const FORESEEN_COST = new RegExp(
  String.raw`\b(?:could|may|might|would|könnte|könnten|dürfte|dürften|würde|würden)(\s+(?:\S+\s+){0,3}?(?:cost|weigh on|reduce)\b(?:[^.;!?]|\.(?=\d)){0,60}?${AMOUNT}|\s+(?:\S+\s+){0,8}?${AMOUNT}\s+(?:\S+\s+){0,2}?(?:kosten|belasten|schmälern|senken)\b)`,
  'u',
);
/** Who gives the figure: the company said or told it. */
const STATED_BY_COMPANY =
  /\b(?:said|says|told|warned|disclosed|estimated|erklärte|teilte\s+(?:\S+\s+){0,3}?mit|mitteilte|warnte|bezifferte)\b/u;
/** ... and not a source, an outsider or investors ("a person familiar with the matter said", "Investors warned"). */
const STATED_BY_OUTSIDER =
  /\b(?:person|people|sources?|insiders?|analysts?|investors?|experts?|observers?|officials?|kreise|analysten|anleger|investoren|experten|beobachter|insider)\b[^.;!?]{0,60}?\b(?:said|says|told|warned|estimated|erklärte|teilte|mitteilte|warnte|schätzt\p{L}*)\b/u;

/** "said it could resume": a backshifted "can" of permission in reported speech, not a hedge. */
const REPORTED_COULD = /\b(said|says|announced|stated|erklärte|teilte\s+mit)\b[^.]{0,40}\bcould\b/u;
/**
 * "According to leakers, ...", "Laut Gerüchten soll ...", "Gerüchten zufolge erscheint ...": a sentence
 * that opens by naming rumours or leaks as its source hedges all it says.
 */
const RUMOUR_OPENS =
  /^(?:\S+\s+){0,2}?(?:according to|laut|based on)\s+(?:\S+\s+){0,3}?(?:rumou?rs?|leaks?|leakers?|speculation|gerüchten|leakern|spekulationen)(?![\p{L}])|^(?:\S+\s+){0,2}?nach\s+(?!(?:dem|der|einem|einer)\s)(?:\S+\s+){0,3}?(?:gerüchten|leaks|leakern|spekulationen)(?![\p{L}])|^(?:\S+\s+){0,3}?(?:gerüchten|spekulationen|leaks|leakern)\s+zufolge(?![\p{L}])|^(?:\S+\s+){0,2}?(?:leakers?|leaks|rumou?rs|gerüchte|leaker)\s+(?:say|says|claim|claims|suggest|suggests|indicate|indicates|behaupten|besagen|deuten)(?![\p{L}])/u;
/** A clause of its own between a trigger and a closing attribution: the attribution is not the trigger's. */
const OTHER_CLAUSE_BEFORE_CLOSE = /[;:]|,\s*(?:and|und|while|während|whereas|but|aber|doch|sondern|wobei)\s/u;
/** An attribution taken up or contradicted rather than relied on: "confirming what leakers claim", "than rumours say". */
const QUOTED_CLAIM = /^,\s*(?:\S+\s+)?(?:what|than|was|als|contrary|entgegen)\s/u;
/** What may follow a closing attribution before the sentence ends: no further clause. */
const TO_END = String.raw`[^,;:]{0,40}$`;
/**
 * "..., behaupten Gerüchte.", "..., according to unconfirmed rumours.", "..., leakers say.": a sentence
 * whose last clause names rumours or leaks as the source of what comes before it.
 */
const RUMOUR_CLOSES = new RegExp(
  [
    String.raw`,\s*(?:according to|laut)\s+(?:\S+\s+){0,3}?(?:rumou?rs?|leaks?|leakers?|speculation|gerüchten|leakern|spekulationen)(?![\p{L}])${TO_END}`,
    String.raw`,\s*(?:\S+\s+){0,2}?(?:gerüchten|spekulationen|leakern)\s+zufolge(?![\p{L}])${TO_END}`,
    String.raw`,\s*(?:so\s+)?(?:behaupten|besagen|munkeln)\s+(?:\S+\s+){0,2}?(?:gerüchte|leaker|spekulationen)(?![\p{L}])${TO_END}`,
    String.raw`,\s*(?:wie\s+)?(?:\S+\s+){0,2}?(?:rumou?rs|leakers?|leaks|whispers|gerüchte)\s+(?:say|claim|suggest|have it|behaupten|besagen)(?![\p{L}])${TO_END}`,
  ].join('|'),
  'u',
);
/**
 * A word stem every match of {@link RUMOUR_OPENS}, {@link RUMOUR_CLOSES} and {@link RUMOUR_OVER_CLAUSE}
 * holds. Tested first: the lazy word counts of RUMOUR_OPENS backtrack through every word at the start of
 * each sentence. hedging-cues.test.ts holds the three patterns to it.
 */
const RUMOUR_STEM = /whisper|rumo|leak|speculat|spekulat|gerücht/u;
/** A rumour or speculation noun, then a that-clause the trigger stands in. */
const RUMOUR_OVER_CLAUSE =
  /\b(?:whispers?|rumou?rs?|speculation|gerüchte?|spekulationen?)\b[^.;!?]{0,80}?\b(?:suggest\w*|indicat\w*|point\w*|claim\w*|say|says|deuten|deutet|besagen|besagt|zufolge)\b[^.;!?]{0,30}?\b(?:that|dass)\b|\b(?:leak(?:s|ed)?|geleakt\p{L}*)\b[^.;!?]{0,60}?\b(?:suggest\w*|indicat\w*|show\w*|claim\w*|zeigt|zeigen|deutet|deuten|besagt|besagen)\b/u;
/**
 * Outsiders' beliefs over the launch or its delay: "Analysts believe Nvidia will launch Rubin in March",
 * "Experten gehen davon aus, dass ...". A guess by an outsider is no event (the labelling rules).
 */
const OUTSIDERS_BELIEVE =
  /(?:(?:analysten|experten|beobachter|\b(?:analysts?|experts|observers|investors|anleger|(?:industry|market) watchers|commentators|kommentatoren|fans|leakers?|tipsters?))\s+(?:\S+\s+){0,3}?(?:claim|claims|claimed|behauptet|behaupten|behauptete|believe|believes|expect|expects|predict|predicts|think|thinks|estimate|estimates|anticipate|anticipates|speculate|speculates|bet|bets|glauben|glaubt|glaubte|glaubten|meinen|meint|meinte|meinten|erwarten|erwartet|vermuten|vermutet|vermutete|schätzen|schätzt|spekulieren|rechnen damit|rechnet damit|gehen davon aus|geht davon aus)|\b(?:the (?:industry|market)|die branche|der markt)\s+(?:expects|anticipates|predicts|believes|erwartet|rechnet damit|geht davon aus|glaubt|vermutet|schätzt))\b(?!,(?!\s*(?:dass|that|ob|whether)\b))(?:(?!\b(?:but|aber|doch|however|jedoch|otherwise|offiziell|officially)\b)(?:[^.;!?]|\.(?=\d))){0,100}$/u;
/** "der im August ausgelieferte GB300": a participle with an adjective ending describes a noun. */
const ATTRIBUTIVE_ENDING = /(?:t|en)(?:e|en|em|er|es)$/u;
/** "the delay of DeepSeek R2 ... will cost": a definite event noun is taken for granted by the belief. */
const DEFINITE_NOUN_BEFORE = /(?<![\p{L}])(?:the|der|die|das|den|dem|des)\s+$/u;
/** A relative clause inside the belief tells a fact: "expect demand for Blackwell, which Nvidia began shipping". */
const RELATIVE_INSIDE_ALL = /,\s*(?:which|who|that|der|die|das|den|dem|deren|dessen|welche\p{L}*)\s/gu;
/** Verbs of opinion over a clause (not of expectation, which takes the event as its object). */
const PROPOSITIONAL = /(?<![\p{L}])(?:think|thinks|believe|believes|glauben|meinen|vermuten)(?![\p{L}])/u;
/** A plan trigger that opens with a verb of expectation ("anticipates the launch of"). */
const BELIEF_VERB_OPENS = /^(?:expect|anticipat|predict|erwart)/u;
/** A conditional clause opening the sentence, the trigger in a hypothetical main clause after it. */
const CONDITION_OPENS = /^\s*(?:if|should|unless|provided|falls|wenn|sofern|sollte)\b[^.;:!?]*?,/u;
const HYPOTHETICAL_MAIN = /\b(?:would|could|might|würde\w*|könnte\w*|wäre\w*|dürfte\w*)\b/u;
/** A launch that should have happened and did not: "hätte im April erscheinen sollen", "was supposed to ship". */
const COUNTERFACTUAL =
  /\b(?:hätte\w*|should have|was supposed to|were supposed to|had been (?:expected|slated|scheduled|due|set) to)\b/u;
/** Hope or a signal over a that-clause: "hofften darauf, dass der B30A freigegeben werde", "signalled it would approve". */
const HOPE_OVER_CLAUSE =
  /\b(?:hofft\w*|hoffen|erhofft\w*|hopes?|hoped|hoping|signalisiert\w*|signal(?:s|ed|led|ling))\b[^.;!?]{0,40}?(?:\b(?:that|dass)\b|,\s+(?:künftig|bald|demnächst)\b)/u;
/**
 * Deliberation over an infinitive clause, across its comma: "erwägt, die Modelle noch in diesem Jahr zu
 * veröffentlichen", "is weighing whether to ship", "considering plans to launch".
 */
const DELIBERATION_BEFORE =
  /(?:(?<![\p{L}])(?:erwäg|überleg)\p{L}*\s*,|\bdenk\p{L}*\s+(?:\S+\s+){0,3}?darüber nach\b|\b(?:(?:is|are|was|were)\s+considering|consider(?:s|ed|ing)?\s+(?:whether|plans?|options?|releasing|launching|shipping)|(?:weigh|mull|explor)(?:s|es|ed|ing)?\s+(?:whether|plans?|options?|a\s+(?:release|launch))|contemplat\p{L}*)\b)(?:(?!,\s*(?:but|aber|doch|however))[^.;!?]){0,90}$/u;
/** Verbs and nouns of deliberation, with the preposition a noun needs ("discussions on"). */
const DELIBERATING = String.raw`(?:consider(?:s|ed)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:es|ed|ing)|debat(?:es|ed|ing)|deliberat(?:es|ed|ing)|(?:is|are|was|were)\s+(?:discussing|studying)|prüf(?:t|en|te|ten)|diskutier(?:t|en|te|ten)|debattier(?:t|en|te|ten)|berät|beraten|berieten)\s+(?:über\s+|on\s+|about\s+)?|(?:discussions?|deliberations?|debates?|diskussion(?:en)?|überlegungen|beratungen)\s+(?:on|about|over|über|um|zu)\s+`;
/**
 * Words that end the object before the trigger: a conjunction or a preposition of time ("reviewed the
 * request and granted the licence"), a definite article or possessive ("prüft das Verbot", "considers
 * the H20 export ban imposed in April a mistake": a measure taken) unless it opens "the possibility of",
 * and "newly", "already" ("studying newly released R1").
 */
const NOT_IN_OBJECT = String.raw`(?:and|und|then|dann|but|aber|after|nach|before|vor|since|seit|when|als|once|sobald|newly|recently|already|just|previously|bereits|kürzlich|jüngst|zuvor|neu|(?:the|der|die|das|den|dem|des|its|their|ihr\p{L}*|sein\p{L}*)(?!\s+(?:possibility|idea|option|prospect|möglichkeit|idee)\b))\s`;
/**
 * A measure still under deliberation, the trigger its object: "is mulling a ban on H20 exports", "weighs
 * new curbs", "exploring the possibility of further restricting", "prüft ein Exportverbot", "berät über
 * neue Beschränkungen", "discussions on tightening restrictions". At most four words between the
 * deliberation and the trigger, none of {@link NOT_IN_OBJECT}; not inside a fronted phrase of time or
 * cause ("After weeks of debate over new export controls, Washington imposed them").
 */
const DELIBERATION_OVER_OBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:${DELIBERATING})(?:(?!${NOT_IN_OBJECT})[^\s.,;:!?]+\s+){0,4}?[\p{L}-]*$`,
  'u',
);
/** A fronted phrase of time or cause ending right before a deliberation: "After weeks of debate". */
const FRONTED_BEFORE =
  /(?<![\p{L}])(?:after|nach|following|amid|despite|trotz|since|seit)\s+(?:\S+\s+){0,3}$/u;

/** Whether `lead` ends in a deliberation over the trigger (see {@link DELIBERATION_OVER_OBJECT}). */
function deliberatedOver(lead: string): boolean {
  const m = DELIBERATION_OVER_OBJECT.exec(lead);
  return m !== null && !FRONTED_BEFORE.test(lead.slice(0, m.index));
}
/** "does not yet know when the licences will be approved", "weiß noch nicht, ob": an open question. */
const OPEN_QUESTION_BEFORE =
  /\b(?:(?:do|does|did)\s*(?:n['’]t|not)\s+(?:yet\s+)?know|(?:is|are|was|were)\s+(?:still\s+)?(?:unclear|uncertain|not clear)|weiß\w*\s+(?:noch\s+)?nicht|(?:ist|sind|bleibt)\s+(?:noch\s+)?(?:unklar|offen|ungewiss)|too\s+\S+\s+to)\b(?:(?!,\s*(?:but|aber|doch|however))[^.;!?]){0,80}$/u;
/**
 * An indirect question holding the trigger: "kein Statement, wann die Reihe erscheinen wird", "offen, ob
 * der Chip genehmigt wird", "did not say whether it would ship": what is asked is not reported. Close
 * to the trigger only ("the debate over whether ... ended when the company launched it" reports the
 * launch), and not once the question is answered ("hat verraten, wann GPT-5 erscheint").
 */
const INDIRECT_QUESTION_BEFORE =
  /(?:^|,\s*|\b(?:darüber|dazu)\s+)(?:wann|ob)\s+[^,;:.!?]{0,50}$|\bwhether\s+[^,;:.!?]{0,50}$/u;
const ANSWERED_BEFORE =
  /\b(?:verrat\p{L}*|verriet\p{L}*|bekannt\p{L}*|mitgeteilt|teilte\p{L}*|bestätigt\p{L}*|announced|revealed|confirmed|disclosed|said|told)\s*,?\s*(?:wann|ob|whether)\s+[^,;:.!?]{0,50}$/u;
/** A German modal governs its clause up to the verb at its end, however long the middle field. */
const MODAL_HEDGE = /\b(?:könnte|könnten|dürfte|dürften)\b/u;
/**
 * True when `lower` holds a word every match of {@link MODAL_HEDGE} holds (hedging-cues.test.ts checks
 * it). Tested on the sentence before its modal scope is cut out: most sentences have no German modal
 * (0.37 M instructions an article).
 */
const hasModalCue = (lower: string): boolean => lower.includes('könnte') || lower.includes('dürfte');

/**
 * The rumour patterns and the modal hedge, each with the pre-test isHedged runs before it: every match
 * must pass it, or skipping the pattern loses a hedge (hedging-cues.test.ts).
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze([
  cueCheck('RUMOUR_OPENS', RUMOUR_OPENS, [RUMOUR_STEM], { textsOf: lowerSentencesOf }),
  cueCheck('RUMOUR_OVER_CLAUSE', RUMOUR_OVER_CLAUSE, [RUMOUR_STEM], { textsOf: lowerSentencesOf }),
  cueCheck('RUMOUR_CLOSES', RUMOUR_CLOSES, [RUMOUR_STEM], { textsOf: lowerSentencesOf }),
  cueCheck('MODAL_HEDGE', MODAL_HEDGE, [hasModalCue], { textsOf: lowerSentencesOf }),
]);

/** How far back a modal may govern a trigger: to the last clause break within this many characters. */
const MODAL_REACH = 220;

/** A relative clause between commas: ", der Teil dieser Architektur ist,", ", which ships in May,". */
const EMBEDDED_RELATIVE =
  /,\s*(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|which|who)\s[^,;:.!?]{0,80},/gu;
/** A consequence told in the conditional: "was eine Verzögerung bedeuten würde", "would mean a delay". */
const HYPOTHETICAL_CONSEQUENCE =
  /\b(?:bedeuten|nach sich ziehen|zur folge haben)\s+(?:würde|würden|könnte|könnten)\b|\b(?:would|could)\s+(?:mean|imply|entail|amount to)\b/u;
/**
 * An open-ended later target beside the reported one ("auf Herbst 2025 oder möglicherweise später
 * verschoben", "to fall or perhaps even later"): the hedge is on the alternative, not on the event.
 */
const ALTERNATIVE_LATER =
  /\b(?:oder|or)\s+(?:möglicherweise|vielleicht|eventuell|sogar|possibly|perhaps|maybe|even|probably|wahrscheinlich)\s+(?:(?:noch|even)\s+)?(?:später|later)\b/gu;
/** Causal connectors: what follows is presupposed and not in the scope of a modal before it. */
const CAUSAL = /\b(due to|because of|owing to|as a result of|wegen|aufgrund|infolge)\b/gu;

/**
 * True when the trigger's clause is hedged. A speculation verb over a "dass/ob/whether" sentence
 * hedges all of it; a cause after a modal is asserted, not hedged; an attributive participle ("the
 * recently banned H20") is presupposed. Financial guidance ("may incur charges") is a reported
 * figure, so modal "may" does not hedge it; reported "could" of an export permission is no hedge.
 */
export function isHedged(type: EventType, sentence: string, lower: string, t: Trigger): boolean {
  const window = clauseWindow(lower, t.start, t.end);
  let from = window[0];
  const to = window[1];
  // "may incur charges due to new licence requirements": the cause is asserted, not hedged
  CAUSAL.lastIndex = 0;
  for (let m = CAUSAL.exec(lower); m !== null; m = CAUSAL.exec(lower))
    if (m.index >= from && m.index + m[0].length <= t.start) from = m.index;
  // "the recently banned H20": an attributive participle is presupposed by the clause around it
  if (isAttributive(type, lower, t)) return false;
  const clause = lower.slice(from, to).replace(ALTERNATIVE_LATER, ' ');
  // "Dass ... sanktionieren wird, war vermutet worden": a speculation verb governs the whole clause
  if (/^(?:dass|ob|whether)\b/u.test(lower) && HEDGE.test(lower)) return true;
  // "Whispers from the press suggest that V4 is slated ...": rumour over a that-clause holding the trigger
  const head = lower.slice(0, t.start);
  if (RUMOUR_STEM.test(head) && (RUMOUR_OVER_CLAUSE.test(head) || RUMOUR_OPENS.test(head))) return true;
  // "Nvidia verschiebt den Start, behaupten Gerüchte": a closing attribution hedges the clause it closes
  const tail = lower.slice(t.end);
  if (RUMOUR_STEM.test(tail)) {
    const close = RUMOUR_CLOSES.exec(tail);
    // only the clause it closes: not across ";", ", and", ", while" or ", but", nor "confirming what leakers claim"
    if (
      close !== null &&
      !OTHER_CLAUSE_BEFORE_CLOSE.test(tail.slice(0, close.index)) &&
      !QUOTED_CLAIM.test(close[0])
    )
      return true;
  }
  const lead = lower.slice(Math.max(0, t.start - 120), t.start);
  if (type !== 'financial' && type !== 'export_control' && believedByOutsiders(lead, lower, t)) return true;
  // the trigger may hold the belief's own verb: "the industry anticipates the launch of"
  if (
    type === 'plan' &&
    BELIEF_VERB_OPENS.test(t.text) &&
    believedByOutsiders(lower.slice(Math.max(0, t.start - 120), t.end), lower, t)
  )
    return true;
  // "If Washington approves the licence, Nvidia would ship ...": the condition and its hypothetical main clause
  const opening = CONDITION_OPENS.exec(lower);
  if (
    opening !== null &&
    (t.end <= opening[0].length || HYPOTHETICAL_MAIN.test(lower.slice(opening[0].length, t.end)))
  )
    return true;
  if (
    HOPE_OVER_CLAUSE.test(lead) ||
    DELIBERATION_BEFORE.test(lead) ||
    deliberatedOver(lead) ||
    OPEN_QUESTION_BEFORE.test(lead)
  )
    return true;
  if (type !== 'financial' && INDIRECT_QUESTION_BEFORE.test(lead) && !ANSWERED_BEFORE.test(lead)) return true;
  const foreseenCost =
    type === 'financial' &&
    STATED_BY_COMPANY.test(lower) &&
    !STATED_BY_OUTSIDER.test(lower) &&
    FORESEEN_COST.test(clause)
      ? clause.replace(FORESEEN_COST, '$1')
      : undefined;
  if (HEDGE.test(clause)) {
    const permission =
      type === 'export_control' &&
      REPORTED_COULD.test(clause) &&
      !HEDGE.test(clause.replace(/\bcould\b/gu, ''));
    if (!permission && !(foreseenCost !== undefined && !HEDGE.test(foreseenCost))) return true;
  }
  if (conditionIn(lower, from, to)) return true;
  if (hasModalCue(lower)) {
    // the scope only drops characters or blanks them, so a modal in it is a modal in `lower`
    const scope = modalScope(lower, t.start).replace(ALTERNATIVE_LATER, ' ');
    const costStated = foreseenCost !== undefined && !MODAL_HEDGE.test(foreseenCost);
    if (MODAL_HEDGE.test(scope) && !(type === 'export_control' && REPORTED_COULD.test(scope)) && !costStated)
      return true;
  }
  if ((type === 'release' || type === 'plan') && COUNTERFACTUAL.test(clause)) return true;
  if (HYPOTHETICAL_CONSEQUENCE.test(clause)) return true;
  return type !== 'financial' && HEDGE_MAY.test(sentence.slice(from, to));
}

/**
 * An outsider's belief governs the trigger unless the trigger sits in a relative clause inside it, is an
 * attributive participle ("der im August ausgelieferte GB300"), or is a definite event noun under a verb of
 * opinion ("Experts think the delay of R2 ... will cost"): those tell facts the belief takes for granted.
 */
function believedByOutsiders(lead: string, lower: string, t: Trigger): boolean {
  const belief = OUTSIDERS_BELIEVE.exec(lead);
  if (belief === null) return false;
  // the trigger inside a relative clause of the belief: ", which Nvidia began shipping in December"
  const relatives = [...belief[0].matchAll(RELATIVE_INSIDE_ALL)];
  const last = relatives[relatives.length - 1];
  if (last !== undefined && !belief[0].slice(last.index + 1).includes(',')) return false;
  // "der im August ausgelieferte GB300": an attributive participle before its noun
  if (ATTRIBUTIVE_ENDING.test(t.text) && /^\s+[\p{L}\d]/u.test(lower.slice(t.end, t.end + 2))) return false;
  // "Experts think the delay of R2 ... will cost": a propositional verb takes the definite event for granted
  return (
    !(PROPOSITIONAL.test(belief[0]) && DEFINITE_NOUN_BEFORE.test(lead)) &&
    !/^\p{L}/u.test(lower.slice(t.end, t.end + 1))
  );
}

const HEDGE_IF_ALL = new RegExp(HEDGE_IF.source, 'gu');

/**
 * Whether a condition ("if", "wenn", "ob") opens inside `lower[from, to)`. Read on the whole sentence, so
 * that a window starting mid-sentence cannot cut "auch wenn" (concessive) down to "wenn".
 */
function conditionIn(lower: string, from: number, to: number): boolean {
  HEDGE_IF_ALL.lastIndex = 0;
  for (let m = HEDGE_IF_ALL.exec(lower); m !== null; m = HEDGE_IF_ALL.exec(lower)) {
    const at = m.index + m[0].length - 1;
    if (at > from && m.index < to) return true;
    if (m.index >= to) break;
  }
  return false;
}

/**
 * True for an export trigger of one word used as an attributive participle after an article ("the
 * recently banned H20", "den bereits verbotenen"): presupposed, and it modifies the mention right after it.
 */
export function isAttributive(type: EventType, lower: string, t: Trigger): boolean {
  return (
    type === 'export_control' &&
    /(?:ed|te|ten)$/u.test(t.text) &&
    // "die Lizenz für den H20 erhalten": the article opens a noun the trigger holds, not the participle
    !/\s/u.test(t.text) &&
    /\b(?:the|den|die|das|der)\s+(?:recently |previously |already |zuvor |bereits |kürzlich )?$/u.test(
      lower.slice(Math.max(0, t.start - 30), t.start),
    )
  );
}

/** The text from the last clause break (at most {@link MODAL_REACH} characters back) to `start`. */
function modalScope(lower: string, start: number): string {
  // "könnte der R100, der Teil der Architektur ist, im Herbst kommen": an embedded relative clause
  // does not end the modal's clause
  const before = lower
    .slice(Math.max(0, start - MODAL_REACH), start)
    .replace(EMBEDDED_RELATIVE, (m) => ' '.repeat(m.length));
  let cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  // what follows "due to", "wegen" is asserted: the modal's scope ends there
  for (const m of before.matchAll(CAUSAL)) cut = Math.max(cut, m.index);
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** A list item: a line that opens with a bullet or dash. */
const LIST_ITEM = /^\s*[-•*–▪·]\s/u;
/**
 * A lead-in to estimates: what a company "is expected to" report, what analysts expect, "voraussichtlich",
 * "dürfte"; not a comparison of results with them ("did versus consensus estimates:", "results beat
 * estimates:", "schnitt im Vergleich zu den Erwartungen ab:").
 */
const EXPECTATION_LEAD_IN =
  /\b(?:(?:is|are)\s+expected\s+to|analysts?\s+(?:\S+\s+)?(?:expect|forecast|project|estimate)(?:s|ing)?|(?:wall street|the street|investors)\s+(?:\S+\s+)?expects?|voraussichtlich|dürfte[n]?|erwarten\s+analysten|analysten\s+erwarten|erwartet\s+(?:wird|werden))\b[^:]*:\s*$/u;
/** How many list items may stand between a lead-in and the item read. */
const MAX_ITEMS_BACK = 12;

/**
 * True when sentence `index` is an item of a list whose lead-in line announces estimates ("Here's how
 * Nvidia is expected to perform compared with consensus estimates:" over "- Revenue: $46 billion"): the
 * figures below it are forecasts, not results, as the lead-in's own hedge says.
 */
export function isUnderExpectationLeadIn(sentences: readonly { text: string }[], index: number): boolean {
  if (!LIST_ITEM.test(sentences[index]?.text ?? '')) return false;
  for (let i = index - 1; i >= Math.max(0, index - MAX_ITEMS_BACK); i -= 1) {
    const text = sentences[i]?.text ?? '';
    if (!LIST_ITEM.test(text)) return EXPECTATION_LEAD_IN.test(text.toLowerCase());
  }
  return false;
}
