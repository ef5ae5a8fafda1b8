import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../core/errors.js';
import type { Db } from './database.js';

/** What the API knows about the key a request carries. */
export interface ApiKeyInfo {
  id: number;
  name: string;
  rateLimitPerMinute: number | null;
}

/** Prefix that makes a modelwatch key recognisable (in logs, in secret scanners). */
export const API_KEY_PREFIX = 'mwk_';

/**
 * SHA-256 of a key. Keys are 256 random bits, so a fast hash is enough: there is nothing to guess, and
 * a slow password hash would only cost time on every request.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Creates a key named `name` and returns it: the only time the key exists in clear; only its hash is
 * stored. A name in use is a {@link UserError}.
 */
export async function createApiKey(
  db: Db,
  name: string,
  options: { rateLimitPerMinute?: number | null } = {},
): Promise<{ key: string; info: ApiKeyInfo }> {
  if (!/^[\w.@-]{1,64}$/.test(name))
    throw new UserError('a key name is 1-64 letters, digits, dots, dashes, underscores or @');
  if (await db.apiKey.findUnique({ where: { name } }))
    throw new UserError(
      `a key named "${name}" exists (names stay taken after revocation); choose another name`,
    );
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await db.apiKey.create({
    data: {
      name,
      prefix: key.slice(0, API_KEY_PREFIX.length + 6),
      hash: hashApiKey(key),
      rateLimitPerMinute: options.rateLimitPerMinute ?? null,
    },
  });
  return { key, info: { id: row.id, name: row.name, rateLimitPerMinute: row.rateLimitPerMinute } };
}

/** The active (not revoked) key with this clear text, or null. */
export async function findApiKey(db: Db, key: string): Promise<ApiKeyInfo | null> {
  const row = await db.apiKey.findUnique({ where: { hash: hashApiKey(key) } });
  if (!row || row.revokedAt) return null;
  return { id: row.id, name: row.name, rateLimitPerMinute: row.rateLimitPerMinute };
}

/** Notes that a key was used (called at most once a minute per key by the API). */
export async function touchApiKey(db: Db, id: number, at: Date): Promise<void> {
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}

/** All keys, without hashes: name, visible prefix, limits and dates. */
export async function listApiKeys(db: Db) {
  return db.apiKey.findMany({
    orderBy: { id: 'asc' },
    select: {
      name: true,
      prefix: true,
      rateLimitPerMinute: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

/** Revokes the key named `name`; an unknown name is a {@link UserError}. */
export async function revokeApiKey(db: Db, name: string, at = new Date()): Promise<void> {
  const { count } = await db.apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: at } });
  if (count === 0) throw new UserError(`no active key named "${name}"`);
}
