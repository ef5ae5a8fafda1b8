/**
 * Event extraction: sentence by sentence, a trigger from the lexicon (event-cues.ts) plus a named
 * subject of the right kind make an event. Questions, denials, hedged statements, negated triggers,
 * ad blocks and comparison baselines make none. Dates come from the same sentence and are resolved
 * against the publication date; the evidence is the sentence itself.
 */
import { findDateExpressions, resolveDate, type DateAnchor } from './dates.js';
import {
  ANAPHOR,
  BACKGROUND_BEFORE,
  COMPARISON_BEFORE,
  COMPOUND_TAIL,
  COMPUTE_CONTEXT,
  DENIAL,
  EXPORT_EXCLUDE,
  FINANCIAL_EXCLUDE,
  FINANCIAL_MOVE,
  HEDGE,
  HEDGE_IF,
  HEDGE_MAY,
  NEGATION_BEFORE,
  REASON,
  SUPERSEDED,
  TRIGGERS,
  YARDSTICK_AFTER,
} from './event-cues.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Mention } from './link-entities.js';
import type { Sentence } from './sentences.js';
import { EVENT_TYPES, type EntityKind, type EventEntity, type EventType, type FoundEvent } from './types.js';

/** Everything event extraction needs about one analysed text. */
export interface EventContext {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  kb: KnowledgeBase;
  /** Sentence indices to ignore (ads, promotion teasers). */
  skip: ReadonlySet<number>;
  published: Date | null;
  /** `published` as YYYY-MM-DD, or null. */
  reported: string | null;
}

interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
}

interface LocalMention {
  mention: Mention;
  start: number;
  end: number;
}

const GLOBAL_TRIGGERS = Object.fromEntries(
  EVENT_TYPES.map((t) => [t, new RegExp(TRIGGERS[t].source, 'gu')]),
) as Record<EventType, RegExp>;

const SUBJECT_KINDS: Record<EventType, EntityKind[]> = {
  release: ['model', 'chip'],
  plan: ['model', 'chip'],
  delay: ['model', 'chip'],
  cancellation: ['model', 'chip'],
  hardware_switch: ['model', 'organization'],
  export_control: ['chip'],
  financial: ['organization'],
};

const BASE_CONFIDENCE: Record<EventType, number> = {
  release: 0.75,
  plan: 0.7,
  delay: 0.8,
  cancellation: 0.75,
  hardware_switch: 0.75,
  export_control: 0.75,
  financial: 0.7,
};

const ANAPHORIC_NOUN =
  /^(verzögerung|verschiebung|delay|launch|release|veröffentlichung|markteinführung|cancellation|absage|exportverbot|ban)/u;
const DEFINITE_BEFORE = /\b(die|diese|der|dieser|the|this|that|such|solche\w*)\s+(?:\S+\s+)?$/u;
const PRONOUN_START =
  /^(it|es|er|sie|this|dieses?|the (?:new |updated |latest )?(?:model|chip|system)|das (?:neue )?(?:modell|system)|der (?:neue )?chip)\b/u;
const RETURN_SWITCH = /(wieder|zurück|rückkehr|back to|return|revert)/u;
const FROM_BEFORE =
  /(statt|anstelle|anstatt|instead of|rather than|from|weg von|away from|in place of)\s+(?:\S+\s+){0,3}$/u;
const COORDINATION =
  /^\s*(?:,|und|and|sowie|&|\/|or|oder|as well as|, and|, und)\s*(?:[^\s.;:!?,]+\s+){0,2}$/u;
