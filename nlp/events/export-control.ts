/**
 * Export-control events: a government restricts or allows the export (or purchase) of a chip
 * ("verhängte Exportbeschränkungen für den H20", "granted licences to ship the H20"). Each event
 * carries a polarity, "restrict" or "allow", which keeps a ban and its lifting apart.
 */
import {
  EXPORT_ALLOW,
  EXPORT_EXCLUDE,
  LICENCE_DECIDED,
  NEGATION_BEFORE,
  PENDING_LICENCE,
  paysRevenueShareForLicences,
  REVENUE_SHARE_PAID_RE,
} from '../event-cues.js';
import type { FoundEvent } from '../types.js';
import { extractByRule, type EventRule, type SubjectFallback } from './build-event.js';
import type { DiscourseState } from './discourse-state.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import { pickDate, type SentenceContext } from './sentence-context.js';
import { firstFallback, namedInNextSentence } from './named-next.js';
import { identifiedLater } from './identified-later.js';

/** A licence named as a noun, neither granted nor required by the trigger itself. */
const LICENCE_NOUN = /^(?:export\s+)?licen[cs](?:es?|ing)$|^(?:export|ausfuhr)?lizenz\p{L}*$/u;
/** An order to buyers ("aufgefordert, keine Halbleiter mehr zu kaufen") needs its chip named. */
const BUYER_ORDER = /^(?:angewiesen|aufgefordert|verpflichtet|stop|halt|cease|suspend)/u;

/**
 * A restriction told as the cause or setting of something else ("a shift accelerated by US export
 * curbs", "einen Tag nach dem Exportverbot der USA kündigte Huawei ... an").
 */
const BACKGROUND_CAUSE_BEFORE =
  /\b(?:accelerated by|driven by|reflects?|reflecting|amid|due to|because of|given|in the face of|in response to|spurred by|angesichts|wegen|aufgrund|infolge|vor dem hintergrund|trotz|despite)\s+(?:\S+\s+){0,4}[^\s]*$|\b(?:nach dem|nach der|nach den|after the|following the|since the|seit dem|seit der|seit den)\s+(?:\S+\s+)?[^\s]*$/u;

/**
 * A restriction named only as the background of something else reports no decision unless it names
 * its chip as its object or inside itself ("amid US export curbs" no; "due to new licence rules for
 * the MI308" and "after the U.S. approved H20 sales" yes;
 * "nach dem Exportverbot der USA kündigte Huawei den Ascend 920 an" no).
 */
function reportsDecision(trigger: Trigger, sc: SentenceContext): boolean {
  const before = sc.lower.slice(Math.max(0, trigger.start - 50), trigger.start);
  if (!BACKGROUND_CAUSE_BEFORE.test(before) || verbAfterGermanPhrase(trigger, sc)) return true;
  const [, to] = clauseWindow(sc.lower, trigger.start, trigger.end);
  return sc.local.some(
    (m) =>
      m.mention.entry.kind === 'chip' &&
      m.start >= trigger.start &&
      m.start < to &&
      (m.end <= trigger.end ||
        RESTRICTED_OBJECT.test(sc.lower.slice(trigger.end, m.start).replace(QUOTES, ''))),
  );
}

/** A German causal or concessive preposition and the noun phrase it heads ("Trotz dieser Anpassung "). */
const GERMAN_CAUSE_PHRASE =
  /(?:^|\s)(?:(?:[Tt]rotz|[Ww]egen|[Aa]ufgrund|[Aa]ngesichts|[Ii]nfolge)\s+(?:\S+\s+){0,3}?\p{Lu}\p{Ll}+|[Tt]rotz allem|[Tt]rotzdem)\s+$/u;

/**
 * "Trotz dieser Anpassung stoppte die Regierung den Verkauf": a verb (lower case in German) after the
 * noun a causal preposition heads is the main clause's, not part of the background phrase.
 */
