import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { createContext } from './context.js';

const USAGE = `usage: modelwatch <command> [options]

commands:
  serve                                  API on HOST:PORT plus the crawl scheduler
  crawl [--once] [--sources FILE] [--source ID]
                                         crawl the sources once (--once) or on their intervals
  worker                                 take crawl and digest jobs from the PostgreSQL queues (any
                                         number of workers, on any machines; see docs/postgres.md)
  scheduler [--once] [--sources FILE]    queue discovery of the due sources and the due digests for
                                         the workers (one leader per database; --once: once, exit)
  demo                                   crawl the bundled sample site offline and print the timeline
  extract <file-or-dir>...               HTML or .html.gz files -> one JSON line each
  analyze [--jsonl FILE|-]               JSON lines {id, text, ...} -> entities and events per line
  export articles|events --jsonl         stored articles or events as JSON lines
  reanalyze [--since DATE] [--source ID] analyse stored articles again with the current rules and
                                         knowledge base (resumable: rerun after an interruption)
  search "query" [--json] [--limit N] [--sort relevance|date] [--lang de|en]
                                         full-text search of the stored articles (see docs/search.md)
  search reindex                         rebuild the search index with the current analyzer
  db migrate                             create or update the database schema
  apikey create NAME [--rate-limit N]    create an API key for the write routes (printed once)
  apikey list | apikey revoke NAME       list or revoke API keys
  subscribe add EMAIL [--entity ID,...] [--type T,...] [--lang L,...] [--min-sources N]
            [--saved-search ID,...] [--tz ZONE] [--hour H] [--language de|en] [--quiet-days]
            [--no-candidates]            subscribe an address to the daily digest
  subscribe list | subscribe remove EMAIL
                                         list or remove digest subscriptions
  digest [--date D] [--dry-run] [--to EMAIL]
                                         send the daily digests now (each once); --dry-run prints
                                         the text part and writes the HTML part to a file
`;

