import { UserError } from '../../core/errors.js';
import { iterateArticles } from '../../store/article-views.js';
import { iterateEvents } from '../../store/event-views.js';
import type { Context } from '../context.js';
import { openStore } from '../open-store.js';
import { writeJsonLine } from '../write-lines.js';

/** `export articles|events --jsonl`: every stored article or event, one JSON line each, to stdout. */
export async function runExport(context: Context, what: string | undefined, jsonl: boolean): Promise<void> {
  if (what !== 'articles' && what !== 'events') throw new UserError('export needs "articles" or "events"');
  if (!jsonl) throw new UserError('export writes JSON lines only; add --jsonl');
  const db = await openStore(context);
  try {
    if (what === 'articles') {
      for await (const article of iterateArticles(db)) await writeJsonLine(article);
    } else {
      for await (const event of iterateEvents(db)) await writeJsonLine(event);
    }
  } finally {
    await db.$disconnect();
  }
}
