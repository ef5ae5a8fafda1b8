import type { Db } from './database.js';

/**
 * Ledger states. `sending` is written just before the transport is called: a row left in it by a crash
 * becomes `unconfirmed` (the email may have gone out) and is never sent again. `sent`, `unconfirmed` and
 * `empty` are delivered: the next digest's period starts at their end. `failed` waits for its
 * `nextAttemptAt`; `superseded` is a failed digest whose period a later one carried.
 */
export const DELIVERED = ['sent', 'unconfirmed', 'empty'] as const;
const DONE = new Set<string>([...DELIVERED, 'superseded']);

export interface DigestClaim {
  id: number;
  subscriptionId: number;
  digestDate: string;
  attempts: number;
  owner: string;
}

/** A delivered digest the next one chains on. */
export interface DeliveredDigest {
  digestDate: string;
  periodEnd: Date;
  composedAt: Date;
  eventIds: number[];
}

export interface ClaimOptions {
  subscriptionId: number;
  digestDate: string;
  owner: string;
  now: Date;
  /** How long the claim holds; a process that dies releases its claim when this runs out. */
  leaseMs: number;
  /**
   * Owners starting with this prefix are earlier attempts of the same queued job (`owner` is the current
   * one): pg-boss retries a job only after the attempt failed or its worker stopped answering, so their
   * claim is taken over at once instead of waiting out the lease.
   */
  jobPrefix?: string | undefined;
}

export type ClaimOutcome =
  | { claimed: DigestClaim }
  | { skipped: 'done' | 'claimed-elsewhere' | 'waiting-for-retry' | 'unconfirmed' | 'earlier-in-flight' };

async function ensureRow(db: Db, subscriptionId: number, digestDate: string) {
  const key = { subscriptionId_digestDate: { subscriptionId, digestDate } };
  const found = await db.digest.findUnique({ where: key });
  if (found) return found;
  try {
    return await db.digest.create({ data: { subscriptionId, digestDate } });
  } catch {
    // Another scheduler created it first: use its row.
    return db.digest.findUniqueOrThrow({ where: key });
  }
}

/**
 * Claims the digest of one subscriber and local date for `owner`, atomically: of two schedulers only one
 * gets it (a compare-and-set on the claim columns). A delivered digest, a live claim of another process,
 * a failed one not yet due, or an earlier digest still being sent, each skip with the reason; a stale
 * `sending` row (its process crashed mid-send) is turned into `unconfirmed` and skipped.
 */
export async function claimDigest(db: Db, options: ClaimOptions): Promise<ClaimOutcome> {
  const { subscriptionId, digestDate, owner, now } = options;
  const row = await ensureRow(db, subscriptionId, digestDate);
  if (DONE.has(row.status)) return { skipped: 'done' };
  const earlierAttempt =
    options.jobPrefix !== undefined &&
    row.claimedBy !== owner &&
    row.claimedBy?.startsWith(options.jobPrefix) === true;
  const live = row.claimedUntil !== null && row.claimedUntil > now && !earlierAttempt;
  if (live) return { skipped: 'claimed-elsewhere' };
  if (row.status === 'sending') {
    await db.digest.updateMany({
      where: { id: row.id, status: 'sending', claimedUntil: row.claimedUntil },
      data: {
        status: 'unconfirmed',
        claimedBy: null,
        claimedUntil: null,
        lastError: 'process ended during send; not resent',
      },
    });
    return { skipped: 'unconfirmed' };
  }
  if (row.status === 'failed' && row.nextAttemptAt !== null && row.nextAttemptAt > now)
    return { skipped: 'waiting-for-retry' };
  const earlier = await db.digest.count({
    where: { subscriptionId, digestDate: { lt: digestDate }, status: 'sending', claimedUntil: { gt: now } },
  });
  if (earlier > 0) return { skipped: 'earlier-in-flight' };
  const { count } = await db.digest.updateMany({
    where: { id: row.id, status: row.status, claimedUntil: row.claimedUntil },
    data: { claimedBy: owner, claimedUntil: new Date(now.getTime() + options.leaseMs) },
  });
  if (count === 0) return { skipped: 'claimed-elsewhere' };
  return { claimed: { id: row.id, subscriptionId, digestDate, attempts: row.attempts, owner } };
}

/** The latest delivered digest before `digestDate`, which the new digest's period starts from. */
export async function lastDelivered(
  db: Db,
  subscriptionId: number,
  digestDate: string,
): Promise<DeliveredDigest | null> {
  const row = await db.digest.findFirst({
    where: {
      subscriptionId,
      digestDate: { lt: digestDate },
      status: { in: [...DELIVERED] },
      periodEnd: { not: null },
    },
    orderBy: { digestDate: 'desc' },
  });
  if (!row?.periodEnd) return null;
  return {
    digestDate: row.digestDate,
    periodEnd: row.periodEnd,
    composedAt: row.composedAt ?? row.periodEnd,
    eventIds: JSON.parse(row.eventIds) as number[],
  };
}

export interface DigestRecord {
  periodStart: Date;
  periodEnd: Date;
  composedAt: Date;
  eventIds: number[];
  itemCount: number;
}

function recordData(record: DigestRecord) {
  return { ...record, eventIds: JSON.stringify(record.eventIds) };
}

/** Earlier digests of the subscriber that failed or never went out: a delivered later one carried their period. */
function supersedeEarlier(db: Db, claim: DigestClaim) {
  return db.digest.updateMany({
    where: {
      subscriptionId: claim.subscriptionId,
      digestDate: { lt: claim.digestDate },
      status: { in: ['pending', 'failed'] },
    },
    data: { status: 'superseded', claimedBy: null, claimedUntil: null },
  });
}

