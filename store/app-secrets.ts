import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';

/**
 * A secret the installation generates for itself on first use and keeps in the database, so every
 * process (API, scheduler, CLI) signs and verifies with the same one without configuration. Two
 * processes racing on first use both end up with the row that was written first.
 */
export async function appSecret(db: Db, name: string): Promise<string> {
  const found = await db.appSecret.findUnique({ where: { name } });
  if (found) return found.value;
  try {
    return (await db.appSecret.create({ data: { name, value: randomBytes(32).toString('base64url') } }))
      .value;
  } catch {
    return (await db.appSecret.findUniqueOrThrow({ where: { name } })).value;
  }
}
