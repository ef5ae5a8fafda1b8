import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { digestLinks } from '../../jobs/digest-links.js';
import { digestDeps } from '../../jobs/digest-schedule.js';
import { createMailTransport } from '../../jobs/mail-transport.js';
import { savedSearchHits } from '../../jobs/saved-search-hits.js';
import { previewDigests, runDigests } from '../../jobs/send-digests.js';
import { openSearchIndex } from '../../store/search/open-search-index.js';
import { openReadStore } from '../../store/read-store.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';

export interface DigestArgs {
  date: string | undefined;
  dryRun: boolean;
  to: string | undefined;
}

function checkDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const real =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!real) throw new UserError(`--date must be a date YYYY-MM-DD, got "${date}"`);
  return date;
}

/**
 * `digest [--date D] [--dry-run] [--to EMAIL]`: sends the digests for date D (default each subscriber's
 * today) through the ledger, so running it twice sends nothing twice. `--dry-run` sends and records
 * nothing: it prints each digest's subject and text part and writes its HTML part to a file it names
 * (without subscriptions, one preview digest that watches everything).
 */
export async function runDigestCommand(context: Context, args: DigestArgs): Promise<void> {
  const date = checkDate(args.date);
  const db = await openStore(context);
  const { config, log } = context;
  const linksFor = digestLinks(db, config);
  const reads = openReadStore(db);
  const watchItems = savedSearchHits(db, openSearchIndex(reads));
  try {
    if (args.dryRun) {
      const previews = await previewDigests({ db, log, linksFor, watchItems }, { date, to: args.to });
      const dir = path.resolve(path.dirname(config.DIGEST_OUTBOX), 'digest-preview');
      await fs.mkdir(dir, { recursive: true });
      for (const { subscriber, period, composed } of previews) {
        const { message } = composed;
        const label = `${subscriber.email}, ${period.start.toISOString()} – ${period.end.toISOString()}`;
        if (!message) {
          process.stdout.write(`no digest for ${label}: nothing new\n`);
          continue;
        }
        const file = path.join(
          dir,
          `${date ?? 'today'}-${subscriber.id === 0 ? 'preview' : subscriber.id}.html`,
        );
        await fs.writeFile(file, message.html);
        process.stdout.write(
          `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\nHTML part written to ${file}\n\n`,
        );
      }
      return;
    }
    const transport = createMailTransport(config);
    try {
      const summary = await runDigests(digestDeps({ db, log, config, transport, watchItems }), {
        date,
        to: args.to,
      });
      for (const r of summary.results)
        process.stdout.write(`${r.date}\t${r.email}\t${r.outcome}${r.detail ? ` (${r.detail})` : ''}\n`);
      process.stdout.write(
        `digests via ${transport.description}: sent ${summary.sent}, nothing new ${summary.empty}, failed ${summary.failed}, skipped ${summary.skipped}\n`,
      );
      if (summary.failed > 0) {
        process.stderr.write(
          `modelwatch: ${summary.failed} digest(s) failed; they are recorded and retried by the next run\n`,
        );
        process.exitCode = 1;
      }
    } finally {
      transport.close();
    }
  } finally {
    await reads.close();
    await db.$disconnect();
  }
}
