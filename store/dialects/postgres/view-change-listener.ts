import pg from 'pg';
import { trimMemo } from '../../read-connection.js';
import type { ViewMemo } from '../../read-store.js';

/** The channel the ViewChange trigger announces keys on (prisma/postgres/dialect/*_view_change_notify.sql). */
export const VIEW_CHANGE_CHANNEL = 'view_change';

/** A memo that keeps nothing: what a reader gets while no LISTEN connection guards the memo. */
const noMemo: ViewMemo = { get: () => undefined, set: () => undefined };

/**
 * The event-view memo of a PostgreSQL read path, kept while a connection of its own LISTENs to
 * {@link VIEW_CHANGE_CHANNEL}: each announced key (sent when the writing transaction commits, whichever
 * process wrote) is forgotten. Announcements reach the memo a moment after the commit, so another process's
 * write shows within milliseconds rather than at once. Without the connection (not yet open, or lost) the
 * memo is emptied and keeps nothing until it listens again, so it never serves what it was not told about.
 */
export function listeningMemo(url: string): { memo(): Promise<ViewMemo>; close(): Promise<void> } {
  const map = new Map<string, unknown>();
  let forgotten = 0;
  let listener: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  // Read through a call: `closed` changes while a connection is being opened.
  const isClosed = (): boolean => closed;
  const forgetAll = (client: pg.Client) => {
    if (listener === client) listener = null;
    map.clear();
    forgotten++;
  };
  const listen = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.payload !== undefined) map.delete(message.payload);
      forgotten++;
    });
    client.on('error', () => {
      forgetAll(client);
    });
    client.on('end', () => {
      forgetAll(client);
    });
    await client.connect();
    await client.query(`LISTEN ${VIEW_CHANGE_CHANNEL}`);
    return client;
  };
  const ensureListening = async (): Promise<boolean> => {
    if (listener) return true;
    if (isClosed()) return false;
    try {
      connecting ??= listen();
      const client = await connecting;
      if (isClosed()) return false;
      listener = client;
      return true;
    } catch {
      return false;
    } finally {
      connecting = null;
    }
  };
  return {
    memo: async () => {
      if (!(await ensureListening())) return noMemo;
      trimMemo(map);
      const at = forgotten;
      return {
        get: (key) => map.get(key),
        set: (key, value) => {
          if (forgotten === at && listener) map.set(key, value);
        },
      };
    },
    close: async () => {
      closed = true;
      const client = listener ?? (await connecting?.catch(() => null)) ?? null;
      listener = null;
      await client?.end();
    },
  };
}
