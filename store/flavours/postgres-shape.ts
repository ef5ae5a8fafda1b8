import type pg from 'pg';
import type { ColumnShape, ForeignKeyShape, IndexShape, SchemaShape } from './schema-shape.js';

const POSTGRES_TYPES: Record<string, ColumnShape['type']> = {
  text: 'String',
  integer: 'Int',
  bigint: 'BigInt',
  'double precision': 'Float',
  boolean: 'Boolean',
  'timestamp without time zone': 'DateTime',
  bytea: 'Bytes',
  numeric: 'Decimal',
};

const ACTIONS: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

function postgresDefault(raw: string | null): string | null {
  if (raw === null) return null;
  if (raw === 'CURRENT_TIMESTAMP') return 'now()';
  const text = /^'(.*)'::text$/s.exec(raw);
  if (text) return JSON.stringify((text[1] ?? '').replaceAll("''", "'"));
  return raw;
}

type ColumnRow = { table: string; name: string; type: string; nullable: boolean; default: string | null };
type IndexRow = {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  columns: string[];
  desc: boolean[];
};
type KeyRow = {
  table: string;
  columns: string[];
  target: string;
  references: string[];
  del: string;
  upd: string;
};

// tsvector columns (the dialect's search vector, PostgreSQL's counterpart of the FTS5 table, which SQLite's
// shape does not list either) have no SQLite twin to compare.
const COLUMNS = `
  SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, NULL) AS type,
         NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    AND a.atttypid <> 'tsvector'::regtype
  ORDER BY c.relname, a.attnum`;

// Expression indexes and GIN indexes (the dialect's full-text index over the search vector) have no SQLite twin to
// compare.
const INDEXES = `
  SELECT c.relname AS "table", i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
         ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(num, pos)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.num ORDER BY k.pos)::text[] AS columns,
         ARRAY(SELECT (o & 1) = 1 FROM unnest(x.indoption::int2[]) o) AS desc
  FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND x.indexprs IS NULL
    AND i.relam <> (SELECT oid FROM pg_am WHERE amname = 'gin')`;

const KEYS = `
  SELECT c.relname AS "table", t.relname AS target, k.confdeltype AS del, k.confupdtype AS upd,
         ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(num, pos)
               JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.pos)::text[] AS columns,
         ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(num, pos)
               JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.pos)::text[] AS references
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND k.contype = 'f'`;

function indexShape(row: IndexRow): IndexShape {
  return {
    name: row.name,
    unique: row.unique,
    columns: row.columns.map((name, i) => ({ name, desc: row.desc[i] ?? false })),
  };
}

function keyShape(row: KeyRow): ForeignKeyShape {
  return {
    columns: row.columns,
    table: row.target,
    references: row.references,
    onDelete: ACTIONS[row.del] ?? row.del,
    onUpdate: ACTIONS[row.upd] ?? row.upd,
  };
}

/**
 * The shape of the current schema of a PostgreSQL database, in the terms of store/flavours/schema-shape.ts,
 * so a test can compare what the generated PostgreSQL migrations built with what the SQLite ones built.
 */
export async function shapeOfPostgres(client: pg.Client): Promise<SchemaShape> {
  const columns = (await client.query<ColumnRow>(COLUMNS)).rows;
  const indexes = (await client.query<IndexRow>(INDEXES)).rows;
  const keys = (await client.query<KeyRow>(KEYS)).rows;
  const tables = [...new Set(columns.map((column) => column.table))]
    .filter((t) => t !== '_prisma_migrations')
    .sort();
  return tables.map((name) => ({
    name,
    columns: columns
      .filter((column) => column.table === name)
      .map((column) => {
        const type = POSTGRES_TYPES[column.type];
        if (!type)
          throw new Error(`${name}.${column.name}: PostgreSQL type ${column.type} has no Prisma scalar here`);
        const serial = column.default?.startsWith('nextval(') ?? false;
        return {
          name: column.name,
          type,
          nullable: column.nullable,
          default: serial ? null : postgresDefault(column.default),
          autoincrement: serial,
        };
      }),
    primaryKey: indexes.find((index) => index.table === name && index.primary)?.columns ?? [],
    indexes: indexes
      .filter((index) => index.table === name && !index.primary)
      .map(indexShape)
      .sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: keys
      .filter((key) => key.table === name)
      .map(keyShape)
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
  }));
}
