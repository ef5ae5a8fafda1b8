import { UserError } from '../../core/errors.js';
import { DIGEST_LANGUAGES } from '../../digest/types.js';
import { EVENT_TYPES } from '../../nlp/types.js';
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  type SubscriptionView,
} from '../../store/subscriptions.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';

export const SUBSCRIBE_USAGE =
  'usage: modelwatch subscribe add EMAIL [--entity ID,...] [--type T,...] [--lang de,en] [--min-sources N] ' +
  '[--saved-search ID,...] [--tz ZONE] [--hour 0-23] [--language de|en] [--quiet-days] [--no-candidates] | ' +
  'subscribe list | subscribe remove EMAIL';

/** The options of `subscribe add` as parsed from the command line. */
export interface SubscribeArgs {
  action: string | undefined;
  email: string | undefined;
  entity: string[];
  type: string[];
  lang: string[];
  savedSearch: string[];
  minSources: string | undefined;
  tz: string | undefined;
  hour: string | undefined;
  language: string | undefined;
  quietDays: boolean;
  noCandidates: boolean;
}

/** Repeated and comma-separated values alike: `--entity a --entity b,c`. */
const list = (values: string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UserError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function describe(s: SubscriptionView): string {
  const watch = s.watch.entities.length > 0 ? s.watch.entities.join(',') : 'everything';
  const narrowing = [
    s.watch.types.length > 0 ? `types ${s.watch.types.join(',')}` : '',
    s.watch.languages.length > 0 ? `languages ${s.watch.languages.join(',')}` : '',
    s.watch.minSources > 1 ? `min ${s.watch.minSources} sources` : '',
    s.watch.savedSearches.length > 0 ? `saved searches ${s.watch.savedSearches.join(',')}` : '',
  ].filter(Boolean);
  const state = s.active ? 'active' : `unsubscribed ${s.unsubscribedAt ?? ''}`;
  return `${s.id}\t${s.email}\t${state}\t${String(s.sendHour).padStart(2, '0')}:00 ${s.timeZone}\t${s.language}\twatch ${watch}${narrowing.length > 0 ? `; ${narrowing.join('; ')}` : ''}`;
}

function toNewSubscription(args: SubscribeArgs & { email: string }) {
  const types = list(args.type);
  const unknown = types.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0)
    throw new UserError(`unknown event type ${unknown.join(', ')}; use ${EVENT_TYPES.join(', ')}`);
  const language =
    args.language === undefined ? undefined : DIGEST_LANGUAGES.find((l) => l === args.language);
  if (args.language !== undefined && !language) throw new UserError('--language must be de or en');
  return {
    email: args.email,
    watch: {
      entities: list(args.entity),
      types: types as (typeof EVENT_TYPES)[number][],
      languages: list(args.lang),
      minSources: wholeNumber(args.minSources, '--min-sources', 1, 100) ?? 1,
      savedSearches: list(args.savedSearch),
      candidates: !args.noCandidates,
    },
    timeZone: args.tz,
    sendHour: wholeNumber(args.hour, '--hour', 0, 23),
    language,
    quietDays: args.quietDays,
  };
}

/** `subscribe add|list|remove`: manage digest subscriptions from the command line. */
export async function runSubscribe(context: Context, args: SubscribeArgs): Promise<void> {
  const { action, email } = args;
  if (action !== 'add' && action !== 'list' && action !== 'remove') throw new UserError(SUBSCRIBE_USAGE);
  if (action !== 'list' && !email) throw new UserError(SUBSCRIBE_USAGE);
  const db = await openStore(context);
  try {
    if (action === 'add') {
      const created = await createSubscription(db, toNewSubscription({ ...args, email: email ?? '' }));
      process.stdout.write(`subscribed ${describe(created)}\n`);
    } else if (action === 'remove') {
      const removed = await deleteSubscription(db, email ?? '');
      process.stdout.write(`removed subscription of ${removed.email}\n`);
    } else {
      for (const subscription of await listSubscriptions(db))
        process.stdout.write(`${describe(subscription)}\n`);
    }
  } finally {
    await db.$disconnect();
  }
}