/** The usage lines of one command (its line and the indented ones that continue it), or null. */
function usageOf(command: string): string | null {
  const lines = USAGE.split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith(`  ${command} `) && line !== `  ${command}`) continue;
    out.push(line);
    for (let j = i + 1; j < lines.length && /^ {3,}\S/u.test(lines[j] ?? ''); j++) out.push(lines[j] ?? '');
  }
  return out.length === 0 ? null : `usage: modelwatch\n${out.join('\n')}\n`;
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return `modelwatch ${pkg.version ?? 'unknown'}\n`;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === '--version' || command === 'version') {
    process.stdout.write(version());
    return;
  }
  // "modelwatch serve --help": that command's usage, not an unknown option
  if (rest.includes('--help') || rest.includes('-h')) {
    const usage = usageOf(command);
    if (usage === null)
      throw new UserError(`unknown command "${command}"; run "modelwatch help" for the list`);
    process.stdout.write(usage);
    return;
  }
  const parse = (options: ParseArgsConfig['options'], positionals = false) => {
    try {
      return parseArgs({ args: rest, options: options ?? {}, allowPositionals: positionals, strict: true });
    } catch (error) {
      // node's messages may run over several lines; a mistake is told in one
      throw new UserError(`${command}: ${(error as Error).message.replace(/\s*\n\s*/gu, ' ')}`);
    }
  };
  // Commands are imported when chosen, so `extract` does not pay for loading the crawler, the API and
  // the database client.
  switch (command) {
    case 'extract': {
      const { runExtract } = await import('./commands/extract.js');
      await runExtract(parse({}, true).positionals);
      return;
    }
    case 'analyze': {
      const { runAnalyze } = await import('./commands/analyze.js');
      const { values } = parse({ jsonl: { type: 'string', default: '-' } });
      await runAnalyze(String(values.jsonl));
      return;
    }
    case 'crawl': {
      const { runCrawlCommand } = await import('./commands/crawl.js');
      const { values } = parse({
        once: { type: 'boolean' },
        sources: { type: 'string' },
        source: { type: 'string' },
      });
      await runCrawlCommand(createContext(), {
        once: values.once === true,
        sources: values.sources as string | undefined,
        source: values.source as string | undefined,
      });
      return;
    }
    case 'serve': {
      const { runServe } = await import('./commands/serve.js');
      parse({});
      await runServe(createContext());
      return;
    }
    case 'worker': {
      const { runWorker } = await import('./commands/worker.js');
      parse({});
      await runWorker(createContext());
      return;
    }
    case 'scheduler': {
      const { runScheduler } = await import('./commands/worker.js');
      const { values } = parse({ once: { type: 'boolean' }, sources: { type: 'string' } });
      await runScheduler(createContext(), {
        once: values.once === true,
        sources: values.sources as string | undefined,
      });
      return;
    }
    case 'demo': {
      const { runDemo } = await import('./commands/demo.js');
      parse({});
      await runDemo(createContext());
      return;
    }
    case 'reanalyze': {
      const { runReanalyzeCommand } = await import('./commands/reanalyze.js');
      const { values } = parse({ since: { type: 'string' }, source: { type: 'string' } });
      await runReanalyzeCommand(createContext(), {
        since: values.since as string | undefined,
        source: values.source as string | undefined,
      });
      return;
    }
    case 'search': {
      const { values, positionals } = parse(
        {
          json: { type: 'boolean' },
          limit: { type: 'string' },
          sort: { type: 'string' },
          lang: { type: 'string' },
        },
        true,
      );
      const search = await import('./commands/search.js');
      if (positionals[0] === 'reindex' && positionals.length === 1) {
        await search.runSearchReindex(createContext());
        return;
      }
      if (positionals.length > 1)
        throw new UserError(
          'search takes one query: put it in quotes, e.g. modelwatch search "R2 Verzögerung"',
        );
      await search.runSearchCommand(createContext(), {
        query: positionals[0],
        json: values.json === true,
        limit: values.limit as string | undefined,
        sort: values.sort as string | undefined,
        lang: values.lang as string | undefined,
      });
      return;
    }
    case 'export': {
      const { runExport } = await import('./commands/export.js');
      const { values, positionals } = parse({ jsonl: { type: 'boolean' } }, true);
      await runExport(createContext(), positionals[0], values.jsonl === true);
      return;
    }
    case 'db': {
      const { positionals } = parse({}, true);
      if (positionals[0] !== 'migrate') throw new UserError('usage: modelwatch db migrate');
      const { migrateDatabase } = await import('../store/database.js');
      const context = createContext();
      const { applied } = await migrateDatabase(context.config.DATABASE_URL, context.log);
      process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'database is up to date\n');
      return;
    }
    case 'apikey': {
      const { runApiKey } = await import('./commands/apikey.js');
      const { values, positionals } = parse({ 'rate-limit': { type: 'string' } }, true);
      await runApiKey(createContext(), {
        action: positionals[0],
        name: positionals[1],
        rateLimit: values['rate-limit'] as string | undefined,
      });
      return;
    }
    case 'subscribe': {
      const { runSubscribe } = await import('./commands/subscribe.js');
      const many = { type: 'string' as const, multiple: true };
      const { values, positionals } = parse(
        {
          entity: many,
          type: many,
          lang: many,
          'saved-search': many,
          'min-sources': { type: 'string' },
          tz: { type: 'string' },
          hour: { type: 'string' },
          language: { type: 'string' },
          'quiet-days': { type: 'boolean' },
          'no-candidates': { type: 'boolean' },
        },
        true,
      );
      const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      const optional = (value: unknown) => (typeof value === 'string' ? value : undefined);
      await runSubscribe(createContext(), {
        action: positionals[0],
        email: positionals[1],
        entity: strings(values.entity),
        type: strings(values.type),
        lang: strings(values.lang),
        savedSearch: strings(values['saved-search']),
        minSources: optional(values['min-sources']),
        tz: optional(values.tz),
        hour: optional(values.hour),
        language: optional(values.language),
        quietDays: values['quiet-days'] === true,
        noCandidates: values['no-candidates'] === true,
      });
      return;
    }
    case 'digest': {
      const { runDigestCommand } = await import('./commands/digest.js');
      const { values } = parse({
        date: { type: 'string' },
        'dry-run': { type: 'boolean' },
        to: { type: 'string' },
      });
      await runDigestCommand(createContext(), {
        date: typeof values.date === 'string' ? values.date : undefined,
        dryRun: values['dry-run'] === true,
        to: typeof values.to === 'string' ? values.to : undefined,
      });
      return;
    }
    default:
      throw new UserError(`unknown command "${command}"; run "modelwatch help" for the list`);
  }
}

// A reader that stops early (`| head`) is not an error: stop writing and exit quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  () => {
    process.exitCode ??= 0;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      process.stderr.write(`modelwatch: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `modelwatch: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
