import type { ColumnShape, ForeignKeyShape, SchemaShape, TableShape } from './schema-shape.js';

/** A foreign key with the table it starts from, named the way both ends of a Prisma relation refer to it. */
interface Relation extends ForeignKeyShape {
  from: string;
  name: string;
}

function relationsOf(shape: SchemaShape): Relation[] {
  return shape.flatMap((table) =>
    table.foreignKeys.map((key) => ({
      ...key,
      from: table.name,
      name: `${table.name}_${key.columns.join('_')}`,
    })),
  );
}

function scalarLine(column: ColumnShape, table: TableShape): string {
  const attributes: string[] = [];
  if (table.primaryKey.length === 1 && table.primaryKey[0] === column.name) attributes.push('@id');
  if (column.autoincrement) attributes.push('@default(autoincrement())');
  else if (column.default !== null) attributes.push(`@default(${column.default})`);
  return `  ${column.name} ${column.type}${column.nullable ? '?' : ''} ${attributes.join(' ')}`.trimEnd();
}

/** Whether a foreign key's columns are unique in their table, which makes the relation one-to-one. */
function isOneToOne(relation: Relation, table: TableShape): boolean {
  const same = (columns: string[]) =>
    columns.length === relation.columns.length &&
    columns.every((column) => relation.columns.includes(column));
  return (
    same(table.primaryKey) ||
    table.indexes.some((index) => index.unique && same(index.columns.map((c) => c.name)))
  );
}

function relationLines(table: TableShape, relations: Relation[], shape: SchemaShape): string[] {
  const forward = relations
    .filter((relation) => relation.from === table.name)
    .map((relation) => {
      const optional = relation.columns.some((name) => table.columns.find((c) => c.name === name)?.nullable);
      const list = (names: string[]) => names.join(', ');
      return (
        `  rel_${relation.columns.join('_')} ${relation.table}${optional ? '?' : ''} @relation("${relation.name}", ` +
        `fields: [${list(relation.columns)}], references: [${list(relation.references)}], ` +
        `onDelete: ${relation.onDelete}, onUpdate: ${relation.onUpdate})`
      );
    });
  const back = relations
    .filter((relation) => relation.table === table.name)
    .map((relation) => {
      const child = shape.find((candidate) => candidate.name === relation.from);
      const kind = child && isOneToOne(relation, child) ? '?' : '[]';
      return `  back_${relation.name} ${relation.from}${kind} @relation("${relation.name}")`;
    });
  return [...forward, ...back];
}

function blockAttributes(table: TableShape): string[] {
  const lines: string[] = [];
  if (table.primaryKey.length > 1) lines.push(`  @@id([${table.primaryKey.join(', ')}])`);
  for (const index of table.indexes) {
    const columns = index.columns.map((column) => (column.desc ? `${column.name}(sort: Desc)` : column.name));
    lines.push(`  @@${index.unique ? 'unique' : 'index'}([${columns.join(', ')}], map: "${index.name}")`);
  }
  return lines;
}

/**
 * A PostgreSQL Prisma schema stating exactly `shape`: one model per table, relation fields named after
 * their foreign keys (`rel_<columns>`, `back_<table>_<columns>`) and indexes under their stored names. It
 * only exists for `prisma migrate diff` between two migration states, so names that nobody reads are fine;
 * what matters is that the SQL Prisma derives from it builds the same tables as the SQLite migrations did.
 */
export function postgresDatamodelOf(shape: SchemaShape): string {
  const relations = relationsOf(shape);
  const models = shape.map((table) =>
    [
      `model ${table.name} {`,
      ...table.columns.map((column) => scalarLine(column, table)),
      ...relationLines(table, relations, shape),
      ...blockAttributes(table),
      '}',
    ].join('\n'),
  );
  return [
    // engineType "client" keeps the CLI off its native-engine download (see ../shared/STACK.md).
    'generator client {\n  provider   = "prisma-client"\n  output     = "./unused"\n  engineType = "client"\n}',
    'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}',
    ...models,
    '',
  ].join('\n\n');
}
