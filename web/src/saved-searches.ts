/**
 * Saved searches on the search view: the list (GET /v1/saved-searches), each a link that runs it, and a
 * form that saves the current query and filters under a name (POST /v1/saved-searches, a write that
 * needs the editor's key; the key field is the one the candidates view uses, see key-form.ts).
 */

import { ApiError, callApi, storedKey, type SavedSearch } from './api-client.js';
import { h, replaceChildren } from './dom.js';
import { keyForm } from './key-form.js';
import { formatRoute } from './routes.js';
import { errorBox, statusLine } from './view-kit.js';

/** The search view's parameters a saved search keeps beside its query (the filters of GET /v1/search). */
const FILTER_PARAMS = ['entity', 'kind', 'type', 'lang', 'source', 'category', 'from', 'to', 'sort'] as const;

/** The filters of the view's parameters, as a saved search stores them (empty ones left out). */
export function filtersOf(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    FILTER_PARAMS.flatMap((name) => (params[name] ? [[name, params[name]] as const] : [])),
  );
}

/** The address that runs a saved search: its query and filters in the search view. */
export function savedSearchHref(saved: Pick<SavedSearch, 'query' | 'filters'>): string {
  return formatRoute({ view: 'search', params: { ...saved.filters, q: saved.query } });
}

/** The query and its filters in one line: "R2 · lang: en" (the default sort left out). */
function describe(saved: Pick<SavedSearch, 'query' | 'filters'>): string {
  const filters = Object.entries(saved.filters).filter(
    ([name, value]) => !(name === 'sort' && value === 'relevance'),
  );
  return [saved.query, ...filters.map(([name, value]) => `${name}: ${value}`)].join(' · ');
}

function savedList(items: readonly SavedSearch[]): HTMLElement {
  if (items.length === 0) return statusLine('No saved searches yet.');
  return h(
    'ul',
    { class: 'saved-list' },
    ...items.map((saved) =>
      h(
        'li',
        { 'data-saved-search': saved.id },
        h('a', { href: savedSearchHref(saved) }, saved.name),
        h('span', { class: 'meta' }, describe(saved)),
      ),
    ),
  );
}

function saveForm(
  params: Readonly<Record<string, string>>,
  onSaved: () => void,
  onKeyRefused: () => void,
): HTMLFormElement {
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const name = h('input', {
    id: 'saved-name',
    name: 'name',
    required: true,
    maxlength: 100,
    autocomplete: 'off',
  });
  const form = h(
    'form',
    { class: 'save-form', 'aria-label': 'Save this search' },
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'saved-name' }, 'Name for this search'),
      name,
      h('button', { type: 'submit' }, 'Save search'),
    ),
    outcome,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { name: name.value.trim(), query: params.q ?? '', filters: filtersOf(params) };
    void (async () => {
      try {
        await callApi('/v1/saved-searches', { method: 'POST', body });
        replaceChildren(outcome, h('p', { class: 'success', role: 'status' }, `Saved as "${body.name}".`));
        onSaved();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) onKeyRefused();
        else replaceChildren(outcome, errorBox(error));
      }
    })();
  });
  return form;
}

/**
 * The saved-searches panel for the view's parameters: the list, and when there is a query, the form that
 * saves it (behind the key field while no key is kept for this tab).
 */
export function savedSearchesPanel(params: Readonly<Record<string, string>>): HTMLElement {
  const list = h('div', {}, statusLine('Loading saved searches…'));
  const actions = h('div', {});
  const panel = h(
    'section',
    { class: 'panel saved-searches', 'aria-label': 'Saved searches' },
    h('h2', {}, 'Saved searches'),
    list,
    actions,
  );
  const load = async () => {
    try {
      replaceChildren(list, savedList((await callApi<{ items: SavedSearch[] }>('/v1/saved-searches')).items));
    } catch (error) {
      replaceChildren(list, errorBox(error));
    }
  };
  const showActions = (refused = false) => {
    if (!params.q) return;
    const askForKey = refused || !storedKey();
    replaceChildren(
      actions,
      refused && h('p', { class: 'error', role: 'alert' }, 'The API refused this key: enter a valid one.'),
      askForKey
        ? keyForm('Needed to save a search.', () => {
            showActions();
          })
        : saveForm(
            params,
            () => void load(),
            () => {
              showActions(true);
            },
          ),
    );
  };
  showActions();
  void load();
  return panel;
}
