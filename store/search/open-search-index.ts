import type { ReadStore } from '../read-store.js';
import { createPostgresSearchIndex } from './postgres-search-index.js';
import type { SearchIndex } from './search-index.js';
import { createSqliteSearchIndex } from './sqlite-search-index.js';

/**
 * The search index of a read path: SQLite FTS5 on the synchronous SQLite connection, or PostgreSQL's GIN
 * index through its pool. The API, the command line and the digest pick the index here, so none of them
 * asks which database it runs on.
 */
export function openSearchIndex(reads: ReadStore): SearchIndex {
  return reads.sqlite ? createSqliteSearchIndex(reads.sqlite) : createPostgresSearchIndex(reads);
}
