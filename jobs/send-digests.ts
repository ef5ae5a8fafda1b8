import { randomUUID } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { composeDigest, type ComposedDigest } from '../digest/compose-digest.js';
import type { DigestLinks } from '../digest/digest-view.js';
import { currentDigestDate, isDue, planPeriod } from '../digest/plan-period.js';
import type { DigestInput, DigestPeriod, Subscriber } from '../digest/types.js';
import type { WatchItemProvider } from '../digest/watch-items.js';
import type { Db } from '../store/database.js';
import { digestLedger, type DigestClaim, type DigestLedger } from '../store/digest-ledger.js';
import { readDigestCandidates, readDigestEvents, readTrackerEvents } from '../store/digest-reads.js';
import { activeSubscriptions, findSubscription, toSubscriber } from '../store/subscriptions.js';
import type { MailTransport } from './mail-transport.js';

/** Records stored this close to a digest's read may still be committing; the next digest re-checks them. */
export const RECORD_MARGIN_MS = 60_000;

/** What a digest run needs from outside: store, transport, clock, links, optional watch items. */
export interface DigestDeps {
  db: Db;
  log: Logger;
  transport: MailTransport;
  mailFrom: string;
  /** Links for one subscriber (entity views, signed unsubscribe URL). */
  linksFor(subscriber: Subscriber): Promise<DigestLinks>;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Saved-search hits (jobs/saved-search-hits.ts); without it the saved-search section is left out. */
  watchItems?: WatchItemProvider | undefined;
  retry: { attempts: number; baseMs: number; retryMinutes: number };
  /** How long a claim holds against other schedulers. */
  leaseMs?: number;
  /** The ledger; default the store's (store/digest-ledger.ts). */
  ledger?: DigestLedger;
}

export interface DigestRunOptions {
  /** The local date to send; default: each subscriber's today. */
  date?: string | undefined;
  /** Only this subscriber (email). */
  to?: string | undefined;
  /** Only subscribers of this hour and zone (the cron job of that slot). */
  slot?: { sendHour: number; timeZone: string } | undefined;
  /** Skip subscribers whose send hour has not come yet today (scheduled runs). */
  dueOnly?: boolean;
  /** Only this subscription (a queued digest job); none when it is gone or unsubscribed meanwhile. */
  subscriptionId?: number | undefined;
  /** The claim owner (default: a fresh id per run) and the prefix of its job's earlier attempts. */
  claimAs?: { owner: string; jobPrefix: string } | undefined;
}

/** `error`: something other than the transport failed (the store); the subscriber's row says where it stopped. */
export type DigestOutcome = 'sent' | 'empty' | 'failed' | 'error' | 'skipped' | 'not-due';

