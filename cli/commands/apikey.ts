import { UserError } from '../../core/errors.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../../store/api-keys.js';
import { openDatabase } from '../../store/database.js';
import type { Context } from '../context.js';

const USAGE = 'usage: modelwatch apikey create NAME [--rate-limit N] | apikey list | apikey revoke NAME';

/**
 * `apikey create NAME [--rate-limit N]` prints a new key once (only its hash is stored);
 * `apikey list` shows names, prefixes and dates; `apikey revoke NAME` disables a key.
 */
export async function runApiKey(
  context: Context,
  args: { action: string | undefined; name: string | undefined; rateLimit: string | undefined },
): Promise<void> {
  const { action, name } = args;
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw new UserError(USAGE);
  if (action !== 'list' && !name) throw new UserError(USAGE);
  let rateLimit: number | null = null;
  if (args.rateLimit !== undefined) {
    rateLimit = Number(args.rateLimit);
    if (!Number.isInteger(rateLimit) || rateLimit < 1)
      throw new UserError('--rate-limit must be a whole number of requests per minute, at least 1');
  }
  const db = await openDatabase(context.config.DATABASE_URL, context.log);
  try {
    if (action === 'create') {
      const { key } = await createApiKey(db, name ?? '', { rateLimitPerMinute: rateLimit });
      process.stdout.write(`${key}\n`);
      process.stderr.write(
        `created API key "${name ?? ''}"; it is shown only now, store it safely. ` +
          `Send it as "Authorization: Bearer <key>".\n`,
      );
    } else if (action === 'revoke') {
      await revokeApiKey(db, name ?? '');
      process.stdout.write(`revoked API key "${name ?? ''}"\n`);
    } else {
      for (const key of await listApiKeys(db)) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        process.stdout.write(
          `${key.name}\t${key.prefix}…\t${state}\tlimit ${key.rateLimitPerMinute ?? 'default'}/min\t` +
            `last used ${key.lastUsedAt?.toISOString() ?? 'never'}\n`,
        );
      }
    }
  } finally {
    await db.$disconnect();
  }
}
