/**
 * The search view: a query box, facets that narrow the results, and the results with their highlighted
 * snippets. The query and filters live in the address (`#/search?q=R2&lang=de`), so the back button and
 * bookmarks work. Snippets arrive as plain-text segments and are drawn as text nodes and <mark>s.
 */

import {
  callApi,
  queryString,
  type EventView,
  type FacetValue,
  type Page,
  type SearchAnswer,
  type SearchHit,
  type SnippetSegment,
} from './api-client.js';
import { externalLink, formText, h, replaceChildren } from './dom.js';
import {
  CATEGORY_LABELS,
  dayOf,
  EVENT_TYPE_LABELS,
  formatEventDate,
  KIND_LABELS,
  labelOf,
  LANGUAGE_LABELS,
} from './labels.js';
import { formatRoute } from './routes.js';
import { savedSearchesPanel } from './saved-searches.js';
import { errorBox, statusLine, viewHeading } from './view-kit.js';

/** The filters the search API takes besides q, in the order the facets are shown, with their titles. */
const FACETS: readonly { param: string; title: string; labels?: Readonly<Record<string, string>> }[] = [
  { param: 'entity', title: 'Entity' },
  { param: 'type', title: 'Event type', labels: EVENT_TYPE_LABELS },
  { param: 'lang', title: 'Language', labels: LANGUAGE_LABELS },
  { param: 'source', title: 'Source' },
  { param: 'kind', title: 'Entity kind', labels: KIND_LABELS },
  { param: 'category', title: 'Category', labels: CATEGORY_LABELS },
];

/** The facet groups of the answer are named by field; the language filter is `lang`. */
const FACET_FIELD: Readonly<Record<string, string>> = { lang: 'language' };

const PAGE_SIZE = 20;
/** Entities named on a result before "+N more" (the entity facet lists them all). */
const HIT_ENTITIES = 6;

/** A snippet as a paragraph: matched segments in <mark>, everything as text, never as markup. */
export function renderSnippet(segments: readonly SnippetSegment[]): HTMLParagraphElement {
  return h(
    'p',
    { class: 'snippet' },
    ...segments.map((segment) => (segment.match ? h('mark', {}, segment.text) : segment.text)),
  );
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const meta = [
    hit.source?.name ?? 'unknown outlet',
    labelOf(LANGUAGE_LABELS, hit.language ?? '?'),
    dayOf(hit.published),
  ];
  if (hit.category) meta.push(labelOf(CATEGORY_LABELS, hit.category));
  return h(
    'li',
    { class: 'hit', 'data-language': hit.language ?? '' },
    h('h2', { lang: hit.language ?? undefined }, externalLink(hit.url, hit.title)),
    h('p', { class: 'meta' }, meta.join(' · ')),
    h('div', { lang: hit.language ?? undefined }, renderSnippet(hit.snippet)),
    h(
      'p',
      { class: 'tags' },
      ...hit.eventTypes.map((type) =>
        h('span', { class: `chip type-tag type-${type}` }, labelOf(EVENT_TYPE_LABELS, type)),
      ),
      ...hit.entities
        .slice(0, HIT_ENTITIES)
        .map((entity) =>
          h('a', { class: 'chip', href: formatRoute({ view: 'entity', id: entity.id }) }, entity.name),
        ),
      hit.entities.length > HIT_ENTITIES &&
        h('span', { class: 'meta' }, `+${hit.entities.length - HIT_ENTITIES} more`),
    ),
  );
}

type Navigate = (params: Record<string, string>) => void;

