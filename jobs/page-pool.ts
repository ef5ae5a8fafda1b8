import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../nlp/knowledge-base.js';
import type { PreparedPage, PreparePage } from './ingest-page.js';
import type { WorkerMessage } from './page-worker.js';

/** A pool of worker threads that run the CPU stages of pages (extract, analyse) off the crawl's thread. */
export interface PagePool {
  prepare: PreparePage;
  /** Stops the workers; pages still in flight are rejected. */
  close(): Promise<void>;
}

interface Lane {
  worker: Worker;
  pending: Map<number, { resolve: (p: PreparedPage) => void; reject: (e: Error) => void }>;
  /** The knowledge-base version this worker holds. */
  version: number;
}

/**
 * The worker's module next to this one, in whichever form this one runs: compiled .js, or .ts under tsx
 * (scripts, benchmarks), whose loader a worker must be told to import.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./page-worker.js', import.meta.url));
  const entry = JSON.stringify(new URL('./page-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`, {
    eval: true,
  });
}

function startLane(onExit: (lane: Lane, error: Error) => void): Lane {
  const lane: Lane = { worker: startWorker(), pending: new Map(), version: -1 };
  lane.worker.on('message', (message: { id: number; prepared?: PreparedPage; error?: string }) => {
    const task = lane.pending.get(message.id);
    lane.pending.delete(message.id);
    if (message.prepared) task?.resolve(message.prepared);
    else task?.reject(new Error(message.error ?? 'page worker failed'));
  });
  lane.worker.on('error', (error) => {
    onExit(lane, error);
  });
  return lane;
}

/**
 * Starts `threads` workers. Each page goes to the least busy one; a knowledge base the workers have not
 * seen yet (a crawl reloads it when articles add entities) is sent along first, once per worker, so
 * pages link exactly what they would link in the crawl's own thread. Worth it when the machine has a core
 * to spare: on 2 cores one worker runs extraction and analysis while the crawl's thread fetches and stores.
 */
export function createPagePool(threads: number): PagePool {
  const versions = new WeakMap<KnowledgeBase, number>();
  let nextVersion = 0;
  let nextId = 0;
  const failAll = (lane: Lane, error: Error) => {
    for (const task of lane.pending.values()) task.reject(error);
    lane.pending.clear();
  };
  const lanes = Array.from({ length: Math.max(1, threads) }, () => startLane(failAll));
  const send = (lane: Lane, message: WorkerMessage) => {
    lane.worker.postMessage(message);
  };
  return {
    prepare(source, page, kb) {
      let version = versions.get(kb);
      if (version === undefined) {
        version = nextVersion++;
        versions.set(kb, version);
      }
      const lane = lanes.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (lane.version !== version) {
        send(lane, { kind: 'kb', version, entries: kb.entries });
        lane.version = version;
      }
      const id = nextId++;
      return new Promise<PreparedPage>((resolve, reject) => {
        lane.pending.set(id, { resolve, reject });
        send(lane, { kind: 'page', id, version, source, page });
      });
    },
    async close() {
      for (const lane of lanes) failAll(lane, new Error('page pool closed'));
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    },
  };
}
