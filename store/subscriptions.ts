import { NotFoundError, UserError } from '../core/errors.js';
import { isTimeZone } from '../digest/local-time.js';
import type { DigestLanguage, Subscriber } from '../digest/types.js';
import { parseWatchList, watchListSchema, type WatchList } from '../digest/watch-list.js';
import type { Db } from './database.js';
import { mergeTargets } from './merged-entities.js';
import { findSavedSearch, listSavedSearches } from './search/saved-searches.js';

/** A subscription as the API and CLI show it. */
export interface SubscriptionView extends Subscriber {
  active: boolean;
  unsubscribedAt: string | null;
  createdAt: string;
}

/** What a new subscription says; watch list fields left out take their defaults. */
export interface NewSubscription {
  email: string;
  watch?: Partial<WatchList> | undefined;
  timeZone?: string | undefined;
  sendHour?: number | undefined;
  language?: DigestLanguage | undefined;
  quietDays?: boolean | undefined;
}

type Row = NonNullable<Awaited<ReturnType<Db['subscription']['findUnique']>>>;

function toView(row: Row): SubscriptionView {
  return {
    id: row.id,
    email: row.email,
    watch: parseWatchList(row.watch),
    timeZone: row.timeZone,
    sendHour: row.sendHour,
    language: row.language === 'de' ? 'de' : 'en',
    quietDays: row.quietDays,
    active: row.unsubscribedAt === null,
    unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The digest's view of a subscription. */
export function toSubscriber(view: SubscriptionView): Subscriber {
  const { id, email, watch, timeZone, sendHour, language, quietDays } = view;
  return { id, email, watch, timeZone, sendHour, language, quietDays };
}

async function checkEntities(db: Db, ids: readonly string[]): Promise<string[]> {
  const targets = await mergeTargets(db, ids);
  const resolved = [...new Set(ids.map((id) => targets.get(id) ?? id))];
  const known = await db.entity.findMany({ where: { id: { in: resolved } }, select: { id: true } });
  const missing = resolved.filter((id) => !known.some((k) => k.id === id));
  if (missing.length > 0)
    throw new UserError(
      `unknown entity ${missing.map((m) => `"${m}"`).join(', ')} in watch.entities; search ids with GET /v1/entities?q=NAME`,
      {
        details: missing.map((id) => ({
          in: 'body',
          field: 'watch.entities',
          problem: `no entity with id "${id}"`,
        })),
      },
    );
  return resolved;
}

/**
 * Creates a subscription after checking its email, time zone, hour and entities (merged ids are stored
 * as their target). An address that unsubscribed may subscribe again (its row is replaced); an active
 * one is a 409, so a second sign-up cannot silently change someone's watch list.
 */
export async function createSubscription(db: Db, input: NewSubscription): Promise<SubscriptionView> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(email))
    throw new UserError(`"${input.email}" is not an email address`, {
      details: [{ in: 'body', field: 'email', problem: 'not an email address' }],
    });
  const timeZone = input.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone))
    throw new UserError(`unknown time zone "${timeZone}"; use an IANA name such as Europe/Berlin`, {
      details: [{ in: 'body', field: 'timeZone', problem: 'not an IANA time zone' }],
    });
  const sendHour = input.sendHour ?? 7;
  if (!Number.isInteger(sendHour) || sendHour < 0 || sendHour > 23)
    throw new UserError('sendHour must be a whole hour from 0 to 23', {
      details: [{ in: 'body', field: 'sendHour', problem: '0-23' }],
    });
  const parsed = watchListSchema.safeParse(input.watch ?? {});
  if (!parsed.success)
    throw new UserError(`invalid watch list: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const watch = {
    ...parsed.data,
    entities: await checkEntities(db, parsed.data.entities),
    savedSearches: await checkSavedSearches(db, parsed.data.savedSearches),
  };
  const existing = await db.subscription.findUnique({ where: { email } });
  if (existing && existing.unsubscribedAt === null)
    throw new UserError(`${email} is already subscribed (id ${existing.id}); remove it first to change it`, {
      status: 409,
    });
  const data = {
    email,
    watch: JSON.stringify(watch),
    timeZone,
    sendHour,
    language: input.language ?? 'en',
    quietDays: input.quietDays ?? false,
    unsubscribedAt: null,
  };
  if (existing) await db.subscription.delete({ where: { id: existing.id } });
  return toView(await db.subscription.create({ data }));
}

/**
 * The saved searches a watch list names, as their names (a number is taken as an id); an unknown one is
 * a 400 that lists the names there are, so a typo never leaves a silent, empty digest section.
 */
async function checkSavedSearches(db: Db, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const saved = await listSavedSearches(db);
  return keys.map((key) => {
    const found = findSavedSearch(saved, key);
    if (found === undefined)
      throw new UserError(
        `no saved search "${key}"; saved searches: ${saved.map((s) => s.name).join(', ') || 'none yet (POST /v1/saved-searches)'}`,
        { details: [{ in: 'body', field: 'watch.savedSearches', problem: `unknown saved search "${key}"` }] },
      );
    return found.name;
  });
}

/** Every subscription, active ones first, by email. */
export async function listSubscriptions(db: Db): Promise<SubscriptionView[]> {
  const rows = await db.subscription.findMany({ orderBy: [{ email: 'asc' }] });
  return rows.map(toView).sort((a, b) => Number(b.active) - Number(a.active));
}

/** One subscription by id or email; null when none. */
export async function findSubscription(db: Db, idOrEmail: number | string): Promise<SubscriptionView | null> {
  const row =
    typeof idOrEmail === 'number'
      ? await db.subscription.findUnique({ where: { id: idOrEmail } })
      : await db.subscription.findUnique({ where: { email: idOrEmail.trim().toLowerCase() } });
  return row ? toView(row) : null;
}

/** Active subscriptions, optionally only those sending at `sendHour` in `timeZone`. */
export async function activeSubscriptions(
  db: Db,
  slot?: { sendHour: number; timeZone: string },
): Promise<SubscriptionView[]> {
  const rows = await db.subscription.findMany({
    where: { unsubscribedAt: null, ...(slot ?? {}) },
    orderBy: { id: 'asc' },
  });
  return rows.map(toView);
}

/** Deletes a subscription and its ledger; a 404 when there is none. */
export async function deleteSubscription(db: Db, idOrEmail: number | string): Promise<SubscriptionView> {
  const found = await findSubscription(db, idOrEmail);
  if (!found)
    throw new NotFoundError(
      `no subscription ${typeof idOrEmail === 'number' ? `with id ${idOrEmail}` : `for ${idOrEmail}`}`,
    );
  await db.subscription.delete({ where: { id: found.id } });
  return found;
}

/** Marks a subscription unsubscribed (idempotent: a second click keeps the first date). */
export async function unsubscribe(db: Db, id: number, at: Date): Promise<void> {
  await db.subscription.updateMany({ where: { id, unsubscribedAt: null }, data: { unsubscribedAt: at } });
}