function searchForm(params: Record<string, string>, navigate: Navigate): HTMLFormElement {
  const query = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    value: params.q ?? '',
    placeholder: 'R2 Verzögerung, "export licence" H20, Ascend NEAR/5 Training',
    autocomplete: 'off',
    'aria-describedby': 'q-help',
  });
  const sort = h(
    'select',
    { id: 'sort', name: 'sort' },
    h('option', { value: 'relevance' }, 'Relevance'),
    h('option', { value: 'date', selected: params.sort === 'date' }, 'Newest first'),
  );
  const date = (name: string, label: string) =>
    h(
      'p',
      { class: 'field' },
      h('label', { for: name }, label),
      h('input', { id: name, name, type: 'date', value: params[name] ?? '' }),
    );
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    h(
      'p',
      { class: 'field query-field' },
      h('label', { for: 'q' }, 'Search German and English articles'),
      h('span', { class: 'query-row' }, query, h('button', { type: 'submit', class: 'primary' }, 'Search')),
    ),
    h(
      'p',
      { id: 'q-help', class: 'hint' },
      'Words must all match; use "quotes" for phrases, OR, -word to exclude, NEAR/5, and entity: type: lang: source: filters.',
    ),
    h(
      'div',
      { class: 'search-options' },
      h('p', { class: 'field' }, h('label', { for: 'sort' }, 'Sort'), sort),
      date('from', 'Published from'),
      date('to', 'Published to'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: Record<string, string> = { ...params };
    for (const name of ['q', 'sort', 'from', 'to']) next[name] = formText(form, name);
    if (next.sort === 'relevance') next.sort = '';
    navigate(next);
  });
  return form;
}

/** Values a facet group shows before "Show all"; a group with an active value shows all. */
const FACET_SHOWN = 6;

function facetButton(
  param: string,
  facet: FacetValue,
  text: string,
  params: Record<string, string>,
  navigate: Navigate,
) {
  const active = params[param] === facet.value;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'facet',
      'aria-pressed': active ? 'true' : 'false',
      'data-facet': param,
      'data-value': facet.value,
    },
    text,
    h('span', { class: 'count' }, facet.count),
  );
  button.addEventListener('click', () => {
    navigate({ ...params, [param]: active ? '' : facet.value });
  });
  return button;
}

/** A list that hides all but its first {@link FACET_SHOWN} items behind a "Show all" button. */
function collapsible(items: HTMLLIElement[], expanded: boolean): HTMLElement[] {
  const list = h('ul', {}, ...items);
  if (expanded || items.length <= FACET_SHOWN) return [list];
  const hidden = items.slice(FACET_SHOWN);
  for (const item of hidden) item.hidden = true;
  const more = h('button', { type: 'button', class: 'show-all' }, `Show all ${items.length}`);
  more.addEventListener('click', () => {
    for (const item of hidden) item.hidden = false;
    more.remove();
    hidden[0]?.querySelector('button')?.focus();
  });
  return [list, more];
}

function facetGroups(answer: SearchAnswer, params: Record<string, string>, navigate: Navigate): HTMLElement {
  const groups = FACETS.flatMap(({ param, title, labels }) => {
    const byField: Partial<Record<string, FacetValue[]>> = answer.facets;
    const values = byField[FACET_FIELD[param] ?? param] ?? [];
    if (values.length === 0) return [];
    const items = values.map((facet) => {
      const text = facet.label ?? (labels ? labelOf(labels, facet.value) : facet.value);
      return h('li', {}, facetButton(param, facet, text, params, navigate));
    });
    const section = h('section', { class: 'facet-group', 'aria-label': title }, h('h2', {}, title));
    section.append(...collapsible(items, Boolean(params[param])));
    return [section];
  });
  // Open beside the results on wide screens; folded above them on phones, so the results come first.
  const wide = window.matchMedia('(min-width: 721px)').matches;
  return h(
    'aside',
    { class: 'facets', 'aria-label': 'Narrow the results' },
    h('details', { open: wide }, h('summary', {}, 'Narrow the results'), ...groups),
  );
}

/** A filter as the chips above the results name it: "Language: English", "Published from: 2025-08-01". */
function filterText(name: string, value: string): string {
  const facet = FACETS.find((candidate) => candidate.param === name);
  if (!facet) return `${name === 'from' ? 'Published from' : 'Published to'}: ${value}`;
  return `${facet.title}: ${facet.labels ? labelOf(facet.labels, value) : value}`;
}

