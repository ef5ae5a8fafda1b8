import type PgBoss from 'pg-boss';
import type { Logger } from '../../core/logger.js';
import { currentDigestDate, isDue } from '../../digest/plan-period.js';
import type { Db } from '../../store/database.js';
import { nextAttemptAt, settledDigests } from '../../store/digest-ledger.js';
import { activeSubscriptions, toSubscriber } from '../../store/subscriptions.js';
import { runDigests, type DigestDeps } from '../send-digests.js';
import { QUEUES } from './crawl-queue.js';

/** One queued digest: a subscriber's digest for one local date. */
export interface DigestJob {
  subscriptionId: number;
  date: string;
}

/** The queue key of a digest: one job per subscriber and date waits or runs at a time (stately queue). */
export const digestJobKey = (job: DigestJob): string => `${job.subscriptionId}:${job.date}`;

/**
 * Queues digest jobs, each keyed by subscriber and date, so queuing one that already waits adds nothing.
 * Returns the jobs actually queued.
 */
export async function queueDigests(
  boss: PgBoss,
  jobs: readonly DigestJob[],
  startAfter?: Date,
): Promise<DigestJob[]> {
  const ids = await Promise.all(
    jobs.map((data) =>
      boss.send(QUEUES.digest, data, {
        singletonKey: digestJobKey(data),
        ...(startAfter ? { startAfter } : {}),
      }),
    ),
  );
  return jobs.filter((_, index) => ids[index] !== null);
}

/**
 * The distributed twin of a scheduled digest run: queues a job for each active subscriber (of `slot`, or
 * all) whose send hour has come on their local date and whose digest for that date is not settled
 * (delivered, claimed by a live run, or waiting for a retry). Returns the jobs queued (not those waiting
 * already).
 */
export async function queueDueDigests(deps: {
  db: Db;
  boss: PgBoss;
  now: Date;
  slot?: { sendHour: number; timeZone: string } | undefined;
}): Promise<DigestJob[]> {
  const due = (await activeSubscriptions(deps.db, deps.slot))
    .map(toSubscriber)
    .map((subscriber) => ({ subscriber, date: currentDigestDate(subscriber, deps.now) }))
    .filter(({ subscriber, date }) => isDue(subscriber, date, deps.now))
    .map(({ subscriber, date }) => ({ subscriptionId: subscriber.id, date }));
  const settled = await settledDigests(
    deps.db,
    due.map((job) => ({ subscriptionId: job.subscriptionId, digestDate: job.date })),
    deps.now,
  );
  return queueDigests(
    deps.boss,
    due.filter((job) => !settled.has(digestJobKey(job))),
  );
}

/**
 * Runs one digest job through the same ledger as the embedded run: the claim's owner is the job and its
 * attempt, so a retry of a job whose worker died takes the claim over at once, and the dead attempt (if it
 * was only slow) can no longer send. A send the server refused is recorded `failed` and queued again for
 * its next attempt; a failure of the store throws, so pg-boss retries the job.
 */
export async function runDigestJob(
  deps: DigestDeps & { boss: PgBoss },
  job: PgBoss.JobWithMetadata<DigestJob>,
): Promise<void> {
  const { subscriptionId, date } = job.data;
  const claimAs = { owner: `digest-job:${job.id}:${job.retryCount}`, jobPrefix: `digest-job:${job.id}:` };
  const summary = await runDigests(deps, { subscriptionId, date, claimAs });
  const result = summary.results[0];
  const log = deps.log.child({ subscriptionId, date, job: job.id, attempt: job.retryCount });
  if (!result) {
    log.info('digest job dropped: the subscription is gone or unsubscribed');
    return;
  }
  if (result.outcome === 'error') throw new Error(`digest job failed: ${result.detail ?? 'store error'}`);
  if (result.outcome === 'failed') {
    const retryAt = await nextAttemptAt(deps.db, subscriptionId, date);
    if (retryAt) await queueDigests(deps.boss, [job.data], retryAt);
    log.warn({ retryAt, detail: result.detail }, 'digest not sent; queued again for its next attempt');
    return;
  }
  log.info({ outcome: result.outcome, detail: result.detail }, 'digest job done');
}

/** Takes digest jobs, one at a time per worker (a digest is a few reads and one SMTP conversation). */
export async function startDigestWorker(deps: DigestDeps & { boss: PgBoss; log: Logger }): Promise<void> {
  await deps.boss.work<DigestJob>(
    QUEUES.digest,
    { pollingIntervalSeconds: 0.5, batchSize: 1, includeMetadata: true },
    async (jobs) => {
      for (const job of jobs) await runDigestJob(deps, job);
    },
  );
}
