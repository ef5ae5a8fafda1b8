import { UserError } from '../../core/errors.js';
import { rebuildSearchIndex, type ReindexProgress } from '../../store/search/reindex.js';
import type { SearchHit, SearchResult } from '../../store/search/search-index.js';
import { openSearchIndex } from '../../store/search/open-search-index.js';
import { openReadStore } from '../../store/read-store.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';

export interface SearchCommandOptions {
  query: string | undefined;
  json: boolean;
  limit: string | undefined;
  sort: string | undefined;
  lang: string | undefined;
}

/** Most hits one command prints. */
const MAX_LIMIT = 100;

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 10;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new UserError(`--limit "${value}": a whole number from 1 to ${String(MAX_LIMIT)}`);
  return limit;
}

function parseSort(value: string | undefined): 'relevance' | 'date' {
  if (value === undefined || value === 'relevance' || value === 'date') return value ?? 'relevance';
  throw new UserError(`--sort "${value}": relevance or date`);
}

/** One hit as text: score, date, language, outlet and title, the snippet with [matched] words, the URL. */
export function formatHit(hit: SearchHit): string {
  const date = hit.published?.slice(0, 10) ?? 'undated   ';
  const snippet = hit.snippet.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
  return [
    `${hit.score.toFixed(2).padStart(7)}  ${date}  ${hit.language ?? '??'}  ${hit.source?.name ?? '-'}: ${hit.title}`,
    `         ${snippet}`,
    `         ${hit.url}`,
  ].join('\n');
}

/** The result as text: the hits, a line of counts, and the language and type facets. */
export function formatResult(result: SearchResult): string {
  const facet = (name: 'language' | 'type' | 'entity') =>
    result.facets[name]
      .slice(0, 6)
      .map((f) => `${f.value} ${String(f.count)}`)
      .join(', ');
  const lines = result.items.map(formatHit);
  lines.push(
    `${String(result.items.length)} of ${result.totalIsEstimate ? 'about ' : ''}${String(result.total)} articles` +
      (result.total > 0
        ? ` (${result.facetsExact ? '' : 'newest matches: '}language: ${facet('language')}; type: ${facet('type') || '-'}; entity: ${facet('entity') || '-'})`
        : ''),
  );
  return `${lines.join('\n\n')}\n`;
}

/**
 * `search "query" [--json] [--limit N] [--sort relevance|date] [--lang de|en]`: the query language of
 * GET /v1/search on the local database; text for a person, or the API's JSON body with --json. A
 * malformed query is one line on stderr and exit code 2.
 */
export async function runSearchCommand(context: Context, options: SearchCommandOptions): Promise<void> {
  if (options.query === undefined || options.query.trim() === '')
    throw new UserError(
      'usage: modelwatch search "query" [--json] [--limit N] [--sort relevance|date] [--lang de|en]',
    );
  const limit = parseLimit(options.limit);
  const sort = parseSort(options.sort);
  if (options.lang !== undefined && !/^[a-z]{2,3}$/.test(options.lang))
    throw new UserError(`--lang "${options.lang}": a language code such as de or en`);
  const db = await openStore(context);
  const reads = openReadStore(db);
  try {
    const result = await openSearchIndex(reads).search({
      q: options.query,
      lang: options.lang,
      sort,
      limit,
      now: new Date(),
    });
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatResult(result));
  } finally {
    await reads.close();
    await db.$disconnect();
  }
}

/** One progress line of a rebuild. */
export function formatReindexProgress(progress: ReindexProgress): string {
  return `search reindex: ${String(progress.done)}/${String(progress.total)} articles, ${progress.articlesPerSecond.toFixed(0)}/s`;
}

/**
 * `search reindex`: rebuilds every article's index document with the current analyzer, with a progress
 * line on stderr per batch and a summary on stdout.
 */
export async function runSearchReindex(context: Context): Promise<void> {
  const db = await openStore(context);
  try {
    const started = Date.now();
    const { indexed } = await rebuildSearchIndex(db, {
      onProgress: (progress) => process.stderr.write(`${formatReindexProgress(progress)}\n`),
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`search index rebuilt: ${String(indexed)} articles in ${seconds.toFixed(1)} s\n`);
  } finally {
    await db.$disconnect();
  }
}