function verbAfterGermanPhrase(trigger: Trigger, sc: SentenceContext): boolean {
  const first = sc.text.charAt(trigger.start);
  return (
    first !== first.toUpperCase() &&
    GERMAN_CAUSE_PHRASE.test(sc.text.slice(Math.max(0, trigger.start - 50), trigger.start))
  );
}

/** Quotation marks around a chip's name ("von Nvidias „H20“-Prozessor") say nothing about what governs it. */
const QUOTES = /["'„“”‚‘’«»]/gu;

/** What a restriction noun governs: "Exportverbot für den H20", "curbs on the MI308", "ban of H20 sales". */
const RESTRICTED_OBJECT =
  /^\s*(?:\S+\s+){0,2}?(?:für|fuer|gegen|auf|von|on|for|of|against)\s+(?:\S+\s+){0,3}$|^\s*(?:des|der|den)\s+(?:\S+\s+){0,2}$/u;

/**
 * A German intention over a decision still to take: "Peking will die Einfuhr begrenzen", "plant, den
 * Export zu verbieten". The trigger ends in an infinitive that an intention verb before it governs.
 */
const INTENT_BEFORE =
  /\b(?:will|willst|wollen|wollte|wollten|plant|planen|plante|planten|beabsichtig\p{L}*)\b[^.;!?]{0,120}$/u;
/** The decision as an infinitive ("verbieten", "begrenzen"), not a participle ("verboten", "begrenzt"). */
const DECISION_INFINITIVE =
  /(?:verbieten|untersagen|stoppen|begrenzen|einschränken|beschränken|erlauben|genehmigen|blockieren|sperren|verhindern|unterbinden|aufheben|lockern|verschärfen)$/u;
/** A clause boundary between the intention and the decision ("Wie Trump es will, hat ... verboten"). */
const OTHER_CLAUSE = /,\s*(?!(?:den|die|das|dem|der)\s)|\b(?:nachdem|weil|als|after|because)\b/u;

function intendedOnly(t: Trigger, lower: string): boolean {
  if (!DECISION_INFINITIVE.test(t.text)) return false;
  const before = lower.slice(Math.max(0, t.start - 120), t.start);
  const intent = INTENT_BEFORE.exec(before);
  return intent !== null && !OTHER_CLAUSE.test(before.slice(intent.index + intent[0].search(/\s/u)));
}

/** A rule still proposed: "the proposed rule is under review", "a draft regulation", "is preparing to impose". */
const PROPOSAL =
  /\b(?:proposed|draft|mooted)\s+(?:\S+\s+)?(?:rules?|regulations?|measures?|restrictions?|bans?|curbs?)\b|\bunder review\b|\b(?:preparing|prepares|considering|considers|weighing|weighs|mulling)\s+(?:to\s+impose|new|whether|tighter|additional|export|a ban|restrictions)|(?:regel|verordnungs|gesetzes)?entwurf\p{L}*|\berwägt\b|\b(?:geplante|vorgeschlagene)\s+(?:\S+\s+)?(?:regel\p{L}*|beschränkung\p{L}*|verbot\p{L}*)/u;
/** A conditional of what the rule would do, not told as reported speech ("said it would require"). */
const WOULD_BEFORE = /\b(?:would|würde|würden)\s+(?:\S+\s+){0,7}$/u;
const SAID_BEFORE =
  /\b(?:said|says|announced|told|confirmed|informed|notified|wrote|erklärte|kündigte|teilte|bestätigte|informierte|unterrichtete)\b/u;

/**
 * "The proposed rule is under review. Nvidia and AMD would be required to have a special export licence":
 * what a rule still proposed in this or the previous sentence would require is no decision yet.
 */
function proposedOnly(t: Trigger, sc: SentenceContext): boolean {
  const [from] = clauseWindow(sc.lower, t.start, t.end);
  const before = sc.lower.slice(from, t.start);
  if (!WOULD_BEFORE.test(before.slice(-80)) || SAID_BEFORE.test(sc.lower.slice(0, t.start))) return false;
  const previous = sc.doc.sentences[sc.index - 1];
  const context =
    previous?.paragraph === sc.sentence.paragraph ? `${previous.text.toLowerCase()} ${sc.lower}` : sc.lower;
  return PROPOSAL.test(context);
}

/**
 * A decision not taken yet ("has not yet received a licence", "has yet to approve", "noch nicht genehmigt",
 * "noch keine Lizenz erhalten"), only weighed ("considering a potential agreement to permit", "erwägt, den
 * Export zu erlauben") or only expected ("which is expected to be approved for export",
 * "is likely to lift the ban"): no decision is reported, whichever way it may go.
 */
const NOT_TAKEN_BEFORE =
  /\b(?:not\s+yet|yet\s+to|noch\s+(?:nicht|kein\p{L}*)|still\s+(?:await\p{L}*|waiting\s+for))\s+(?:[^\s,;]+\s+){0,3}$|(?<!\p{L})(?:considering|weighing|mulling|erwäg(?:t|en)|überleg(?:t|en))\s+(?:(?:a|an|the|eine?n?|die|den|das)\s+)?(?:[^\s,;]+\s+){0,3}$|\b(?:expected|likely|poised|set|due)\s+to\s+(?:be\s+)?$/u;

/** A German stop of sales told by its verb first ("stoppte ... den Verkauf des"); a stop of exports is one by itself. */
const GERMAN_STOP = /^stopp(?!.*(?:export|ausfuhr|einfuhr|import))/u;
/** The state that stops, right before or inside the cue ("stoppte die Regierung", "Peking stoppt"), not a place. */
const STATE_ACTOR =
  /(?<!(?:in|nach|an|aus|für|von)\s)(?<![\p{L}])(?:china|peking|beijing|washington|usa|us-regierung|regierung|handelsministerium|zoll\p{L}*|behörde\p{L}*|ministerium|trump-regierung|trump|biden|weißen haus)(?![\p{L}])/u;
/** "hat die Ausfuhr des B30A noch nicht freigegeben": a permission not given yet, inside the cue. */
const NOT_TAKEN_INSIDE = /(?<![\p{L}])(?:noch|bislang|bisher)\s+(?:nicht|kein\p{L}*)(?![\p{L}])/u;

/** A rule still weighed: "measures being considered by the US government", "are under consideration". */
const CONSIDERED = /(?<!(?:had|has|have)\s+been\s+)(?:being considered|under consideration)(?![\p{L}])/u;

/** Whether the trigger's own clause tells the rule as still weighed (not one weighed before it was taken). */
function stillConsidered(t: Trigger, lower: string): boolean {
  const [from, to] = clauseWindow(lower, t.start, t.end);
  return CONSIDERED.test(lower.slice(from, to));
}

/** Words that stop a permission: "stopped clearing", "halted approvals", "no longer clears". */
const STOPPING = String.raw`stopp?(?:ed|s|ing)?|halt(?:ed|s|ing)?|ceas(?:e|es|ed|ing)|no longer`;
/** A permission stopped right before it: "has stopped clearing shipments", "no longer approves". */
const STOPPED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${STOPPING})\s+$`, 'u');
/**
 * A negation inside the trigger itself makes a permission a restriction: "darf ... nicht mehr liefern", "not
 * approved", "stopped clearing shipments".
 */
const NEGATED_PERMISSION = new RegExp(String.raw`\b(?:nicht|kein\w*|not|${STOPPING})\b`, 'u');

/** A bare permission ("erlaubt die Kombination") is an export decision only where export or sale is spoken of. */
const BARE_PERMISSION = /^(?:erlaub|genehmig|allow|approv|permit|clear)/u;
const EXPORT_CONTEXT =
  /(export|ausfuhr|einfuhr|import|verk[aä]uf|liefer|lizenz|licen[cs]|china|chines|(?<![\p{L}])(?:sale|sell|ship))/u;

/**
 * Shipments or sales halted or limited ("stopped shipments of the H20", "schränkt den Verkauf ... ein")
 * are an export decision only where a state or a market is spoken of.
 */
const HALTED_SALES =
  /^(?:halt|stop|suspend|froze|freez|schränk|beschränk)|(?:einzuschränken|eingeschränkt|einschränken|begrenzt|begrenzen)$/u;
const STATE_CONTEXT =
  /(export|ausfuhr|einfuhr|import|lizenz|licen[cs]|china|chines|govern|regierung|washington|peking|beijing|commerce|handelsministerium|sanktion|sanction|rules|regel|restrict|\bban|verbot|customs|zoll)/u;

/**
 * Licences and permits of any kind ("grants licences for its chip designs", "issued building permits"):
 * an export decision only where a state, exports or China are spoken of.
 */
const LICENCE_OF_ANY_KIND = /^grant(?:s|ing)?\s|permits?$/u;
/** Words that name a state or its agencies (China stands for Beijing's side). */
const STATE_WORDS =
  'china|chines|govern|regierung|washington|peking|beijing|commerce|handelsministerium|customs|zoll';
const STATE_OR_EXPORT = new RegExp(`(export|ausfuhr|einfuhr|import|sanktion|sanction|${STATE_WORDS})`, 'u');

/** Orders paused or a way opened: an export decision only where a state or China is named. */
const BUYERS_HALTED_OR_WAY_OPENED = /(?<![\p{L}])(?:pause|orders|purchases|the way for|weg für)(?![\p{L}])/u;
const STATE_CONTEXT_NAMED = new RegExp(
  `(${STATE_WORDS}|white house|weißen haus|trump|biden|regulator|behörde|ministry|ministerium)`,
  'u',
);

/** "allow" for a permitting trigger ("erlaubt", "granted", "verkaufen darf"), else "restrict". */
export function exportPolarity(t: Trigger): string {
  return EXPORT_ALLOW.test(t.text) && !NEGATED_PERMISSION.test(t.text) ? 'allow' : 'restrict';
}

/**
 * The words after a trigger up to a concessive or subordinate turn ("..., though curbs on ...", ", which");
 * a comma alone does not end it ("verboten, neuste KI-Chip-Modelle ... zu liefern" is its object).
 */
function ownObjectAfter(lower: string, trigger: Trigger): string {
  return (
    lower
      .slice(trigger.end, trigger.end + 90)
      .split(
        /[;:]|,?\s(?:though|although|while|but|whereas|which|obwohl|aber|während|doch|jedoch|weil|da)\s/u,
      )[0] ?? ''
  );
}

/** Chips named by a grade, not a name: "its most powerful chips", "fortschrittlichste KI-Chips", "advanced GPUs". */
const GENERIC_CHIPS_AFTER =
  /^[^.;:!?]{0,60}?(?<![\p{L}])(?:most (?:advanced|powerful|capable|sophisticated)|advanced|cutting-edge|high-end|top-tier|leading-edge|state-of-the-art|latest|newest|fortschrittlichst\p{L}*|leistungsstärkst\p{L}*|modernst\p{L}*|neueste?\p{L}*|neuste?\p{L}*|hochmodern\p{L}*|fortgeschritten\p{L}*|hochentwickelt\p{L}*)\s+(?:\S+\s+){0,2}?[\p{L}-]*(?:chips|chip-modelle|processors|accelerators|gpus|semiconductors|halbleiter\p{L}*|prozessoren|beschleuniger\p{L}*)(?![\p{L}])/u;

/**
 * A German noun of exports resumed ("kündigte die Wiederaufnahme der Ausfuhren an") is a decision like a verb:
 * with an export object after it, not hoped for, ruled out or hypothetical.
 */
const RESUMPTION = /^wiederaufnahme$/u;
/** What a resumption must be of, and what makes it no decision told as done. */
const EXPORT_OBJECT_AFTER = /^\s+(?:der|des)\s+\S*(?:export|ausfuhr|liefer|verk[aä]uf)/u;
const NOT_TOLD_AS_DONE =
  /(?<![\p{L}])(?:hofft\p{L}*|hoffen|erwart\p{L}*|in sicht|würde\p{L}*|könnte\p{L}*|wäre|falls|wenn|ob)(?![\p{L}])/u;

function isResumption(trigger: Trigger, lower: string): boolean {
  return (
    RESUMPTION.test(trigger.text) &&
    EXPORT_OBJECT_AFTER.test(lower.slice(trigger.end, trigger.end + 40)) &&
    !NOT_TOLD_AS_DONE.test(lower)
  );
}

/** A German licence noun told as a new rule ("über die neuen Lizenzanforderungen"). */
const NEW_RULE_BEFORE = /(?<![\p{L}])(?:neue[nmrs]?|verschärfte[nmrs]?|strengere[nmrs]?)\s+$/u;
const LICENCE_RULE_NOUN = /^(?:export|ausfuhr)?(?:lizenz|genehmigung)\p{L}*$/u;
/** A rule ruled out, debated or about other goods than chips: no decision on the chip told before. */
const NOT_A_CHIP_RULE =
  /\b(?:ausschließ\w*|schließt\w*|diskutier\w*|erwäg\w*|könnte\w*|würde\w*|rechnen mit|nicht|kein\w*|ausrüstung\w*|anlagen|maschinen\w*|werkzeug\w*)\b/u;

/**
 * A German licence noun told as a new rule is a decision like a verb ("Washington informierte Nvidia
 * über die neuen Lizenzanforderungen"), and reaches the chip of the last three sentences.
 */
function isNewLicenceRule(trigger: Trigger, sc: SentenceContext, before: string): boolean {
  return (
    NEW_RULE_BEFORE.test(before) && LICENCE_RULE_NOUN.test(trigger.text) && !NOT_A_CHIP_RULE.test(sc.lower)
  );
}

/**
 * "Die Regierung erlaubte später, den Export wieder aufzunehmen": a finite verb without a named chip
 * refers to the chip of the licence context (the last export decision reported), else to the one
 * chip of the last two sentences (three for a new licence rule); so does a revenue share paid for licences
 * ("muss Nvidia 15 Prozent dieser Einnahmen abführen"). Nouns (but a new licence rule or a resumption), "would" clauses
 * and buyer orders carry no topic.
 */
function licenceContext(
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
  corefers: boolean,
): SubjectFallback | undefined {
  const { lower, text, index, doc } = sc;
  const before = lower.slice(Math.max(0, trigger.start - 30), trigger.start);
  const newRule = isNewLicenceRule(trigger, sc, before);
  const verbal =
    (/^[\p{Ll}\p{N}]/u.test(text.slice(trigger.start, trigger.end)) ||
      newRule ||
      isResumption(trigger, lower)) &&
    !/\b(would|würde\w*)\b/u.test(before);
  if (!verbal || BUYER_ORDER.test(trigger.text) || corefers) return undefined;
  // "restrictions bar China from buying Nvidia's most powerful chips": the decision names its own, unnamed chips
  if (GENERIC_CHIPS_AFTER.test(ownObjectAfter(lower, trigger))) return undefined;
  const context = state.lastEvent(found, (e) => e.type === 'export_control');
  const contextMention = context === undefined ? undefined : doc.mentionsOf(context.subject.id)[0];
  const chips = new Map(
    state
      .recentSubjects()
      .filter(
        (r) =>
          r.sentence < index &&
          index - r.sentence <= (newRule ? 3 : 2) &&
          !r.baseline &&
          r.mention.entry.kind === 'chip',
      )
      .map((r) => [r.mention.entry.id, r.mention]),
  );
  const only = contextMention ?? (chips.size === 1 ? [...chips.values()][0] : undefined);
  return only === undefined ? undefined : { mention: only, penalty: 0.2 };
}

/** The rule of export decisions; its base confidence also rates chips completed from the next sentence. */
export const EXPORT_CONTROL: EventRule = {
  type: 'export_control',
  subjectKinds: ['chip'],
  baseConfidence: 0.75,
  futureDates: false,
  carriesTopic: true,
  findsReason: false,
  polarityOf: exportPolarity,
  fallbackSubject: firstFallback(licenceContext, namedInNextSentence, identifiedLater),
};

/**
 * A relative clause that describes a chip after the decision (", which are designed to comply with
 * previous export controls"): what it says of the chip does not qualify the decision before it.
 */
const DESCRIBING_RELATIVE =
  /,\s*(?:which|that)\s+(?:are|is|were|was|had been|have been)\s+(?:\S+\s+)?(?:designed|built|made|tailored|intended|meant|optimi[sz]ed|compliant|based|engineered)\b[^,;:]*/gu;

/** A trigger inside such a relative clause describes the chip; it reports no decision of its own. */
function insideDescribingRelative(t: Trigger, lower: string): boolean {
  for (const m of lower.matchAll(DESCRIBING_RELATIVE))
    if (t.start >= m.index && t.end <= m.index + m[0].length) return true;
  return false;
}

/**
 * "war speziell für China konzipiert worden, nachdem Bidens Regierung 2023 Exportauflagen verhängte",
 * "entstand als Reaktion auf frühere Exportregeln": the rules a chip was made to answer are its
 * background, not a decision about it (a trigger in the clause after the design verb).
 */
const RULES_A_CHIP_ANSWERED =
  /\b(?:konzipiert|entwickelt|zugeschnitten|entstand|entstanden|designed|developed|tailored|created)\b[^.;!?]{0,50}?\b(?:nachdem|after|following|in response to|als reaktion auf)\b[^.;!?]*$/u;

/**
 * "überprüft die Exportgenehmigungen für den MI308; für den H20 wurden sie bereits erteilt": a trigger in
 * the clause of a pending licence reports no decision, whatever the sentence decides elsewhere.
 */
function insidePendingClause(t: Trigger, lower: string): boolean {
  const pending = PENDING_LICENCE.exec(lower);
  if (pending === null) return false;
  const [from, to] = clauseWindow(lower, pending.index, pending.index + pending[0].length);
  return t.start < to && t.end > from;
}

/** Triggers that are bare nouns, with no verb to say which way the decision went ("licences", "customs"). */
const BARE_DECISION_NOUN = new RegExp(`${LICENCE_NOUN.source}|^(?:customs|zoll\\p{L}*)$`, 'u');

/**
 * "granted export licences", "customs approved imports of the H20": a bare noun takes the polarity of a
 * permitting verb beside it, so that one permission is not also read as a restriction.
 */
function polarityAmong(trigger: Trigger, triggers: readonly Trigger[]): string {
  const permits = triggers.some((t) => exportPolarity(t) === 'allow');
  return permits && BARE_DECISION_NOUN.test(trigger.text) ? 'allow' : exportPolarity(trigger);
}

/**
 * The export decisions a sentence reports. The first restriction trigger that names no chip is noted
 * in the discourse state, so that the next sentence may name it (see pending-export.ts).
 */
export const extractExportControls: EventExtractor = (sc, state) => {
  const run = extractByRule(EXPORT_CONTROL, sc, state, {
    // "lifting the H20 ban on July 15 and granting a licence in early August": two decisions
    apartByDate: true,
    admits: () => {
      const told = sc.lower.replace(DESCRIBING_RELATIVE, (m) => ' '.repeat(m.length));
      return !EXPORT_EXCLUDE.test(told) && (!PENDING_LICENCE.test(told) || LICENCE_DECIDED.test(told));
    },
    // "wird Nvidia nicht erlauben", "has not received licences": a permission refused is a restriction
    polarity: (t, ts) =>
      NEGATION_BEFORE.test(sc.lower.slice(Math.max(0, t.start - 40), t.start)) ||
      STOPPED_BEFORE.test(sc.lower.slice(Math.max(0, t.start - 20), t.start))
        ? 'restrict'
        : polarityAmong(t, ts),
    accepts: (t) =>
      !insideDescribingRelative(t, sc.lower) &&
      !RULES_A_CHIP_ANSWERED.test(sc.lower.slice(Math.max(0, t.start - 120), t.start)) &&
      !insidePendingClause(t, sc.lower) &&
      reportsDecision(t, sc) &&
      !proposedOnly(t, sc) &&
      !intendedOnly(t, sc.lower) &&
      !NOT_TAKEN_BEFORE.test(sc.lower.slice(Math.max(0, t.start - 50), t.start)) &&
      !stillConsidered(t, sc.lower) &&
      (!HALTED_SALES.test(t.text) || STATE_CONTEXT.test(sc.lower)) &&
      // "stoppte Nvidia den Verkauf des H20": a company's own stop is no decision of a state
      (!GERMAN_STOP.test(t.text) ||
        STATE_ACTOR.test(sc.lower.slice(Math.max(0, t.start - 40), t.start) + t.text)) &&
      !NOT_TAKEN_INSIDE.test(t.text) &&
      (!BARE_PERMISSION.test(t.text) || EXPORT_CONTEXT.test(sc.lower)) &&
      (!LICENCE_OF_ANY_KIND.test(t.text) || STATE_OR_EXPORT.test(sc.lower)) &&
      // "told suppliers to pause orders", "the redesign opened the way for sales": a state must decide
      (!BUYERS_HALTED_OR_WAY_OPENED.test(t.text) || STATE_CONTEXT_NAMED.test(sc.lower)) &&
      (!REVENUE_SHARE_PAID_RE.test(t.text) || paysRevenueShareForLicences(sc.lower)) &&
      !describesStandingRules(t, sc.lower),
  });
  const first = run.unplaced[0];
  if (first !== undefined) state.unplacedExport = { trigger: first, date: pickDate(sc, first, false) };
  return run.found.filter((e) => !isSpared(e.subject.id, sc));
};

/** A permission told as the state of things: "still permitted for sale", "derzeit legal ... verkaufen darf". */
const STANDING_BEFORE = /\b(?:still|currently|derzeit|noch|weiterhin|bislang|bisher)\s+(?:\S+\s+){0,4}?$/u;
/**
 * A restriction told as lasting, not decided: "is still not allowed to sell", "darf weiterhin nicht
 * geliefert werden", "gilt nach wie vor ein Exportverbot", "remain banned".
 */
const CONTINUING =
  /\b(?:still|weiterhin|nach wie vor|noch immer|immer noch|remains?|remained|bleib\p{L}*|blieb\p{L}*|continues? to be|continued to be)\s+(?:\S+\s+){0,2}?\S*$/u;
/** "Nach wie vor gilt für den H20 eine Lizenzpflicht", "still applies to": a rule standing, not imposed. */
const STILL_APPLIES =
  /(?<![\p{L}])(?:nach wie vor|weiterhin|immer noch|noch immer|still)\s+(?:gilt|gelten|besteht|bestehen|applies|apply)(?![\p{L}])[^.;!?]*$/u;
/** "the ban on H20 sales would stay in place", "bleibt in Kraft": the restriction kept, not decided. */
const STAYS_AFTER =
  /^[^.;!?]{0,40}?(?<![\p{L}])(?:(?:would|will|to|shall|should)\s+(?:stay|remain)|stays|remains|bleibt|bleiben)\s+(?:(?:in place|in force|in effect|unchanged)|(?:\S+\s+){0,2}?(?:bestehen|in kraft|unverändert))(?![\p{L}])/u;
const CONTINUING_INSIDE = /\b(?:still|weiterhin|nach wie vor|noch immer|immer noch)\b/u;
/** Rules told as the setting: "under U.S. export controls", "trotz strenger US-Exportbeschränkungen". */
const SETTING_BEFORE =
  /(?<!\b(?:fall|falls|fell|falling|come|comes|came|coming|brought|placed|put)\s+)\b(?:under|despite|trotz)\s+(?:the\s+|den\s+|der\s+)?(?:(?!new\b|neue\w*|tighter\b|latest\b|verschärft\w*)\S+\s+){0,2}?$/u;
const RULES_NOUN = /^(?:\S*-)?(?:export|ausfuhr)\S*\s*(?:controls?|restrictions?|rules|curbs|regulations)?$/u;
/**
 * Rules a chip is made to avoid: "die Exportrestriktionen umgehen sollte", "to get around export curbs"
 * (a chip made to comply is round 22's; one that "no longer complies" is decided on).
 */
const RULES_AVOIDED_AFTER = /^\s+(?:\S+\s+){0,2}?(?:umgehen|umgangen|zu umgehen|unterlaufen)(?![\p{L}])/u;
const RULES_AVOIDED_BEFORE =
  /\b(?:circumvent\w*|get(?:s|ting)? around|got around|skirt\w*|evad\w*)\s+(?:the\s+|its\s+|these\s+)?(?:\S+\s+){0,2}?$/u;

/**
 * "the most advanced chip the company is currently permitted to sell to China", "still permitted for
 * sale in China under U.S. export controls", "designed to get around export curbs": a permission or
 * the rules described as they stand, or as what a chip was made to avoid, are the chip's setting, no decision.
 */
function describesStandingRules(t: Trigger, lower: string): boolean {
  const [from] = clauseWindow(lower, t.start, t.end);
  const before = lower.slice(Math.max(from, t.start - 60), t.start);
  if (EXPORT_ALLOW.test(t.text) && STANDING_BEFORE.test(before)) return true;
  if (
    CONTINUING.test(before) ||
    CONTINUING_INSIDE.test(t.text) ||
    STILL_APPLIES.test(lower.slice(from, t.start))
  )
    return true;
  if (STAYS_AFTER.test(lower.slice(t.end, t.end + 60))) return true;
  return (
    RULES_NOUN.test(t.text) &&
    (SETTING_BEFORE.test(before) ||
      RULES_AVOIDED_BEFORE.test(before) ||
      RULES_AVOIDED_AFTER.test(lower.slice(t.end, t.end + 40)))
  );
}

/** "The H20 is not affected", "der H20 ist nicht betroffen": the chip named is left out of the rules. */
const SPARED_AFTER =
  /^[^,;.:]{0,60}?(?:\b(?:not|nicht|nie|never)\s+(?:\S+\s+){0,2}?(?:affected|impacted|covered|betroffen|erfasst)\b|\bun(?:affected|impacted)\b)/u;
/** "The rules do not apply to the H20", "gelten nicht für den H20", "exempts the H20", "außer dem H20". */
const SPARED_BEFORE =
  /\b(?:(?:do|does|did|will|would)\s+not\s+apply\s+to|gelten?\s+nicht\s+für|gilt\s+nicht\s+für|exempt(?:s|ed|ing)?|ausgenommen(?:\s+(?:ist|sind|sei|seien))?|except(?:\s+for)?|with the exception of|außer|mit ausnahme)\s+(?:\S+\s+){0,3}$/u;

/**
 * Whether every mention of the subject in the sentence is spared by the rules it reports (see above):
 * a chip named as untouched is no object of the decision.
 */
function isSpared(subjectId: string, sc: SentenceContext): boolean {
  const ms = sc.local.filter((m) => m.mention.entry.id === subjectId);
  return (
    ms.length > 0 &&
    ms.every(
      (m) =>
        SPARED_AFTER.test(sc.lower.slice(m.end, m.end + 80)) ||
        SPARED_BEFORE.test(sc.lower.slice(Math.max(0, m.start - 50), m.start)),
    )
  );
}