function activeFilters(params: Record<string, string>, navigate: Navigate): HTMLElement | null {
  const names = [...FACETS.map((facet) => facet.param), 'from', 'to'].filter((name) => params[name]);
  if (names.length === 0) return null;
  return h(
    'ul',
    { class: 'active-filters', 'aria-label': 'Active filters' },
    ...names.map((name) => {
      const text = filterText(name, params[name] ?? '');
      const remove = h(
        'button',
        { type: 'button', class: 'chip removable', 'aria-label': `Remove filter ${text}` },
        `${text} ×`,
      );
      remove.addEventListener('click', () => {
        navigate({ ...params, [name]: '' });
      });
      return h('li', {}, remove);
    }),
  );
}

async function fetchPage(params: Record<string, string>, cursor: string | null): Promise<SearchAnswer> {
  const names = ['q', 'sort', 'from', 'to', ...FACETS.map((facet) => facet.param)];
  const query = Object.fromEntries(names.map((name) => [name, params[name]]));
  return callApi<SearchAnswer>(`/v1/search${queryString({ ...query, limit: PAGE_SIZE, cursor })}`);
}

function resultList(first: SearchAnswer, params: Record<string, string>): HTMLElement {
  const list = h('ol', { class: 'hits' }, ...first.items.map(hitItem));
  const more = h('button', { type: 'button', class: 'more' }, 'More results');
  const footer = h('div', { class: 'more-row' });
  let cursor = first.nextCursor;
  more.addEventListener('click', () => {
    void (async () => {
      try {
        const next = await fetchPage(params, cursor);
        list.append(...next.items.map(hitItem));
        cursor = next.nextCursor;
        if (!cursor) more.remove();
      } catch (error) {
        footer.append(errorBox(error));
      }
    })();
  });
  if (cursor) footer.append(more);
  return h(
    'div',
    { class: 'results' },
    statusLine(
      first.totalIsEstimate
        ? `About ${first.total.toLocaleString('en')} results; the newest ones are ranked and counted, add words, filters or dates to reach older ones`
        : `${first.total} result${first.total === 1 ? '' : 's'}`,
    ),
    list,
    footer,
  );
}

async function latestEvents(): Promise<HTMLElement> {
  const page = await callApi<Page<EventView>>(`/v1/events${queryString({ limit: 12 })}`);
  return h(
    'section',
    { class: 'panel latest', 'aria-label': 'Latest events' },
    h('h2', {}, 'Latest events'),
    h(
      'ul',
      { class: 'event-list' },
      ...page.items.map((event) =>
        h(
          'li',
          {},
          h('span', { class: `chip type-tag type-${event.type}` }, labelOf(EVENT_TYPE_LABELS, event.type)),
          h('a', { href: formatRoute({ view: 'entity', id: event.subject.id }) }, event.subject.name),
          h(
            'span',
            { class: 'meta' },
            `${formatEventDate(event.date)} · reported ${dayOf(event.firstReportedAt)} · ${event.sourceCount} source${event.sourceCount === 1 ? '' : 's'} (${event.languages.join(', ')})`,
          ),
          event.sources[0] &&
            h(
              'q',
              { class: 'evidence', lang: event.sources[0].language ?? undefined },
              event.sources[0].evidence,
            ),
        ),
      ),
    ),
  );
}

/** Renders the search view for `params` into `container`: without a query, the latest events instead. */
export async function renderSearchView(
  container: HTMLElement,
  params: Record<string, string>,
): Promise<void> {
  const navigate: Navigate = (next) => {
    location.hash = formatRoute({ view: 'search', params: next });
  };
  const body = h('div', { class: 'search-body' }, statusLine(params.q ? 'Searching…' : 'Loading…'));
  replaceChildren(
    container,
    viewHeading('Search'),
    searchForm(params, navigate),
    activeFilters(params, navigate),
    body,
    savedSearchesPanel(params),
  );
  try {
    if (!params.q) {
      replaceChildren(body, await latestEvents());
      return;
    }
    const answer = await fetchPage(params, null);
    replaceChildren(
      body,
      h(
        'div',
        { class: 'search-layout' },
        facetGroups(answer, params, navigate),
        answer.items.length > 0
          ? resultList(answer, params)
          : statusLine('No articles match. Try fewer words or remove a filter.'),
      ),
    );
  } catch (error) {
    replaceChildren(body, errorBox(error));
  }
}
