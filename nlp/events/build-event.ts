/**
 * The generic trigger-to-event engine shared by release, plan, delay, cancellation, export control
 * and financial events: resolve the trigger's subjects, date them, find a stated reason, and make
 * one event per subject. Each type supplies its rule (data plus a few hooks).
 */
import { REASON } from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import { mapPacked } from '../packed.js';
import type { KbEntry } from '../knowledge-base.js';
import type { EventDate, EventEntity, FoundEvent } from '../types.js';
import type { DiscourseState } from './discourse-state.js';
import type { Trigger } from './find-triggers.js';
import type { LocalMention } from './pick-subjects.js';
import { developerOf, pushUnique } from './related-entities.js';
import { resolveSubjects, type SubjectRule } from './resolve-subjects.js';
import { runTriggers, type TriggerLoop, type TriggerRun } from './run-triggers.js';
import {
  bracketedDate,
  successionDate,
  pickDate,
  prepositionalDate,
  respectiveDates,
  type SentenceContext,
} from './sentence-context.js';

const RESPECTIVELY = /\b(respectively|beziehungsweise|jeweils)\b/u;

/** A subject found outside the sentence, and the confidence it costs. */
export interface SubjectFallback {
  mention: Mention;
  /** Further subjects the same reference names ("Deren Aktien" after "Nvidia, AMD und Intel"). */
  also?: readonly Mention[];
  penalty: number;
}

/** One event type's rule for the generic engine. */
export interface EventRule extends SubjectRule {
  /** Yearless dates lie ahead (a plan's "im Herbst"). */
  futureDates: boolean | ((trigger: Trigger, sc: SentenceContext) => boolean);
  /** The event may state a cause ("wegen ..."): kept as its reason, entities in it as causes. */
  findsReason: boolean;
  /** Dated by its report, not by a new target it names ("auf den 12. Mai verschoben" is no date of the delay). */
  skipsTargetDates?: boolean;
  /** Where to look when the sentence names no subject and none was carried over. */
  fallbackSubject?(
    trigger: Trigger,
    sc: SentenceContext,
    state: DiscourseState,
    found: readonly FoundEvent[],
    corefers: boolean,
  ): SubjectFallback | undefined;
}

/** A stated cause after the trigger and the entities named in it. */
interface StatedReason {
  reason: string;
  causes: EventEntity[];
}

function findReason(trigger: Trigger, sc: SentenceContext): StatedReason | undefined {
  const r = REASON.exec(sc.lower.slice(trigger.end));
  if (r?.[1] === undefined || r[2] === undefined) return undefined;
  const rs = trigger.end + r.index + r[0].indexOf(r[1]);
  const re = rs + r[1].length + 1 + r[2].length;
  const causes: EventEntity[] = [];
  for (const m of sc.local)
    if (m.start >= rs && m.end <= re)
      pushUnique(causes, { id: m.mention.entry.id, name: m.mention.entry.name, role: 'cause' });
  return { reason: sc.text.slice(rs, re).trim(), causes };
}

function eventFor(
  rule: EventRule,
  subject: LocalMention,
  date: EventDate | null,
  confidence: number,
  sc: SentenceContext,
  stated: StatedReason | undefined,
): FoundEvent {
  const entry = subject.mention.entry;
  const related: EventEntity[] = [...developerOf(entry.id, sc.doc.kb)];
  for (const r of stated?.causes ?? []) if (r.id !== entry.id) pushUnique(related, r);
  // "Claude Opus 4.1 veröffentlicht": the unknown variant, not the family, is the subject
  const variant = sc.doc.variantOf(subject.mention);
  if (variant !== undefined) pushUnique(related, { id: entry.id, name: entry.name, role: 'family' });
  // a discovered variant ("Claude Opus 7.2") names its family as a related entity
  const family = entry.family === undefined ? undefined : sc.doc.kb.byId.get(entry.family);
  if (variant === undefined && family !== undefined && entry.id.startsWith('candidate-'))
    pushUnique(related, { id: family.id, name: family.name, role: 'family' });
  const ev: FoundEvent = {
    type: rule.type,
    subject: variant ?? { id: entry.id, name: entry.name },
    related,
    date,
    reported: sc.doc.reported,
    confidence: Math.min(0.95, Math.max(0.3, confidence)),
    evidence: sc.text,
  };
  if (stated !== undefined) ev.reason = stated.reason;
  return ev;
}

/** The size or tier words a family's variants are named with ("Magistral Small", "Gemini Flash"). */
const TIER_SUFFIX =
  /^[\s-]+(?:small|medium|large|mini|nano|micro|pro|max|ultra|lite|flash|plus|air|scout|maverick|behemoth)$/u;

/** Whether `member` is the brand family `name` and a tier word: one launch of tiers is the family's. */
const isTierOf = (member: KbEntry, name: string): boolean =>
  [member.name, ...member.aliases].some(
    (a) => a.toLowerCase().startsWith(name) && TIER_SUFFIX.test(a.slice(name.length).toLowerCase()),
  );

