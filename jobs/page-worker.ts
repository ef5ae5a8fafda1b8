/**
 * Worker-thread entry of the page pool (page-pool.ts): runs {@link preparePage} for the crawl's thread.
 * Messages: `{ kind: 'kb', version, entries }` replaces the knowledge base (sent before the first task
 * that needs it), `{ kind: 'page', id, version, source, page }` asks for one page; the answer is
 * `{ id, prepared }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { FetchedPage } from '../crawlers/fetch/crawl-source.js';
import type { SourceConfig } from '../crawlers/sources/source-schema.js';
import { createKnowledgeBase, type KbEntry, type KnowledgeBase } from '../nlp/knowledge-base.js';
import { preparePage } from './ingest-page.js';

export type WorkerMessage =
  | { kind: 'kb'; version: number; entries: readonly KbEntry[] }
  | { kind: 'page'; id: number; version: number; source: SourceConfig; page: FetchedPage };

let current: { version: number; kb: KnowledgeBase } | null = null;

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.kind === 'kb') {
    current = { version: message.version, kb: createKnowledgeBase(message.entries) };
    return;
  }
  try {
    if (current?.version !== message.version) throw new Error('page worker: knowledge base not received');
    parentPort?.postMessage({
      id: message.id,
      prepared: preparePage(message.source, message.page, current.kb),
    });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).message });
  }
});
