import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { createPgAdapter } from './store/dialects/postgres/pg-adapter.js';

// The schema's datasource reads DATABASE_URL; without any URL the CLI falls back to downloading a native
// engine, so the embedded default is filled in before Prisma looks.
process.env.DATABASE_URL ??= 'file:./data/modelwatch.db';
const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(url);

/**
 * Prisma CLI configuration: the JavaScript schema engine with a driver adapter, so `prisma generate` and
 * `prisma migrate deploy` never download a native engine (see ../shared/STACK.md). DATABASE_URL picks the
 * flavour: a postgres:// or postgresql:// URL uses the generated PostgreSQL schema and migrations
 * (prisma/postgres/) through the pg adapter, anything else the SQLite ones through better-sqlite3.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? path.join('prisma', 'postgres', 'schema.prisma') : path.join('prisma', 'schema.prisma'),
  migrations: {
    path: postgres ? path.join('prisma', 'postgres', 'migrations') : path.join('prisma', 'migrations'),
  },
  adapter: () => {
    if (postgres) return Promise.resolve(createPgAdapter(url));
    if (url.startsWith('file:'))
      fs.mkdirSync(path.dirname(path.resolve(url.slice(5).split('?')[0] ?? '')), { recursive: true });
    return Promise.resolve(new PrismaBetterSQLite3({ url }));
  },
});