/**
 * A family that is one generation ("Llama 4", "Claude 4": a model whose name has a version) and
 * whose members are named after it ("Llama 4 Scout", "Claude 4 Opus"), or a brand whose members are
 * its tiers ("Magistral Small", "Magistral Medium": the labelling rule's own example). Otherwise a brand
 * family ("ERNIE", "GLM") groups distinct models, each launched in its own right.
 */
function isGeneration(family: KbEntry, members: readonly LocalMention[]): boolean {
  if (family.kind !== 'model') return false;
  const name = family.name.toLowerCase();
  if (!/\d/u.test(family.name)) return members.every((m) => isTierOf(m.mention.entry, name));
  // "DeepSeek-V3.2" is a version of DeepSeek-V3, not a member named after the generation
  return members.every((m) =>
    [m.mention.entry.name, ...m.mention.entry.aliases].some(
      (a) => a.toLowerCase().startsWith(name) && !/^[.\d]/u.test(a.slice(name.length)),
    ),
  );
}

/**
 * Whether the family's own name stands in the text, alone or at the head of a member's name ("Llama 4
 * Scout", "Claude 4 Opus"): an event needs a subject the passage names, and "Claude Opus 4 und Claude
 * Sonnet 4" names two members but not "Claude 4".
 */
function isWrittenOut(family: KbEntry, sc: SentenceContext): boolean {
  if (sc.doc.mentionsOf(family.id).length > 0) return true;
  return [family.name, ...family.aliases].some((alias) => {
    const at = sc.lower.indexOf(alias.toLowerCase());
    // "claude 4" inside "claude 4.5" is another generation
    return at >= 0 && !/^(?:[\p{L}\d]|\.\d)/u.test(sc.lower.slice(at + alias.length, at + alias.length + 2));
  });
}

/**
 * "Claude Sonnet 4 und Claude 4 Opus erschienen am 22. Mai": one launch of two or more members of a
 * model family is the family's release (the labelling rule for Llama 4 Scout and Maverick). Members
 * of different families, chips, and single members stay as they are.
 */
function familyLaunch(subjects: readonly LocalMention[], sc: SentenceContext): LocalMention[] {
  const kb = sc.doc.kb;
  const byFamily = new Map<string, LocalMention[]>();
  for (const s of subjects) {
    const family = s.mention.entry.kind === 'model' ? s.mention.entry.family : undefined;
    if (family !== undefined) byFamily.set(family, [...(byFamily.get(family) ?? []), s]);
  }
  const out: LocalMention[] = [];
  for (const s of subjects) {
    const family = s.mention.entry.family;
    const members = family === undefined ? undefined : byFamily.get(family);
    const entry = family === undefined ? undefined : kb.byId.get(family);
    if (
      members === undefined ||
      members.length < 2 ||
      entry === undefined ||
      !isGeneration(entry, members) ||
      !isWrittenOut(entry, sc)
    )
      out.push(s);
    else if (members[0] === s) out.push({ ...s, mention: { ...s.mention, entry } });
  }
  return out;
}

/**
 * "Huawei's Ascend processors, specifically the 910B, 910C and 910D, are subject to export controls": one
 * event of two or more members whose family the sentence names itself goes to the family (the labelling
 * rule for one launch of several members, applied to the types that are not launches or roadmaps).
 */
function familyNamedWithMembers(subjects: readonly LocalMention[], sc: SentenceContext): LocalMention[] {
  const count = new Map<string, number>();
  for (const s of subjects) {
    const family = s.mention.entry.family;
    if (family !== undefined) count.set(family, (count.get(family) ?? 0) + 1);
  }
  const out: LocalMention[] = [];
  for (const s of subjects) {
    const family = s.mention.entry.family;
    const named = family === undefined ? undefined : sc.local.find((m) => m.mention.entry.id === family);
    if (named === undefined || (count.get(family ?? '') ?? 0) < 2) out.push(s);
    else if (!out.includes(named)) out.push(named);
  }
  return out;
}

/** "als er die nächste Version des KI-Chatbots Grok vorstellte", "the latest version of Gemini". */
const VERSION_OF_BEFORE =
  /\b(?:nächste|neue|neueste|jüngste|aktuelle|latest|new|newest|next)\p{L}*\s+(?:\S+\s+)?(?:version|generation|ausgabe|iteration|edition)\s+(?:des|der|von|of)\s+(?:the\s+)?(?:\S+\s+){0,2}$/u;

/**
 * A family named as "the next version of" itself stands for the version the sentence named before
 * ("Grok 3 sei die intelligenteste KI, als Musk die nächste Version des Chatbots Grok vorstellte"; not
 * "..., verwies Musk auf Grok 2", an old one named after).
 */
function versionNamedBeside(subjects: readonly LocalMention[], sc: SentenceContext): LocalMention[] {
  return mapPacked(subjects, (s) => {
    if (s.start < 0 || !VERSION_OF_BEFORE.test(sc.lower.slice(Math.max(0, s.start - 80), s.start))) return s;
    return sc.local.find((m) => m.mention.entry.family === s.mention.entry.id && m.end <= s.start) ?? s;
  });
}

