import { UserError } from '../core/errors.js';

/** The sort key of the last item on a page: the next page starts strictly after it. */
export type CursorKey = readonly (string | number)[];

/**
 * Encodes a keyset position as an opaque cursor (base64url JSON). Pages follow a stable order (a sort
 * key that ends in a unique id), so an item is never skipped or shown twice while reading page by page.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor} for a sort key of the given shape ('s' string, 'n'
 * integer). Anything else, including a cursor from another route, is a 400 that says where cursors
 * come from.
 */
export function decodeCursor(cursor: string, shape: readonly ('s' | 'n')[]): (string | number)[] {
  const fail = () =>
    new UserError('invalid cursor: pass the nextCursor value of the previous page unchanged', {
      details: [{ field: 'cursor', problem: 'not a cursor of this route' }],
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw fail();
  const values = parsed as unknown[];
  shape.forEach((kind, i) => {
    const value = values[i];
    if (kind === 's' ? typeof value !== 'string' : !Number.isSafeInteger(value)) throw fail();
  });
  return values as (string | number)[];
}
