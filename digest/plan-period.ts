import { localDate, zonedInstant } from './local-time.js';
import type { DigestPeriod, Subscriber } from './types.js';

/** How far back a subscriber's first digest reaches. */
export const FIRST_PERIOD_MS = 24 * 3_600_000;

/** The delivered digest a new one chains on (see store/digest-ledger.ts). */
export interface PreviousDigest {
  periodEnd: Date;
  composedAt: Date;
  eventIds: readonly number[];
}

/** The subscriber's local date now: the digest that is due or next due. */
export function currentDigestDate(subscriber: Pick<Subscriber, 'timeZone'>, now: Date): string {
  return localDate(now, subscriber.timeZone);
}

/** True when the subscriber's send hour on `date` has come. */
export function isDue(
  subscriber: Pick<Subscriber, 'timeZone' | 'sendHour'>,
  date: string,
  now: Date,
): boolean {
  return zonedInstant(date, subscriber.sendHour, subscriber.timeZone) <= now;
}

/**
 * The period of the digest for local `date`: it ends at the send hour that day (or now, when sent early
 * by hand) and starts where the previous delivered digest ended, so consecutive digests tile time with
 * no gap and no overlap; a first digest covers the day before its end. Pure.
 */
export function planPeriod(
  subscriber: Pick<Subscriber, 'timeZone' | 'sendHour'>,
  date: string,
  now: Date,
  previous: PreviousDigest | null,
): DigestPeriod {
  const scheduled = zonedInstant(date, subscriber.sendHour, subscriber.timeZone);
  const end = scheduled < now ? scheduled : now;
  const start =
    previous && previous.periodEnd < end ? previous.periodEnd : new Date(end.getTime() - FIRST_PERIOD_MS);
  return {
    start,
    end,
    recordedSince: previous?.composedAt ?? null,
    previousEventIds: previous?.eventIds ?? [],
  };
}
