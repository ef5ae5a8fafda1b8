import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

// The schema's datasource reads DATABASE_URL; without any URL the CLI falls back to downloading a native
// engine, so the embedded default is filled in before Prisma looks.
process.env.DATABASE_URL ??= 'file:./data/modelwatch.db';

/**
 * Prisma CLI configuration: the JavaScript schema engine with the better-sqlite3 driver adapter, so
 * `prisma generate` and `prisma migrate deploy` never download a native engine (see ../shared/STACK.md).
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: () => {
    const url = process.env.DATABASE_URL ?? '';
    if (url.startsWith('file:'))
      fs.mkdirSync(path.dirname(path.resolve(url.slice(5).split('?')[0] ?? '')), { recursive: true });
    return Promise.resolve(new PrismaBetterSQLite3({ url }));
  },
});
