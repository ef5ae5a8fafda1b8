import type { EventDate } from '../nlp/types.js';

/** How far apart two reports of one event may be, when neither gives a date that tells them apart. */
export const CLUSTER_WINDOW_DAYS = 45;

function monthsOf(value: string): number[] | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const q = Number(quarter[2]);
    return [3 * q - 2, 3 * q - 1, 3 * q];
  }
  const month = /^\d{4}-(\d{2})/.exec(value);
  return month ? [Number(month[1])] : null;
}

/**
 * Whether two event dates can describe the same event: a missing date fits anything, and a coarser
 * date fits a finer one inside it (2025-05 fits 2025-05-12, 2025-Q2 fits 2025-05, 2025 fits both).
 * Two different days, months or quarters never fit.
 */
export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b || a.precision === 'unknown' || b.precision === 'unknown') return true;
  if (a.value.slice(0, 4) !== b.value.slice(0, 4)) return false;
  const [coarse, fine] = a.value.length <= b.value.length ? [a.value, b.value] : [b.value, a.value];
  if (fine.startsWith(coarse)) return true;
  const coarseMonths = monthsOf(coarse);
  const fineMonths = monthsOf(fine);
  if (!coarseMonths || !fineMonths) return coarse.length === 4;
  return fineMonths.every((m) => coarseMonths.includes(m));
}

const PRECISION_RANK: Record<EventDate['precision'], number> = {
  unknown: 0,
  year: 1,
  quarter: 2,
  month: 3,
  day: 4,
};

/** The more precise of two compatible dates: a later report that names the day refines the event. */
export function moreSpecificDate(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a) return b;
  if (!b) return a;
  return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision] ? b : a;
}

/**
 * Confidence of an event reported by several sources: independent reports combine as
 * 1 - Π(1 - cᵢ), so it grows with each source and never reaches 1.
 */
export function combinedConfidence(confidences: readonly number[]): number {
  const miss = confidences.reduce((product, c) => product * (1 - Math.min(Math.max(c, 0), 0.99)), 1);
  return Math.round((1 - miss) * 1000) / 1000;
}