const QUESTION_END = /\?[!?"')\]\s]*$/u;

/** The clause around a trigger: from the last clause break before it to the next one after it. */
function clauseWindow(lower: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - 70);
  const before = lower.slice(from, start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (cut >= 0) from += cut + 1;
  let to = Math.min(lower.length, end + 40);
  const stop = lower.slice(end, to).search(/[,;:]/u);
  if (stop >= 0) to = end + stop;
  return [from, to];
}

/**
 * Hedged, conditional or speculative wording in the trigger's clause. Financial guidance ("may incur
 * charges") is a reported figure, so modal "may" does not hedge it.
 */
function isHedged(type: EventType, sentence: string, lower: string, t: Trigger): boolean {
  const [from, to] = clauseWindow(lower, t.start, t.end);
  const clause = lower.slice(from, to);
  if (HEDGE.test(clause) || HEDGE_IF.test(clause)) return true;
  return type !== 'financial' && HEDGE_MAY.test(sentence.slice(from, to));
}

function findTriggers(type: EventType, lower: string): Trigger[] {
  const re = GLOBAL_TRIGGERS[type];
  re.lastIndex = 0;
  const out: Trigger[] = [];
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const start = m.index;
    // a trigger must start at a word boundary
    if (start > 0 && /[\p{L}\p{N}]/u.test(lower[start - 1] ?? '') && !COMPOUND_TAIL.test(m[0])) continue;
    const before = lower.slice(Math.max(0, start - 40), start);
    if (NEGATION_BEFORE.test(before)) continue;
    if ((type === 'release' || type === 'plan') && BACKGROUND_BEFORE.test(before)) continue;
    out.push({ type, start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

function distance(m: LocalMention, t: Trigger): number {
  if (m.end <= t.start) return t.start - m.end;
  if (m.start >= t.end) return m.start - t.end;
  return 0;
}

/** Picks the subject mentions for a trigger: nearest eligible mention plus its coordinated siblings. */
function pickSubjects(
  kinds: readonly EntityKind[],
  trigger: Trigger,
  local: readonly LocalMention[],
  lower: string,
): LocalMention[] {
  const financial = trigger.type === 'financial';
  for (const kind of kinds) {
    const eligible = local.filter((m) => {
      if (m.mention.entry.kind !== kind) return false;
      if (YARDSTICK_AFTER.test(lower.slice(m.end, m.end + 12))) return false;
      const before = lower.slice(Math.max(0, m.start - 60), m.start);
      return financial ? !/\b(than|als)\s+(?:\S+\s+){0,3}$/u.test(before) : !COMPARISON_BEFORE.test(before);
    });
    if (eligible.length === 0) continue;
    let best = eligible[0];
    for (const m of eligible)
      if (best === undefined || distance(m, trigger) < distance(best, trigger)) best = m;
    if (best === undefined) continue;
    const chosen = [best];
    const sorted = [...eligible].sort((a, b) => a.start - b.start);
    const at = sorted.indexOf(best);
    for (let k = at + 1; k < sorted.length; k += 1) {
      const prev = sorted[k - 1];
      const cur = sorted[k];
      if (prev === undefined || cur === undefined || !COORDINATION.test(lower.slice(prev.end, cur.start)))
        break;
      chosen.push(cur);
    }
    for (let k = at - 1; k >= 0; k -= 1) {
      const cur = sorted[k];
      const next = sorted[k + 1];
      if (cur === undefined || next === undefined || !COORDINATION.test(lower.slice(cur.end, next.start)))
        break;
      chosen.push(cur);
    }
    // one launch of a family and its members is the family's event
    const ids = new Set(chosen.map((m) => m.mention.entry.id));
    const unique = new Map<string, LocalMention>();
    for (const m of chosen) {
      const family = m.mention.entry.family;
      if (family !== undefined && ids.has(family)) continue;
      if (!unique.has(m.mention.entry.id)) unique.set(m.mention.entry.id, m);
    }
    return [...unique.values()];
  }
  return [];
}

function developerOf(id: string, kb: KnowledgeBase): EventEntity[] {
  const entry = kb.byId.get(id);
  const dev = entry?.developer !== undefined ? kb.byId.get(entry.developer) : undefined;
  return dev ? [{ id: dev.id, name: dev.name, role: 'developer' }] : [];
}

function pushUnique(list: EventEntity[], item: EventEntity): void {
  if (!list.some((e) => e.id === item.id && e.role === item.role)) list.push(item);
}

/**
 * Extracts the events of one text. Returns at most one event per type and subject (and, for hardware
 * switches, per target platform), keeping the best-dated, most confident evidence.
 */
export function extractEvents(ctx: EventContext): FoundEvent[] {
  const { sentences, mentions, kb, skip } = ctx;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const chipMakers = new Set<string>();
  for (const e of kb.entries) if (e.kind === 'chip' && e.developer !== undefined) chipMakers.add(e.developer);

  const events: FoundEvent[] = [];
  let contextYear: number | null = null;
  let recentSubjects: { mention: Mention; sentence: number }[] = [];

  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    const yearMatches = [...s.matchAll(/\b(19[89]\d|20[0-4]\d)\b/gu)];
    const sentenceYear = yearMatches.length > 0 ? Number(yearMatches[yearMatches.length - 1]?.[1]) : null;
    const yearBefore = contextYear;
    if (sentenceYear !== null) contextYear = sentenceYear;
    if (skip.has(index)) return;
    const sentMentions = bySentence.get(index) ?? [];
    // "Nvidias H20-Chips": the company named with its own chip is the chip's vendor, not a platform
    const local: LocalMention[] = sentMentions
      .filter(
        (m) =>
          m.entry.kind !== 'organization' ||
          !sentMentions.some(
            (x) =>
              x.entry.kind === 'chip' &&
              x.entry.developer === m.entry.id &&
              x.start - m.end <= 2 &&
              x.start >= m.end,
          ),
      )
      .map((m) => ({ mention: m, start: m.start - sentence.start, end: m.end - sentence.start }));
    const lower = s.toLowerCase();
    const remember = (): void => {
      for (const m of sentMentions)
        if (m.entry.kind !== 'organization') recentSubjects.push({ mention: m, sentence: index });
      recentSubjects = recentSubjects.filter((r) => index - r.sentence <= 3);
    };
    if (QUESTION_END.test(s) || DENIAL.test(lower)) {
      remember();
      return;
    }
    const dates = findDateExpressions(s);
    const found: FoundEvent[] = [];

    for (const type of EVENT_TYPES) {
      if (type === 'financial' && (!FINANCIAL_MOVE.test(lower) || FINANCIAL_EXCLUDE.test(lower))) continue;
      if (type === 'export_control' && EXPORT_EXCLUDE.test(lower)) continue;
      if (type === 'hardware_switch' && !COMPUTE_CONTEXT.test(lower)) continue;
      if (type === 'plan' && (SUPERSEDED.test(lower) || dates.every((d) => d.fiscal === true))) continue;
      for (const trigger of findTriggers(type, lower)) {
        if (isHedged(type, s, lower, trigger)) continue;
        const event =
          type === 'hardware_switch'
            ? buildSwitch(trigger, local, lower, s, index)
            : buildEvent(type, trigger, local, lower, s);
        for (const e of event) {
          if (!found.some((f) => f.type === e.type && f.subject.id === e.subject.id)) found.push(e);
        }
        if (type === 'hardware_switch' && event.length > 0) break;
      }
    }

    function buildEvent(
      type: EventType,
      trigger: Trigger,
      loc: LocalMention[],
      low: string,
      text: string,
    ): FoundEvent[] {
      let subjects = pickSubjects(SUBJECT_KINDS[type], trigger, loc, low);
      let confidence = BASE_CONFIDENCE[type];
      const anaphoric =
        ANAPHORIC_NOUN.test(trigger.text) &&
        DEFINITE_BEFORE.test(low.slice(Math.max(0, trigger.start - 30), trigger.start));
      if (anaphoric) subjects = subjects.filter((m) => m.start >= trigger.end && m.start - trigger.end <= 60);
      // "It was released on May 28 as an updated R1 checkpoint": the pronoun, not R1, is the subject
      const pronounSubject = PRONOUN_START.test(low) && !subjects.some((m) => m.start < trigger.start);
      if (
        type !== 'financial' &&
        (subjects.length === 0 || pronounSubject) &&
        (PRONOUN_START.test(low) || ANAPHOR.test(low))
      ) {
        const previous = recentSubjects.filter(
          (r) => r.sentence < index && SUBJECT_KINDS[type].includes(r.mention.entry.kind),
        );
        const lastSentence = previous[previous.length - 1]?.sentence;
        // the topic of the previous sentence is its first mention
        const carried = previous.find((r) => r.sentence === lastSentence);
        if (carried) {
          subjects = [{ mention: carried.mention, start: -1, end: -1 }];
          confidence -= 0.15;
        }
      }
      if (subjects.length === 0) return [];
      const date = pickDate(trigger, type === 'plan');
      if (date !== null) confidence += 0.1;
      let reason: string | undefined;
      const related: EventEntity[] = [];
      if (type === 'delay' || type === 'cancellation') {
        const r = REASON.exec(low.slice(trigger.end));
        if (r?.[1] !== undefined && r[2] !== undefined) {
          const rs = trigger.end + r.index + r[0].indexOf(r[1]);
          const re = rs + r[1].length + 1 + r[2].length;
          reason = text.slice(rs, re).trim();
          for (const m of loc) {
            if (m.start >= rs && m.end <= re) {
              pushUnique(related, { id: m.mention.entry.id, name: m.mention.entry.name, role: 'cause' });
            }
          }
        }
      }
      return subjects.map((subj) => {
        const entry = subj.mention.entry;
        const rel: EventEntity[] = [...developerOf(entry.id, kb)];
        for (const r of related) if (r.id !== entry.id) pushUnique(rel, r);
        const ev: FoundEvent = {
          type,
          subject: { id: entry.id, name: entry.name },
          related: rel,
          date,
          reported: ctx.reported,
          confidence: Math.min(0.95, Math.max(0.3, confidence)),
          evidence: text,
        };
        if (reason !== undefined) ev.reason = reason;
        return ev;
      });
    }

    function resolveRef(m: LocalMention): EventEntity {
      const entry = m.mention.entry;
      if (entry.kind === 'organization' && chipMakers.has(entry.id)) {
        // "Huaweis Hardware" after "Ascend-Chips": the company stands for its chip named earlier
        const chip = [...mentions]
          .reverse()
          .find(
            (x) => x.start < m.mention.start && x.entry.kind === 'chip' && x.entry.developer === entry.id,
          );
        if (chip) return { id: chip.entry.id, name: chip.entry.name };
      }
      return { id: entry.id, name: entry.name };
    }

    function buildSwitch(
      trigger: Trigger,
      loc: LocalMention[],
      low: string,
      text: string,
      at: number,
    ): FoundEvent[] {
      const platforms = loc.filter(
        (m) => m.mention.entry.kind === 'chip' || chipMakers.has(m.mention.entry.id),
      );
      if (platforms.length === 0) return [];
      const clauses = low.split(/,|;| - | während | while | whereas | wobei /u);
      const clauseOf = (pos: number): string => {
        let offset = 0;
        for (const c of clauses) {
          if (pos < offset + c.length + 1) return c;
          offset += c.length + 3;
        }
        return '';
      };
      const related: EventEntity[] = [];
      const roles = platforms.map((m) => {
        const ref = resolveRef(m);
        const isFrom = FROM_BEFORE.test(low.slice(Math.max(0, m.start - 40), m.start));
        const isInference = /inferen/u.test(clauseOf(m.start)) && !/train/u.test(clauseOf(m.start));
        return { m, ref, role: isFrom ? 'from' : isInference ? 'inference' : null };
      });
      const after = roles.find((r) => r.role === null && r.m.start >= trigger.end);
      const any = roles.find((r) => r.role === null);
      const target = after ?? any;
      if (!target) return [];
      const to = target.ref;
      pushUnique(related, { ...to, role: 'to' });
      for (const r of roles) {
        if (r === target || r.ref.id === to.id) continue;
        if (r.role !== null) pushUnique(related, { ...r.ref, role: r.role });
      }
      if (!related.some((r) => r.role === 'from') && RETURN_SWITCH.test(trigger.text + ' ' + low)) {
        const toEntry = kb.byId.get(to.id);
        const previous = [...mentions]
          .reverse()
          .find(
            (x) =>
              x.sentence < at &&
              !skip.has(x.sentence) &&
              x.entry.kind === 'chip' &&
              x.entry.id !== to.id &&
              x.entry.developer !== toEntry?.developer,
          );
        const inference = related.find((r) => r.role === 'inference');
        if (previous) pushUnique(related, { id: previous.entry.id, name: previous.entry.name, role: 'from' });
        else if (inference) pushUnique(related, { id: inference.id, name: inference.name, role: 'from' });
      }
      const purpose = /train/u.test(low) ? 'training' : /inferen/u.test(low) ? 'inference' : null;
      let subjects = pickSubjects(['model'], trigger, loc, low);
      if (subjects.length === 0) {
        subjects = pickSubjects(
          ['organization'],
          trigger,
          loc.filter((m) => !chipMakers.has(m.mention.entry.id)),
          low,
        );
      }
      let confidence = BASE_CONFIDENCE.hardware_switch;
      let subjectEntity = subjects[0]?.mention.entry;
      if (subjectEntity === undefined) {
        const carried = [...recentSubjects]
          .reverse()
          .find((r) => r.sentence < at && r.mention.entry.kind === 'model');
        const org = [...mentions]
          .reverse()
          .find((x) => x.sentence <= at && x.entry.kind === 'organization' && !chipMakers.has(x.entry.id));
        subjectEntity = carried?.mention.entry ?? org?.entry;
        confidence -= 0.15;
      }
      if (subjectEntity === undefined || purpose === null) return [];
      const rel = [...developerOf(subjectEntity.id, kb), ...related];
      const date = pickDate(trigger, false);
      const ev: FoundEvent = {
        type: 'hardware_switch',
        subject: { id: subjectEntity.id, name: subjectEntity.name },
        related: rel,
        date,
        reported: ctx.reported,
        confidence: Math.min(0.95, Math.max(0.3, confidence + (date ? 0.05 : 0))),
        evidence: text,
      };
      ev.reason = purpose;
      return [ev];
    }

    function pickDate(trigger: Trigger, future: boolean): FoundEvent['date'] {
      const usable = dates.filter((d) => d.fiscal !== true);
      if (usable.length === 0) return null;
      let best = usable[0];
      const dist = (d: (typeof usable)[number]): number =>
        d.end <= trigger.start ? trigger.start - d.end : d.start >= trigger.end ? d.start - trigger.end : 0;
      for (const d of usable) if (best === undefined || dist(d) < dist(best)) best = d;
      if (best === undefined) return null;
      const anchor: DateAnchor = {
        published: ctx.published,
        contextYear: sentenceYear ?? yearBefore,
        future,
      };
      return resolveDate(best, anchor);
    }

    // a delay or plan of a subject is not also its release; an export decision on a chip is not a launch
    const has = (type: EventType, id: string): boolean =>
      found.some((e) => e.type === type && e.subject.id === id);
    for (const ev of found) {
      const id = ev.subject.id;
      if (
        ev.type === 'release' &&
        (has('delay', id) || has('plan', id) || has('cancellation', id) || has('export_control', id))
      )
        continue;
      if (ev.type === 'plan' && (has('delay', id) || has('cancellation', id))) continue;
      if (ev.type === 'cancellation' && has('delay', id)) continue;
      events.push(ev);
    }
    remember();
  });
  return mergeEvents(events);
}

function eventKey(e: FoundEvent): string {
  const to = e.type === 'hardware_switch' ? (e.related.find((r) => r.role === 'to')?.id ?? '') : '';
  return `${e.type}|${e.subject.id}|${to}`;
}

function mergeEvents(events: FoundEvent[]): FoundEvent[] {
  const byKey = new Map<string, FoundEvent>();
  for (const e of events) {
    let key = eventKey(e);
    let prev = byKey.get(key);
    // two reports of the same type and subject with different dates are two events
    for (let n = 1; prev?.date && e.date && prev.date.value !== e.date.value; n += 1) {
      key = `${eventKey(e)}|${n}`;
      prev = byKey.get(key);
    }
    if (!prev) {
      byKey.set(key, e);
      continue;
    }
    const keep = prev.date === null && e.date !== null ? e : prev;
    const other = keep === prev ? e : prev;
    for (const r of other.related) pushUnique(keep.related, r);
    keep.confidence = Math.min(0.95, Math.max(keep.confidence, other.confidence) + 0.05);
    if (keep.reason === undefined && other.reason !== undefined) keep.reason = other.reason;
    byKey.set(key, keep);
  }
  return [...byKey.values()];
}
