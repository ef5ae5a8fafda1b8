/**
 * How far two labellings of the same passages agree, scored the way the analyzer is scored: the second
 * labelling's events are matched one to one against the first's by type and subject (either side's
 * subject among the other's subject, accepted subject forms or the accepted forms of the entity it
 * names; case, spaces and punctuation ignored), entities by their canonical names and accepted forms.
 * It tells whether the labelling rules are applied consistently, so that a gap between the analyzer and
 * a target can be read as the analyzer's and not the labels' (docs/nlp.md, round 19).
 */
import { EVENT_TYPES, type EventType } from '../../nlp/types.js';
import type { Item } from './annotated-passages.js';

/** True positives, false positives and false negatives of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One event or entity on which the two labellings differ. */
export interface LabelDifference {
  id: string;
  /** `extra`: only the second labelling has it; `missing`: only the first. */
  side: 'extra' | 'missing';
  what: string;
}

/** The agreement of a second labelling with a first, over the passages both label. */
export interface Agreement {
  passages: number;
  events: Counts;
  eventsByType: Record<EventType, Counts>;
  entities: Counts;
  /** Passages without events in the first labelling, and how many of them the second gives an event. */
  traps: number;
  trapsWithEvent: number;
  /** Matched events that either side dates, and how many of them both date the same. */
  dated: number;
  datesAgree: number;
  differences: LabelDifference[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, '');

type LabelledEvent = Item['events'][number];

/** Every form under which a labelled event's subject may be named, normalised. */
function subjectForms(item: Item, e: LabelledEvent): Set<string> {
  const entity = item.entities.find((x) => x.canonical === e.subject);
  return new Set([e.subject, ...e.accept_subject, ...(entity?.accept ?? [])].map(norm));
}

function sameSubject(a: Item, ea: LabelledEvent, b: Item, eb: LabelledEvent): boolean {
  return subjectForms(a, ea).has(norm(eb.subject)) || subjectForms(b, eb).has(norm(ea.subject));
}

function compareEntities(first: Item, second: Item, out: Agreement): void {
  const left = [...first.entities];
  for (const e of second.entities) {
    const forms = new Set([e.canonical, ...e.accept].map(norm));
    const at = left.findIndex(
      (x) => forms.has(norm(x.canonical)) || [x.canonical, ...x.accept].map(norm).includes(norm(e.canonical)),
    );
    if (at >= 0) {
      out.entities.tp += 1;
      left.splice(at, 1);
    } else {
      out.entities.fp += 1;
      out.differences.push({ id: first.id, side: 'extra', what: `entity ${e.kind} ${e.canonical}` });
    }
  }
  out.entities.fn += left.length;
  for (const x of left)
    out.differences.push({ id: first.id, side: 'missing', what: `entity ${x.kind} ${x.canonical}` });
}

function compareEvents(first: Item, second: Item, out: Agreement): void {
  const left = [...first.events];
  for (const e of second.events) {
    const at = left.findIndex((g) => g.type === e.type && sameSubject(first, g, second, e));
    const g = left[at];
    if (g === undefined) {
      out.eventsByType[e.type].fp += 1;
      out.differences.push({ id: first.id, side: 'extra', what: `${e.type} ${e.subject}` });
      continue;
    }
    out.eventsByType[e.type].tp += 1;
    if (g.date !== null || e.date !== null) {
      out.dated += 1;
      if (g.date === e.date) out.datesAgree += 1;
    }
    left.splice(at, 1);
  }
  for (const g of left) {
    out.eventsByType[g.type].fn += 1;
    out.differences.push({ id: first.id, side: 'missing', what: `${g.type} ${g.subject}` });
  }
}

/** Compares `second` against `first`, passage by passage (by id); passages only one side labels are left out. */
export function compareLabellings(first: readonly Item[], second: readonly Item[]): Agreement {
  const out: Agreement = {
    passages: 0,
    events: zero(),
    eventsByType: Object.fromEntries(EVENT_TYPES.map((t) => [t, zero()])) as Record<EventType, Counts>,
    entities: zero(),
    traps: 0,
    trapsWithEvent: 0,
    dated: 0,
    datesAgree: 0,
    differences: [],
  };
  const byId = new Map(second.map((i) => [i.id, i]));
  for (const a of first) {
    const b = byId.get(a.id);
    if (b === undefined) continue;
    out.passages += 1;
    if (a.events.length === 0) {
      out.traps += 1;
      if (b.events.length > 0) out.trapsWithEvent += 1;
    }
    compareEntities(a, b, out);
    compareEvents(a, b, out);
  }
  for (const c of Object.values(out.eventsByType)) {
    out.events.tp += c.tp;
    out.events.fp += c.fp;
    out.events.fn += c.fn;
  }
  return out;
}

/** Precision, recall and F1 of counts (0 where undefined). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