/** A bare conjunction between two names: "o3 and o4-mini", "o3 und die o4-mini". */
const BARE_CONJUNCTION = /^\s*,?\s*(?:and|und|sowie|&|or|oder)\s+(?:(?:the|die|der|den|das)\s+)?$/u;

/**
 * "followed by o3 and o4-mini in April": a conjunct without a date of its own joined by a bare
 * conjunction to the next one that has one shares that date (the next name in text order).
 */
function sharedWithNext(
  subjects: readonly LocalMention[],
  dates: readonly (EventDate | null | undefined)[],
  i: number,
  sc: SentenceContext,
): EventDate | null | undefined {
  const s = subjects[i];
  if (s === undefined) return undefined;
  let next = -1;
  subjects.forEach((o, j) => {
    const best = subjects[next];
    if (o.start > s.end && (best === undefined || o.start < best.start)) next = j;
  });
  const o = subjects[next];
  return o !== undefined && BARE_CONJUNCTION.test(sc.lower.slice(s.end, o.start)) ? dates[next] : undefined;
}

/**
 * The events one trigger makes under `rule`: one per resolved subject, dated by the nearest date
 * (or, with "respectively", by the dates in order), more confident when dated. Empty when no subject
 * is found. `found` holds the type's events found earlier in the sentence.
 */
export function buildEvent(
  rule: EventRule,
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
  found: readonly FoundEvent[],
): FoundEvent[] {
  const resolved = resolveSubjects(rule, trigger, sc, state, found);
  let { subjects, confidence } = resolved;
  if (subjects.length === 0 && rule.fallbackSubject !== undefined) {
    const fallback = rule.fallbackSubject(trigger, sc, state, found, resolved.corefers);
    if (fallback !== undefined) {
      subjects = mapPacked([fallback.mention, ...(fallback.also ?? [])], (mention) => ({
        mention,
        start: -1,
        end: -1,
      }));
      confidence -= fallback.penalty;
    }
  }
  if (subjects.length === 0) return [];
  subjects = versionNamedBeside(subjects, sc);
  const future = typeof rule.futureDates === 'function' ? rule.futureDates(trigger, sc) : rule.futureDates;
  // members with dates of their own ("Sonnet 4.5 (September 29), Opus 4.5 (November 24)") are launches of their own
  // and coordinated ones each with a date of its own ("Rubin Ultra für 2027 und Feynman für 2028"; one
  // date after the last of them, "Sonnet 4 and Opus 4 on May 22", is the date of all)
  const prepositional = mapPacked(subjects, (s) =>
    s.end < 0 ? undefined : prepositionalDate(sc, s.end, future),
  );
  const eachDated = prepositional.filter((d) => d !== undefined).length >= 2;
  const ownDates = mapPacked(subjects, (s, i) =>
    s.end < 0
      ? undefined
      : (bracketedDate(sc, s.end, future) ??
        successionDate(sc, s.start, future) ??
        (eachDated ? (prepositional[i] ?? sharedWithNext(subjects, prepositional, i, sc)) : undefined)),
  );
  const respectively = RESPECTIVELY.test(sc.lower);
  const separatelyDated = respectively || ownDates.some((d) => d !== undefined);
  if (rule.type === 'release' && !separatelyDated) subjects = familyLaunch(subjects, sc);
  // a roadmap's members are products of their own ("der Ascend 950 (2026), 960 (2027) und 970 (2028)")
  if (!separatelyDated && rule.type !== 'plan' && rule.type !== 'release')
    subjects = familyNamedWithMembers(subjects, sc);
  const date = pickDate(sc, trigger, future, rule.skipsTargetDates === true);
  // "Gemma and Gemma 2 ... in February and September respectively": dates go to the names in text order
  if (respectively && subjects.every((s) => s.start >= 0))
    subjects = [...subjects].sort((a, b) => a.start - b.start);
  const ordered = respectively ? respectiveDates(sc, subjects.length, future) : null;
  if (date !== null) confidence += 0.1;
  const stated = rule.findsReason ? findReason(trigger, sc) : undefined;
  return mapPacked(subjects, (s, i) => {
    const own = separatelyDated ? ownDates[i] : undefined;
    return eventFor(rule, s, own !== undefined ? own : (ordered?.[i] ?? date), confidence, sc, stated);
  });
}

/** Runs the trigger loop of a type whose events the generic engine builds. */
export function extractByRule(
  rule: EventRule,
  sc: SentenceContext,
  state: DiscourseState,
  loop: Pick<TriggerLoop, 'admits' | 'accepts' | 'polarity' | 'apartByDate'> = {},
): TriggerRun {
  // named fields, not `...loop`: an object spread in this per-sentence, per-type call was 6 % of all analysis
  // time (V8 copies a spread through its slow generic path here)
  const { admits, accepts, polarity, apartByDate } = loop;
  return runTriggers(sc, state, {
    admits,
    accepts,
    polarity,
    apartByDate,
    type: rule.type,
    build: (trigger, found) => buildEvent(rule, trigger, sc, state, found),
  });
}