/**
 * Records what the claimed digest carries and that the transport is about to be called, only while the
 * claim is still `claim.owner`'s: a claim taken over (a retry of the same queued job) throws instead, so
 * the attempt that lost it never sends.
 */
export async function markSending(
  db: Db,
  claim: DigestClaim,
  record: DigestRecord & { messageId: string },
  leaseUntil: Date,
): Promise<void> {
  const { count } = await db.digest.updateMany({
    where: { id: claim.id, claimedBy: claim.owner },
    data: { ...recordData(record), status: 'sending', claimedUntil: leaseUntil },
  });
  if (count === 0)
    throw new Error(`digest ${claim.id}: the claim was taken over; not sent by ${claim.owner}`);
}

/**
 * Records the digest as sent and, in the same transaction, supersedes earlier digests of the subscriber
 * that failed or never went out: this one's period starts at the last delivered end, so it carried them.
 */
export async function markSent(db: Db, claim: DigestClaim, at: Date, attempts: number): Promise<void> {
  const released = { claimedBy: null, claimedUntil: null, nextAttemptAt: null };
  await db.$transaction([
    db.digest.update({
      where: { id: claim.id },
      data: { status: 'sent', sentAt: at, attempts: claim.attempts + attempts, ...released },
    }),
    supersedeEarlier(db, claim),
  ]);
}

/**
 * Records a digest with nothing to say: delivered for chaining (superseding as a sent one does), nothing
 * sent; only while the claim is still `claim.owner`'s (see {@link lostClaim}).
 */
export async function markEmpty(db: Db, claim: DigestClaim, record: DigestRecord): Promise<void> {
  const { count } = await db.digest.updateMany({
    where: { id: claim.id, claimedBy: claim.owner },
    data: { ...recordData(record), status: 'empty', claimedBy: null, claimedUntil: null },
  });
  if (count === 0) throw lostClaim(claim);
  await supersedeEarlier(db, claim);
}

/**
 * The error of an attempt whose claim was taken over meanwhile (a retry of the same queued job sent the
 * digest): its late outcome must not overwrite the ledger, or a sent digest would be queued again.
 */
function lostClaim(claim: DigestClaim): Error {
  return new Error(`digest ${claim.id}: the claim was taken over; ${claim.owner} records nothing`);
}

/**
 * Records a failed send: the error, the attempts so far, and when the next attempt is due; only while
 * the claim is still `claim.owner`'s (see {@link lostClaim}).
 */
export async function markFailed(
  db: Db,
  claim: DigestClaim,
  failure: { error: string; attempts: number; nextAttemptAt: Date },
): Promise<void> {
  const { count } = await db.digest.updateMany({
    where: { id: claim.id, claimedBy: claim.owner },
    data: {
      status: 'failed',
      lastError: failure.error.slice(0, 1000),
      attempts: claim.attempts + failure.attempts,
      nextAttemptAt: failure.nextAttemptAt,
      claimedBy: null,
      claimedUntil: null,
    },
  });
  if (count === 0) throw lostClaim(claim);
}

/** Releases a claim without a change (the subscriber unsubscribed meanwhile, a dry run). */
export async function releaseClaim(db: Db, claim: DigestClaim): Promise<void> {
  await db.digest.updateMany({
    where: { id: claim.id, claimedBy: claim.owner },
    data: { claimedBy: null, claimedUntil: null },
  });
}

/**
 * Of the given subscriber and local-date pairs, those that need no new job now, keyed `id:date`: delivered
 * (or superseded), claimed by a live run, or failed and waiting for their next attempt. What a distributed
 * scheduler leaves out when it queues digests.
 */
export async function settledDigests(
  db: Db,
  keys: readonly { subscriptionId: number; digestDate: string }[],
  now: Date,
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.digest.findMany({
    where: {
      subscriptionId: { in: [...new Set(keys.map((k) => k.subscriptionId))] },
      digestDate: { in: [...new Set(keys.map((k) => k.digestDate))] },
    },
  });
  const settled = rows.filter(
    (row) =>
      DONE.has(row.status) ||
      (row.claimedUntil !== null && row.claimedUntil > now) ||
      (row.status === 'failed' && row.nextAttemptAt !== null && row.nextAttemptAt > now),
  );
  return new Set(settled.map((row) => `${row.subscriptionId}:${row.digestDate}`));
}

/** When a failed digest is due for its next attempt (null when it is not failed). */
export async function nextAttemptAt(
  db: Db,
  subscriptionId: number,
  digestDate: string,
): Promise<Date | null> {
  const row = await db.digest.findUnique({
    where: { subscriptionId_digestDate: { subscriptionId, digestDate } },
  });
  return row?.status === 'failed' ? row.nextAttemptAt : null;
}

/** Ledger rows, newest first, for `digest --status`-style listings and tests. */
export async function listDigests(db: Db, subscriptionId?: number) {
  return db.digest.findMany({
    where: subscriptionId === undefined ? {} : { subscriptionId },
    orderBy: [{ digestDate: 'desc' }, { id: 'desc' }],
  });
}

/**
 * The ledger operations a digest run uses, as one object so a run can be given another (a test wraps
 * it to stop a run between sending and recording, as a crash would).
 */
export const digestLedger = { claimDigest, lastDelivered, markSending, markSent, markEmpty, markFailed };
export type DigestLedger = typeof digestLedger;
