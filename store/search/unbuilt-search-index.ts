import { UserError } from '../../core/errors.js';
import type { SearchIndex } from './search-index.js';

/**
 * The search index of a database that has none yet (PostgreSQL: the GIN index over the search tokens exists,
 * the query side does not; docs/postgres.md): every search answers 501 with a message saying so, instead of
 * a 500 or an empty answer that would read as "nothing matches".
 */
export const unbuiltSearchIndex: SearchIndex = {
  search() {
    throw new UserError(
      'full-text search is not built for PostgreSQL yet (see docs/postgres.md); the other /v1 routes work, ' +
        'and the embedded SQLite database searches',
      { status: 501, details: { feature: 'search', database: 'postgresql' } },
    );
  },
};
