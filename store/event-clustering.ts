import { DATE_PRECISIONS, type EventDate } from '../nlp/types.js';

/** How far apart two reports of one event may be, when neither gives a date that tells them apart. */
export const CLUSTER_WINDOW_DAYS = 45;

const PRECISION_RANK: Record<EventDate['precision'], number> = {
  unknown: 0,
  year: 1,
  quarter: 2,
  month: 3,
  day: 4,
};

/**
 * Whether two event dates can describe the same event: a missing date fits anything, and a coarser
 * date fits a finer one inside it (2025-05 fits 2025-05-12, 2025-Q2 fits 2025-05, 2025 fits both).
 * Two different days, months or quarters never fit.
 */
export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b || a.precision === 'unknown' || b.precision === 'unknown') return true;
  if (a.value === b.value) return true;
  if (a.value.slice(0, 4) !== b.value.slice(0, 4)) return false;
  const [coarse, fine] = PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? [a, b] : [b, a];
  switch (coarse.precision) {
    case 'year':
      return true;
    case 'quarter': {
      const month = /^\d{4}-(\d{2})/.exec(fine.value)?.[1];
      return month !== undefined && Math.ceil(Number(month) / 3) === Number(coarse.value.slice(-1));
    }
    case 'month':
      return fine.precision === 'day' && fine.value.startsWith(coarse.value);
    default:
      return false;
  }
}

/** An event date as stored (value and precision columns) back in its typed form; null when there is none. */
export function storedDate(value: string | null, precision: string): EventDate | null {
  if (!value) return null;
  const known = (DATE_PRECISIONS as readonly string[]).includes(precision);
  return { value, precision: known ? (precision as EventDate['precision']) : 'unknown' };
}

/** The more precise of two compatible dates: a later report that names the day refines the event. */
export function moreSpecificDate(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a) return b;
  if (!b) return a;
  return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision] ? b : a;
}

/**
 * Confidence of an event reported by several sources: independent reports combine as
 * 1 - Π(1 - cᵢ), so it grows with each source; capped at 0.999 because no amount of reporting is proof.
 */
export function combinedConfidence(confidences: readonly number[]): number {
  const miss = confidences.reduce((product, c) => product * (1 - Math.min(Math.max(c, 0), 0.99)), 1);
  return Math.min(0.999, Math.round((1 - miss) * 1000) / 1000);
}

/** An entity involved in an event, with what it is to the event (`from`, `to`, `developer`, ...). */
export interface RelatedRef {
  id: string;
  role: string;
}

/**
 * Roles that tell two events of one type and subject apart: a switch of training *to* H20 is not a
 * switch *to* Ascend. Other roles (developer, cause, competitor) only describe an event.
 */
export const DISTINGUISHING_ROLES: ReadonlySet<string> = new Set(['from', 'to', 'inference']);

/**
 * Whether two reports' related entities can describe one event: for every distinguishing role that both
 * name, at least one entity must be shared, where a chip and the company that makes it count as the same
 * (one outlet writes "moved to Nvidia", another "moved to Nvidia's H20"). `developerOf` maps an entity id
 * to its developer's id.
 */
export function relatedCompatible(
  a: readonly RelatedRef[],
  b: readonly RelatedRef[],
  developerOf: ReadonlyMap<string, string | null>,
): boolean {
  for (const role of DISTINGUISHING_ROLES) {
    const left = a.filter((r) => r.role === role).map((r) => r.id);
    const right = b.filter((r) => r.role === role).map((r) => r.id);
    if (left.length === 0 || right.length === 0) continue;
    const same = (x: string, y: string) => x === y || developerOf.get(x) === y || developerOf.get(y) === x;
    if (!left.some((x) => right.some((y) => same(x, y)))) return false;
  }
  return true;
}
