/**
 * The merging pass: reports of one event spread over a text (a headline, the lead, a later
 * paragraph) become one event, keeping the most precise date and gathering every related entity.
 */
import type { FoundEvent } from '../types.js';
import { pushUnique } from './related-entities.js';

/**
 * What makes two reports the same event: type, subject, the target platform of a hardware switch,
 * and the polarity of an export decision (a ban and its lifting are two events).
 */
export function eventKey(e: FoundEvent, polarity: ReadonlyMap<FoundEvent, string>): string {
  const to = e.type === 'hardware_switch' ? (e.related.find((r) => r.role === 'to')?.id ?? '') : '';
  return `${e.type}|${e.subject.id}|${to}|${polarity.get(e) ?? ''}`;
}

/** True when one date value contains the other ("2026" and "2026-04-23", or equal values). */
export function datesNarrow(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Told again: a second halt or stop is an event of its own. */
const AGAIN = /(?<![\p{L}])(?:again|erneut|wieder|abermals|once more)(?![\p{L}])/u;

/** Of two reports, the dated one, else the one with the longer (more precise) date. */
function betterDated(prev: FoundEvent, e: FoundEvent): FoundEvent {
  return (prev.date === null && e.date !== null) ||
    (e.date !== null && e.date.value.length > (prev.date?.value.length ?? 0))
    ? e
    : prev;
}

/** Of two dated reports of one cancellation, the earlier: the announcement comes before the shutdown. */
function earlier(prev: FoundEvent, e: FoundEvent): FoundEvent {
  const a = prev.date?.value ?? '';
  const b = e.date?.value ?? '';
  if (a.startsWith(b) || b.startsWith(a)) return betterDated(prev, e);
  return b < a ? e : prev;
}

/**
 * Merges the events of one text in order of appearance. Events with the same key merge unless both
 * are dated and neither date narrows the other (then they are two events: "July" and "September"), but
 * for cancellations, which a product has once.
 * The kept event is the better-dated one (dated over undated, longer value over shorter); it gains the
 * other's related entities and reason and a small confidence bonus for the repeated report. Mutates
 * the kept events; the result keeps first-appearance order.
 */
export function mergeEvents(
  events: readonly FoundEvent[],
  polarity: ReadonlyMap<FoundEvent, string>,
): FoundEvent[] {
  const byKey = new Map<string, FoundEvent>();
  for (const e of events) {
    let key = eventKey(e, polarity);
    let prev = byKey.get(key);
    // a product is given up once: two dates of its cancellation (the report, the shutdown) are one event,
    // unless the text tells it again ("stopped H20 production again")
    const apart = e.type !== 'cancellation' || AGAIN.test(e.evidence.toLowerCase());
    for (let n = 1; apart && prev?.date && e.date && !datesNarrow(prev.date.value, e.date.value); n += 1) {
      key = `${eventKey(e, polarity)}|${n}`;
      prev = byKey.get(key);
    }
    if (!prev) {
      byKey.set(key, e);
      continue;
    }
    const keep = e.type === 'cancellation' && prev.date && e.date ? earlier(prev, e) : betterDated(prev, e);
    const other = keep === prev ? e : prev;
    for (const r of other.related) pushUnique(keep.related, r);
    keep.confidence = Math.min(0.95, Math.max(keep.confidence, other.confidence) + 0.05);
    if (keep.reason === undefined && other.reason !== undefined) keep.reason = other.reason;
    byKey.set(key, keep);
  }
  return [...byKey.values()];
}
