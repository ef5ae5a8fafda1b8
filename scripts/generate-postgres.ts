/**
 * Generates the PostgreSQL flavour (prisma/postgres/schema.prisma and prisma/postgres/migrations/) from the
 * SQLite schema and migrations; how: store/flavours/generate-postgres-flavour.ts and docs/postgres.md.
 * Run it after adding a SQLite migration: `npm run db:generate-postgres`; `-- --all` regenerates every
 * folder, `-- --check` only reports what is stale and exits 1 if anything is.
 */
import { packageRoot } from '../core/package-root.js';
import { generatePostgresFlavour } from '../store/flavours/generate-postgres-flavour.js';

const check = process.argv.includes('--check');
const { stale } = generatePostgresFlavour({
  root: packageRoot(),
  check,
  all: process.argv.includes('--all'),
  onMigration: (name, index, total) => {
    process.stderr.write(`[${String(index + 1)}/${String(total)}] ${name}\n`);
  },
});
if (check) {
  process.stdout.write(stale.length ? `stale: ${stale.join(', ')}\n` : 'PostgreSQL flavour is up to date\n');
  process.exitCode = stale.length ? 1 : 0;
} else {
  process.stdout.write(`PostgreSQL flavour written: ${String(stale.length)} file(s) regenerated\n`);
}
