/**
 * Hardware-switch events: a model's training or inference moves to another platform ("trainiert R2
 * inzwischen auf Ascend-Chips statt auf Nvidia-GPUs"). The subject is the model (a discovered
 * candidate when the knowledge base has none), else the company or its topic model; the reason is
 * the purpose (training, inference, compute). Before/now contrasts over two sentences are a
 * separate pass (switch-contrast.ts).
 */
import { COMPUTE_CONTEXT, GENERIC_PLATFORM, GENERIC_PRODUCT, RETURN_MOVE } from '../event-cues.js';
import type { KbEntry, KnowledgeBase } from '../knowledge-base.js';
import type { EventEntity, FoundEntity, FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import type { Trigger } from './find-triggers.js';
import { pickSubjects, type LocalMention } from './pick-subjects.js';
import { developerOf } from './related-entities.js';
import { runTriggers, type EventExtractor } from './run-triggers.js';
import { pickDate, type SentenceContext } from './sentence-context.js';
import { actsItself, involvesOtherVendor, switchAgents } from './switch-agent.js';
import { switchPlatforms } from './switch-platforms.js';
import { topicModelOf } from './switch-subject.js';

const BASE_CONFIDENCE = 0.75;
/**
 * Verbs that say a move by themselves (not "statt", "instead of", "replace"), and the move said with both
 * its ends or as an exchange ("vom H20 auf Ascend-Chips gewechselt", "gegen AMDs MI350 ausgetauscht",
 * "from Nvidia clusters to AMD's MI350").
 */
const STRONG_MOVE =
  /^(?:wechsel|umgestiegen|umgestellt|switch|migrat|migrier|steig|stieg|umgeschwenkt|schwenk|tauscht|abgewandt|abgekehrt|ditch|dump|abandon|swap|(?:von|vom|gegen)\s|(?:training|trainings\p{L}*|inferenz|betrieb|workloads?|rechenlast\p{L}*)\s|nicht mehr\s|(?:und|,)\s+nicht mehr|no longer\s)|\sfrom\s.*\s(?:on)?to$/u;
/**
 * A reliance said as new or decided ("setzt nun auf", "now relies on", "will künftig ... verwenden",
 * "plans to use"): with a named target, a move of compute.
 */
const CHANGED_RELIANCE =
  /\b(?:nun|jetzt|inzwischen|mittlerweile|neuerdings|stattdessen|künftig|zukünftig|fortan|erstmals|seit|since|been using|been deploying|more|experiment\w*|now|increasingly|instead|plans?|planning|plant|planen|agreed|decided|beschloss\w*|entschied\w*)\b/u;
const INFERENCE = /inferen|\b(?:läuft|laufen|runs?|running|betrieben|deployed|serv(?:es|ed|ing))\b/u;

/**
 * Training, inference, or compute when the move is between two named platforms, or is a return to
 * a named one (the platform it leaves is implied).
 */
function purposeOf(
  lower: string,
  related: readonly EventEntity[],
  trigger: Trigger,
  kb: KnowledgeBase,
): string | null {
  const to = related.some((r) => r.role === 'to');
  // "wechselt ByteDance zu Huaweis Ascend 910B": a move verb with a named chip as its target
  const toChip = related.some((r) => r.role === 'to' && kb.byId.get(r.id)?.kind === 'chip');
  // "wendet sich von Nvidia ab und setzt auf eigene Chips": a generic target beside a named source
  const bothEnds =
    (to || GENERIC_PLATFORM.test(lower)) &&
    (related.some((r) => r.role === 'from') || RETURN_MOVE.test(trigger.text));
  return /train/u.test(lower)
    ? 'training'
    : INFERENCE.test(lower)
      ? 'inference'
      : bothEnds ||
          (toChip && STRONG_MOVE.test(trigger.text)) ||
          ((to || GENERIC_PLATFORM.test(lower)) && CHANGED_RELIANCE.test(trigger.text))
        ? 'compute'
        : null;
}

/** An unknown model named in the sentence ("sein nächstes Modell GLM-5") before its developer. */
function candidateSwitch(
  candidate: FoundEntity,
  related: readonly EventEntity[],
  purpose: string,
  trigger: Trigger,
  sc: SentenceContext,
): FoundEvent {
  return {
    type: 'hardware_switch',
    subject: { id: candidate.id, name: candidate.name },
    related: [...related],
    date: pickDate(sc, trigger, false),
    reported: sc.doc.reported,
    confidence: BASE_CONFIDENCE - 0.1,
    evidence: sc.text,
    reason: purpose,
  };
}

/** A subject of a switch and the confidence it leaves the event with. */
interface SwitchSubject {
  entity: KbEntry;
  confidence: number;
}

/**
 * The last model of recent sentences, else the last company named so far, at a lower confidence; none
 * when the sentence speaks of an indefinite product ("that a model can be trained on ...").
 */
function carriedSwitchSubject(sc: SentenceContext, state: DiscourseState): SwitchSubject | undefined {
  const { doc, index } = sc;
  if (GENERIC_PRODUCT.test(sc.lower)) return undefined;
  const carried = [...state.recentSubjects()]
    .reverse()
    .find((r) => r.sentence < index && r.mention.entry.kind === 'model');
  const org = doc.lastMentionBefore(
    sc.sentence.end,
    (x) => x.entry.kind === 'organization' && !doc.chipMakers.has(x.entry.id),
  );
  const entity = carried?.mention.entry ?? org?.entry;
  return entity === undefined ? undefined : { entity, confidence: BASE_CONFIDENCE - 0.15 };
}

/**
 * "Nvidia plans to train Nemotron on its Blackwell chips", "Google plans to run Gemini on Ironwood": an
 * adoption of the subject's own named platform is its setup, not a move, unless it leaves a platform named
 * beside it.
 */
function onOwnPlatform(subject: KbEntry, related: readonly EventEntity[], kb: KnowledgeBase): boolean {
  const maker = subject.kind === 'organization' ? subject.id : subject.developer;
  const target = related.find((r) => r.role === 'to');
  // "setzt nun auf eigene AI5-Chips statt auf Nvidia": leaving another vendor is a move
  if (maker === undefined || target === undefined || related.some((r) => r.role === 'from')) return false;
  return target.id === maker || kb.byId.get(target.id)?.developer === maker;
}

/**
 * Chip makers named before the trigger's end that neither are a platform of the switch nor make one ("der
 * Tech-Konzern Microsoft greift nun auf die H200-Generation zurück", "Tesla will lean more on Nvidia"):
 * big platforms make chips too, and when the move goes to another vendor's hardware they are its movers.
 */
function chipMakersAside(
  trigger: Trigger,
  sc: SentenceContext,
  related: readonly EventEntity[],
): LocalMention[] {
  const { doc } = sc;
  return sc.local.filter((m) => {
    const id = m.mention.entry.id;
    if (m.mention.entry.kind !== 'organization' || !doc.chipMakers.has(id)) return false;
    // a mover stands before the trigger or inside its verb bracket; platforms follow it
    if (m.start >= trigger.end || !actsItself(m, sc.lower)) return false;
    return !related.some((r) => r.id === id || doc.kb.byId.get(r.id)?.developer === id);
  });
}

/**
 * The named models with their coordinated siblings ("Alibaba und Baidu trainieren ..."), else the
 * companies that make no chips and the chip makers that are `agents` (switch-agent.ts), else the last
 * model of recent sentences or the last company named so far; a company stands for its topic model
 * when the text has one.
 */
function switchSubjects(
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  models: readonly LocalMention[],
  agents: readonly LocalMention[],
  related: readonly EventEntity[],
): SwitchSubject[] {
  const { doc, index } = sc;
  const pick = (ms: readonly LocalMention[]): LocalMention[] =>
    pickSubjects(['organization'], trigger, ms, sc.lower);
  const named =
    models.length > 0
      ? models
      : pick(sc.local.filter((m) => !doc.chipMakers.has(m.mention.entry.id) || agents.includes(m)));
  const aside = named.length > 0 ? [] : chipMakersAside(trigger, sc, related);
  const picked = pick(aside);
  const movers = named.length > 0 ? named : picked.length > 0 ? picked : aside.slice(0, 1);
  const found: SwitchSubject[] =
    movers.length > 0
      ? movers.map((m) => ({ entity: m.mention.entry, confidence: BASE_CONFIDENCE }))
      : [carriedSwitchSubject(sc, state)].filter((x) => x !== undefined);
  // "DeepSeek has since moved training back to the H20" in a text about R2: R2's training
  return found.map(({ entity, confidence }) => {
    const topic =
      entity.kind === 'organization'
        ? topicModelOf(entity, doc.mentions, index, sc.lower, doc.skip, doc.sentences[index - 1]?.text)
        : undefined;
    return topic === undefined ? { entity, confidence } : { entity: topic, confidence: confidence - 0.05 };
  });
}

function buildSwitch(trigger: Trigger, sc: SentenceContext, state: DiscourseState): FoundEvent[] {
  const agents = switchAgents(trigger, sc);
  const related = switchPlatforms(trigger, sc, agents);
  if (related === null) return [];
  const purpose = purposeOf(sc.lower, related, trigger, sc.doc.kb);
  const models = pickSubjects(['model'], trigger, sc.local, sc.lower);
  const candidate = sc.doc.candidates.find((c) => c.kind === 'model' && sc.text.includes(c.name));
  if (models.length === 0 && candidate !== undefined && purpose !== null)
    return [candidateSwitch(candidate, related, purpose, trigger, sc)];
  if (purpose === null) return [];
  const date = pickDate(sc, trigger, false);
  // a chip maker's own workloads may move between its chips; without training or inference named, its
  // own chips alone are a change of its product line ("Nvidia replaces the H20 with the B30A")
  const movers = agents.filter(
    (a) => purpose !== 'compute' || involvesOtherVendor(a.mention.entry.id, related, sc.doc.kb),
  );
  const subjects = switchSubjects(trigger, sc, state, models, movers, related).filter(
    (subject) => !ADOPTION.test(trigger.text) || !onOwnPlatform(subject.entity, related, sc.doc.kb),
  );
  return [...new Map(subjects.map((s) => [s.entity.id, s])).values()].map((subject) => ({
    type: 'hardware_switch',
    subject: { id: subject.entity.id, name: subject.entity.name },
    related: [...developerOf(subject.entity.id, sc.doc.kb), ...related],
    date,
    reported: sc.doc.reported,
    confidence: Math.min(0.95, Math.max(0.3, subject.confidence + (date ? 0.05 : 0))),
    evidence: sc.text,
    reason: purpose,
  }));
}

/**
 * Adoption triggers (a plan, a decision, use since a time, "künftig ... nutzen"): they say no move when
 * negated inside ("plant nicht, ...", "künftig nicht nutzen"), when more of the same is meant ("künftig
 * mehr Nvidia-Chips"), or when outsiders expect it ("Analysten erwarten, dass ...").
 */
const ADOPTION =
  /^(?:plans?|planning|agreed|agrees|aims?|intends?|decided|has chosen|chose|plant|planen|plante|planten|beschloss|beschlossen|entschied|entschieden|künftig|zukünftig|fortan|erstmals|nutz|verwend|setz|has been|have been|lean|leans|leaning|rel[yi]|experiment)/u;
const NOT_AN_ADOPTION =
  /\b(?:nicht|kein\w*|keinesfalls|keineswegs|nie|niemals|not|never|no longer|mehr|more of|weiterhin|auch|wie bisher)\b/u;
const OUTSIDERS_EXPECT =
  /\b(?:analysts?|analysten|experten|experts|beobachter|observers|insiders?)\s+(?:\S+\s+){0,2}?(?:expect|expects|predict|predicts|believe|believes|erwarten|rechnen|glauben|vermuten)\b/u;

/**
 * "wurde von den Behörden ermutigt, ... zu verwenden", "regulators urged ByteDance to use": a move others
 * want, told as the infinitive the urging governs; a finite move after it ("... and switched R2 training")
 * or a participle opener ("Pressed by investors, ByteDance shifted ...") is a move of its own.
 */
const URGED_BEFORE =
  /\b(?:encouraged|urged|pressed|pressured)\b(?:\s+\S+){0,5}?\s+to\s+(?![^.;!?]*\b(?:and|but)\s)[^.;!?]{0,100}$|\b(?:ermutigt|aufgefordert|gedrängt|angehalten)\b[^.;!?]{0,40},\s(?![^.;!?]*\b(?:und|aber)\s)[^.;!?]{0,100}$/u;

/**
 * "does not use any American chips", "ohne US-Chips", "without any Nvidia hardware": the usual platform
 * ruled out is a move only when the model is said to run entirely on the other ("trained entirely on
 * Ascend", "without a single Nvidia GPU"); not when it always did, or when the sentence says what cannot be
 * done without it ("Ohne Nvidia-Chips kann ByteDance kaum trainieren", "Without Nvidia GPUs, X could not
 * have trained ...").
 */
const WITHOUT_USUAL = /^(?:does|do|did|ohne|without)\b/u;
const ENTIRELY =
  /\b(?:entirely|exclusively|fully|solely|completely|a single|komplett|ausschließlich|vollständig|gänzlich|einzigen?)\b/u;
const ALWAYS_OR_UNABLE =
  /\b(?:always|immer|stets|kann|können|könnte|kaum|cannot|can['’]t|could not|couldn['’]t)\b/u;

function isAdoptionRuledOut(trigger: Trigger, sc: SentenceContext): boolean {
  if (URGED_BEFORE.test(sc.lower.slice(Math.max(0, trigger.start - 100), trigger.start))) return true;
  if (WITHOUT_USUAL.test(trigger.text) && (!ENTIRELY.test(sc.lower) || ALWAYS_OR_UNABLE.test(sc.lower)))
    return true;
  if (!ADOPTION.test(trigger.text)) return false;
  // "lean more on" says more by itself
  const inside = trigger.text.replace(/^(?:lean|leans|leaning|rel[yi]\w*)\s+more\b/u, '');
  return NOT_AN_ADOPTION.test(inside) || OUTSIDERS_EXPECT.test(sc.lower.slice(0, trigger.start));
}

/** The hardware switch a sentence about training, inference or named chips reports: at most one per sentence. */
export const extractHardwareSwitches: EventExtractor = (sc, state) =>
  runTriggers(sc, state, {
    type: 'hardware_switch',
    accepts: (t) => !isAdoptionRuledOut(t, sc),
    admits: () => COMPUTE_CONTEXT.test(sc.lower) || sc.local.some((m) => m.mention.entry.kind === 'chip'),
    build: (trigger) => buildSwitch(trigger, sc, state),
    firstOnly: true,
  }).found;
