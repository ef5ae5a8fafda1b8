import Database from 'better-sqlite3';
import pg from 'pg';

/** PostgreSQL takes at most 65,535 parameters per statement; batches stay well below. */
const PARAMETERS_PER_INSERT = 30_000;

/** One multi-row INSERT of `rows` into `table`, every identifier quoted. */
async function insertRows(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  const values = rows.map(
    (_row, r) => `(${columns.map((_c, c) => `$${String(r * columns.length + c + 1)}`).join(', ')})`,
  );
  await client.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`,
    rows.flat(),
  );
}

/**
 * Copies `tables` (in that order, so foreign keys hold) from the SQLite file to the migrated PostgreSQL
 * database at `url`, row for row: SQLite's 0/1 booleans and `+00:00` date texts are valid input for
 * PostgreSQL's boolean and timestamp columns. PostgreSQL's triggers keep its read model (EventTimeline,
 * ViewChange) as the rows arrive; id sequences are moved past the copied ids and the tables analysed.
 * Returns the rows copied per table.
 */
export async function copySqliteToPostgres(
  file: string,
  url: string,
  tables: readonly string[],
  onProgress: (table: string, done: number) => void = () => undefined,
): Promise<Record<string, number>> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    for (const table of tables) {
      const info = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string }[];
      const columns = info.map((c) => c.name);
      const batch = Math.floor(PARAMETERS_PER_INSERT / columns.length);
      const select = sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`);
      let rows: unknown[][] = [];
      let done = 0;
      for (const row of select.raw().iterate() as IterableIterator<unknown[]>) {
        rows.push(row);
        if (rows.length < batch) continue;
        await insertRows(client, table, columns, rows);
        done += rows.length;
        onProgress(table, done);
        rows = [];
      }
      if (rows.length > 0) await insertRows(client, table, columns, rows);
      copied[table] = done + rows.length;
      // An integer id is a serial in PostgreSQL: its sequence moves past the copied ids.
      if (info.some((c) => c.name === 'id' && c.type.toUpperCase() === 'INTEGER'))
        await client.query(
          `SELECT setval(CAST(pg_get_serial_sequence('"${table}"', 'id') AS regclass), MAX("id")) FROM "${table}"`,
        );
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
    sqlite.close();
  }
  return copied;
}