export interface DigestRunSummary {
  sent: number;
  empty: number;
  failed: number;
  skipped: number;
  results: { email: string; date: string; outcome: DigestOutcome; detail?: string }[];
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads everything one digest is built from: the I/O half of composing. */
export async function readDigestInput(
  deps: Pick<DigestDeps, 'db' | 'watchItems' | 'log'>,
  subscriber: Subscriber,
  period: DigestPeriod,
): Promise<DigestInput> {
  const events = await readDigestEvents(deps.db, subscriber, period);
  const tracked = [
    ...new Set(events.filter((e) => e.subject.kind !== 'organization').map((e) => e.subject.id)),
  ];
  const watchItemHits = deps.watchItems ? await deps.watchItems.hitsFor(subscriber, period) : [];
  if (!deps.watchItems && subscriber.watch.savedSearches.length > 0)
    deps.log.warn(
      { email: subscriber.email, savedSearches: subscriber.watch.savedSearches.length },
      'no saved-search provider given; the saved-search section is left out',
    );
  return {
    subscriber,
    period,
    events,
    trackerEvents: await readTrackerEvents(deps.db, tracked, period.end),
    candidates: await readDigestCandidates(deps.db, period),
    watchItemHits,
  };
}

async function subscribersFor(db: Db, options: DigestRunOptions): Promise<Subscriber[]> {
  if (options.subscriptionId !== undefined) {
    const found = await findSubscription(db, options.subscriptionId);
    return found?.active ? [toSubscriber(found)] : [];
  }
  if (options.to !== undefined) {
    const found = await findSubscription(db, options.to);
    if (!found)
      throw new UserError(
        `no subscription for ${options.to}; add one with "modelwatch subscribe add ${options.to} ..."`,
      );
    if (!found.active) throw new UserError(`${found.email} has unsubscribed`);
    return [toSubscriber(found)];
  }
  return (await activeSubscriptions(db, options.slot)).map(toSubscriber);
}

/** Sends with up to `attempts` tries, doubling the wait; resolves to the error text of the last failure, or null. */
async function sendWithRetries(
  deps: DigestDeps,
  mail: Parameters<MailTransport['send']>[0],
): Promise<{ error: string | null; tries: number }> {
  const sleep = deps.sleep ?? defaultSleep;
  let error = '';
  for (let attempt = 1; attempt <= deps.retry.attempts; attempt++) {
    try {
      const { location } = await deps.transport.send(mail);
      deps.log.info({ to: mail.to, messageId: mail.messageId, location, attempt }, 'digest sent');
      return { error: null, tries: attempt };
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
      deps.log.warn({ to: mail.to, attempt, err: error }, 'digest send failed');
      if (attempt < deps.retry.attempts) await sleep(deps.retry.baseMs * 2 ** (attempt - 1));
    }
  }
  return { error, tries: deps.retry.attempts };
}

/** The wait before the next run retries a failed digest: doubling per failed run, at most six hours. */
export function retryDelayMs(retryMinutes: number, failedRuns: number): number {
  return Math.min(retryMinutes * 60_000 * 2 ** Math.max(0, failedRuns - 1), 6 * 3_600_000);
}

async function deliver(
  deps: DigestDeps,
  claim: DigestClaim,
  subscriber: Subscriber,
  composed: ComposedDigest,
  period: DigestPeriod,
  composedAt: Date,
): Promise<DigestOutcome> {
  const now = deps.now ?? (() => new Date());
  const record = {
    periodStart: period.start,
    periodEnd: period.end,
    composedAt,
    eventIds: composed.content.eventIds,
    itemCount: composed.content.eventIds.length,
  };
  const { message } = composed;
  if (!message) {
    await (deps.ledger ?? digestLedger).markEmpty(deps.db, claim, record);
    return 'empty';
  }
  const messageId = `<digest-${subscriber.id}-${claim.digestDate}@modelwatch>`;
  const lease = deps.leaseMs ?? 15 * 60_000;
  await (deps.ledger ?? digestLedger).markSending(
    deps.db,
    claim,
    { ...record, messageId },
    new Date(now().getTime() + lease),
  );
  const { error, tries } = await sendWithRetries(deps, {
    ...message,
    from: deps.mailFrom,
    messageId,
    date: period.end,
    fileStem: `${claim.digestDate}-${subscriber.id}`,
  });
  if (error === null) {
    // Not caught: if this write fails the row stays `sending`, which a later run turns into `unconfirmed`.
    await (deps.ledger ?? digestLedger).markSent(deps.db, claim, now(), tries);
    return 'sent';
  }
  const failedRuns = Math.ceil((claim.attempts + tries) / deps.retry.attempts);
  await (deps.ledger ?? digestLedger).markFailed(deps.db, claim, {
    error,
    attempts: tries,
    nextAttemptAt: new Date(now().getTime() + retryDelayMs(deps.retry.retryMinutes, failedRuns)),
  });
  return 'failed';
}

async function runOne(deps: DigestDeps, subscriber: Subscriber, options: DigestRunOptions, owner: string) {
  const now = (deps.now ?? (() => new Date()))();
  const date = options.date ?? currentDigestDate(subscriber, now);
  if (options.dueOnly && !isDue(subscriber, date, now)) return { date, outcome: 'not-due' as const };
  const claimed = await (deps.ledger ?? digestLedger).claimDigest(deps.db, {
    subscriptionId: subscriber.id,
    digestDate: date,
    owner,
    now,
    leaseMs: deps.leaseMs ?? 15 * 60_000,
    jobPrefix: options.claimAs?.jobPrefix,
  });
  if (!('claimed' in claimed)) return { date, outcome: 'skipped' as const, detail: claimed.skipped };
  const previous = await (deps.ledger ?? digestLedger).lastDelivered(deps.db, subscriber.id, date);
  const period = planPeriod(subscriber, date, now, previous);
  const composedAt = new Date(now.getTime() - RECORD_MARGIN_MS);
  let composed: ComposedDigest;
  try {
    const input = await readDigestInput(deps, subscriber, period);
    composed = await composeDigest(input, await deps.linksFor(subscriber));
  } catch (error) {
    // Recorded like a refused send, so it is retried after the backoff and blocks no other subscriber.
    const text = `composing failed: ${error instanceof Error ? error.message : String(error)}`;
    deps.log.error({ email: subscriber.email, date, err: error }, 'digest could not be composed');
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(deps.retry.retryMinutes, 1));
    await (deps.ledger ?? digestLedger).markFailed(deps.db, claimed.claimed, {
      error: text,
      attempts: 0,
      nextAttemptAt,
    });
    return { date, outcome: 'failed' as const, detail: text };
  }
  return { date, outcome: await deliver(deps, claimed.claimed, subscriber, composed, period, composedAt) };
}

