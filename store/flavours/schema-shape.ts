import type Database from 'better-sqlite3';

/** A column as both flavours can state it: Prisma's scalar type, nullability, default, autoincrement. */
export interface ColumnShape {
  name: string;
  type: 'String' | 'Int' | 'BigInt' | 'Float' | 'Boolean' | 'DateTime' | 'Bytes' | 'Decimal';
  nullable: boolean;
  /** The default as Prisma writes it (`now()`, `"text"`, `0`, `false`), or null. */
  default: string | null;
  autoincrement: boolean;
}

export interface IndexShape {
  name: string;
  columns: { name: string; desc: boolean }[];
  unique: boolean;
}

export interface ForeignKeyShape {
  columns: string[];
  table: string;
  references: string[];
  onDelete: string;
  onUpdate: string;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  primaryKey: string[];
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

/**
 * The relational shape of a database (tables, columns, keys, indexes, foreign keys) in terms both
 * flavours share, ordered by name: what the SQLite migrations built, stated so that it can be written as a
 * PostgreSQL Prisma datamodel (store/flavours/datamodel.ts) and compared with what the PostgreSQL
 * migrations built (store/flavours/postgres-shape.ts).
 */
export type SchemaShape = TableShape[];

const SQLITE_TYPES: Record<string, ColumnShape['type']> = {
  TEXT: 'String',
  INTEGER: 'Int',
  BIGINT: 'BigInt',
  REAL: 'Float',
  BOOLEAN: 'Boolean',
  DATETIME: 'DateTime',
  BLOB: 'Bytes',
  DECIMAL: 'Decimal',
};

const REFERENTIAL_ACTIONS: Record<string, string> = {
  CASCADE: 'Cascade',
  'SET NULL': 'SetNull',
  'SET DEFAULT': 'SetDefault',
  RESTRICT: 'Restrict',
  'NO ACTION': 'NoAction',
};

/** Tables no flavour models: SQLite's own, Prisma's ledger, and virtual tables with their shadow tables. */
function modelledTables(db: Database.Database): { name: string; sql: string }[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  return rows.filter(
    (row) =>
      !row.name.startsWith('sqlite_') &&
      row.name !== '_prisma_migrations' &&
      !virtual.some((name) => row.name === name || row.name.startsWith(`${name}_`)),
  );
}

function sqliteDefault(raw: string | null, type: ColumnShape['type']): string | null {
  if (raw === null) return null;
  if (raw === 'CURRENT_TIMESTAMP') return 'now()';
  const text = /^'(.*)'$/s.exec(raw);
  if (text) return JSON.stringify((text[1] ?? '').replaceAll("''", "'"));
  if (type === 'Boolean') return raw === '1' || raw.toLowerCase() === 'true' ? 'true' : 'false';
  return raw;
}

function columnsOf(db: Database.Database, table: string, sql: string, fkColumns: Set<string>): ColumnShape[] {
  const rows = db.prepare(`PRAGMA table_info("${table}")`).all() as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
  }[];
  const singleKey = rows.filter((row) => row.pk > 0).length === 1;
  return rows.map((row) => {
    const type = SQLITE_TYPES[row.type.toUpperCase()];
    if (!type) throw new Error(`${table}.${row.name}: SQLite type ${row.type} has no PostgreSQL mapping`);
    return {
      name: row.name,
      type,
      nullable: row.notnull === 0 && row.pk === 0,
      default: sqliteDefault(row.dflt_value, type),
      // A key that is also a foreign key takes its parent's value, whatever SQLite declared.
      autoincrement: singleKey && row.pk > 0 && /AUTOINCREMENT/i.test(sql) && !fkColumns.has(row.name),
    };
  });
}

function indexesOf(db: Database.Database, table: string): IndexShape[] {
  const list = db.prepare(`PRAGMA index_list("${table}")`).all() as {
    name: string;
    unique: number;
    origin: string;
  }[];
  return list
    .filter((index) => index.origin !== 'pk')
    .map((index) => {
      const columns = (
        db.prepare(`PRAGMA index_xinfo("${index.name}")`).all() as {
          name: string | null;
          desc: number;
          key: number;
        }[]
      )
        .filter((column) => column.key === 1 && column.name !== null)
        .map((column) => ({ name: column.name ?? '', desc: column.desc === 1 }));
      return { name: index.name, columns, unique: index.unique === 1 };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function foreignKeysOf(db: Database.Database, table: string): ForeignKeyShape[] {
  const rows = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
    id: number;
    table: string;
    from: string;
    to: string;
    on_update: string;
    on_delete: string;
  }[];
  const byId = new Map<number, ForeignKeyShape>();
  for (const row of rows) {
    const key = byId.get(row.id) ?? {
      columns: [],
      table: row.table,
      references: [],
      onDelete: REFERENTIAL_ACTIONS[row.on_delete] ?? 'NoAction',
      onUpdate: REFERENTIAL_ACTIONS[row.on_update] ?? 'NoAction',
    };
    key.columns.push(row.from);
    key.references.push(row.to);
    byId.set(row.id, key);
  }
  return [...byId.values()].sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
}

/** The shape of a SQLite database built by the committed migrations (triggers and FTS5 tables left out). */
export function shapeOfSqlite(db: Database.Database): SchemaShape {
  return modelledTables(db).map(({ name, sql }) => {
    const foreignKeys = foreignKeysOf(db, name);
    const fkColumns = new Set(foreignKeys.flatMap((key) => key.columns));
    const info = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; pk: number }[];
    return {
      name,
      columns: columnsOf(db, name, sql, fkColumns),
      primaryKey: info
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      indexes: indexesOf(db, name),
      foreignKeys,
    };
  });
}
