import { NotFoundError } from '../../core/errors.js';
import type { Db } from '../database.js';
import { ConflictError } from '../entity-admin.js';

/**
 * The filters a saved search stores beside its query, by name: the filter parameters of GET /v1/search
 * (entity, kind, type, lang, source, category, from, to, sort), checked by the API before they are saved.
 */
export type SavedSearchFilters = Record<string, string>;

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  filters: SavedSearchFilters;
  createdBy: string | null;
  createdAt: string;
}

function toView(row: {
  id: number;
  name: string;
  query: string;
  filters: string;
  createdBy: string | null;
  createdAt: Date;
}): SavedSearch {
  return {
    ...row,
    filters: JSON.parse(row.filters) as SavedSearchFilters,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A saved search named by a subscriber: by its name, or by its id written as a number. */
export function findSavedSearch(saved: readonly SavedSearch[], key: string): SavedSearch | undefined {
  return saved.find((s) => s.name === key) ?? saved.find((s) => String(s.id) === key);
}

/** Every saved search, oldest first: the watch items a digest runs. */
export async function listSavedSearches(db: Db): Promise<SavedSearch[]> {
  return (await db.savedSearch.findMany({ orderBy: { id: 'asc' } })).map(toView);
}

/**
 * Stores a named query (the caller has checked that it parses and its filters are valid); a name already
 * taken is a 409, so an analyst never overwrites a colleague's watch item by accident.
 */
export async function createSavedSearch(
  db: Db,
  input: { name: string; query: string; filters: SavedSearchFilters; createdBy: string | null },
): Promise<SavedSearch> {
  const taken = await db.savedSearch.findUnique({ where: { name: input.name }, select: { id: true } });
  if (taken)
    throw new ConflictError(
      `a saved search named "${input.name}" exists (id ${String(taken.id)}); choose another name or delete it first`,
    );
  const row = await db.savedSearch.create({ data: { ...input, filters: JSON.stringify(input.filters) } });
  return toView(row);
}

/** Deletes a saved search; an unknown id is a 404. */
export async function deleteSavedSearch(db: Db, id: number): Promise<void> {
  const { count } = await db.savedSearch.deleteMany({ where: { id } });
  if (count === 0)
    throw new NotFoundError(`no saved search with id ${String(id)}; list them with GET /v1/saved-searches`);
}