/** One subscriber's run; an unexpected error (the store failing) is reported and the next subscriber goes on. */
async function runGuarded(
  deps: DigestDeps,
  subscriber: Subscriber,
  options: DigestRunOptions,
  owner: string,
) {
  try {
    return await runOne(deps, subscriber, options, owner);
  } catch (error) {
    deps.log.error({ email: subscriber.email, err: error }, 'digest run stopped for this subscriber');
    const detail = error instanceof Error ? error.message : String(error);
    return { date: options.date ?? '', outcome: 'error' as const, detail };
  }
}

/**
 * Sends the digests that are due, each at most once: every subscriber's digest for its local date is
 * claimed in the ledger, composed from the period since the last delivered digest, sent (with retries
 * and backoff) and recorded. Safe to run again, from two processes, or after a crash. One subscriber's
 * failure is recorded and reported (`failed` or `error`) without stopping the others.
 */
export async function runDigests(
  deps: DigestDeps,
  options: DigestRunOptions = {},
): Promise<DigestRunSummary> {
  const owner = options.claimAs?.owner ?? randomUUID();
  const summary: DigestRunSummary = { sent: 0, empty: 0, failed: 0, skipped: 0, results: [] };
  for (const subscriber of await subscribersFor(deps.db, options)) {
    const result = await runGuarded(deps, subscriber, options, owner);
    if (result.outcome === 'sent' || result.outcome === 'empty') summary[result.outcome]++;
    else if (result.outcome === 'failed' || result.outcome === 'error') summary.failed++;
    else summary.skipped++;
    summary.results.push({ email: subscriber.email, ...result });
  }
  return summary;
}

/** A preview subscriber for `digest --dry-run` on an installation without subscriptions: watches everything. */
export function previewSubscriber(email = 'preview@localhost'): Subscriber {
  return {
    id: 0,
    email,
    watch: { entities: [], types: [], languages: [], minSources: 1, savedSearches: [], candidates: true },
    timeZone: 'UTC',
    sendHour: 7,
    language: 'en',
    quietDays: true,
  };
}

/**
 * Composes digests without sending or writing the ledger (`digest --dry-run`): the same periods and
 * content a real run would produce now. Without subscriptions, one preview digest watching everything.
 */
export async function previewDigests(
  deps: Pick<DigestDeps, 'db' | 'log' | 'linksFor' | 'watchItems' | 'now'>,
  options: Pick<DigestRunOptions, 'date' | 'to'>,
): Promise<{ subscriber: Subscriber; period: DigestPeriod; composed: ComposedDigest }[]> {
  const now = (deps.now ?? (() => new Date()))();
  let subscribers = await subscribersFor(deps.db, options);
  if (subscribers.length === 0 && options.to === undefined) subscribers = [previewSubscriber()];
  const previews = [];
  for (const subscriber of subscribers) {
    const date = options.date ?? currentDigestDate(subscriber, now);
    const previous =
      subscriber.id === 0 ? null : await digestLedger.lastDelivered(deps.db, subscriber.id, date);
    const period = planPeriod(subscriber, date, now, previous);
    const input = await readDigestInput(deps, subscriber, period);
    previews.push({
      subscriber,
      period,
      composed: await composeDigest(input, await deps.linksFor(subscriber)),
    });
  }
  return previews;
}
