/**
 * The release tracker as a table: each model or chip with its status, the expected date and how it
 * moved, the release date, and the sources of the latest step. Filters for status and kind live in the
 * address, so a filtered tracker can be bookmarked.
 */

import { callApi, queryString, type Page, type ReleaseView } from './api-client.js';
import { externalLink, formText, h, replaceChildren, type Child } from './dom.js';
import { dayOf, formatEventDate, KIND_LABELS, labelOf, RELEASE_STATUS_LABELS } from './labels.js';
import { dateMoves, statusBadge } from './release-history.js';
import { formatRoute } from './routes.js';
import { errorBox, statusLine, viewHeading } from './view-kit.js';

function select(
  name: string,
  label: string,
  options: Readonly<Record<string, string>>,
  value: string | undefined,
) {
  const id = `filter-${name}`;
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, name },
      h('option', { value: '' }, 'All'),
      ...Object.entries(options).map(([option, text]) =>
        h('option', { value: option, selected: option === value }, text),
      ),
    ),
  );
}

function filters(
  params: Record<string, string>,
  navigate: (params: Record<string, string>) => void,
): HTMLFormElement {
  const kinds = { model: KIND_LABELS.model ?? 'Model', chip: KIND_LABELS.chip ?? 'Chip' };
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the tracker' },
    select('status', 'Status', RELEASE_STATUS_LABELS, params.status),
    select('kind', 'Kind', kinds, params.kind),
  );
  form.addEventListener('change', () => {
    navigate({ status: formText(form, 'status'), kind: formText(form, 'kind') });
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  return form;
}

/** The expected date while one is awaited; a released or cancelled entry expects nothing. */
function expectedText(release: ReleaseView): string {
  return release.status === 'planned' || release.status === 'delayed'
    ? formatEventDate(release.expected)
    : '—';
}

const COLUMNS = ['Model or chip', 'Status', 'Expected (how it moved)', 'Released', 'Sources', 'Last report'];

/** A data cell that carries its column's title, which phones show beside the value (the table becomes cards). */
function cell(column: number, ...children: Child[]): HTMLTableCellElement {
  return h('td', { 'data-label': COLUMNS[column] }, ...children);
}

function row(release: ReleaseView): HTMLTableRowElement {
  const latest = release.history.at(-1);
  const moves = dateMoves(release.history.filter((step) => step.status !== 'released'));
  return h(
    'tr',
    { 'data-entity': release.entity.id },
    h(
      'th',
      { scope: 'row' },
      h('a', { href: formatRoute({ view: 'entity', id: release.entity.id }) }, release.entity.name),
      h('span', { class: 'meta' }, labelOf(KIND_LABELS, release.entity.kind)),
    ),
    cell(1, statusBadge(release.status), latest?.reason && h('span', { class: 'meta' }, latest.reason)),
    cell(
      2,
      expectedText(release),
      moves.length > 1 && h('span', { class: 'meta moves' }, `moved: ${moves.join(' → ')}`),
    ),
    cell(3, release.released ? formatEventDate(release.released) : '—'),
    cell(
      4,
      ...(latest?.sources ?? []).map((source) =>
        h('span', {}, externalLink(source.url, source.source ?? 'source'), ` (${source.language ?? '?'}) `),
      ),
    ),
    cell(5, dayOf(release.lastReportedAt)),
  );
}

/** Renders the tracker (first 100 entries matching the filters) into `container`. */
export async function renderReleasesView(
  container: HTMLElement,
  params: Record<string, string>,
): Promise<void> {
  const navigate = (next: Record<string, string>) => {
    location.hash = formatRoute({ view: 'releases', params: next });
  };
  replaceChildren(
    container,
    viewHeading('Release tracker'),
    filters(params, navigate),
    statusLine('Loading…'),
  );
  try {
    const page = await callApi<Page<ReleaseView>>(
      `/v1/releases${queryString({ status: params.status, kind: params.kind, limit: 100 })}`,
    );
    const table = h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'releases' },
        h('caption', {}, `${page.items.length} models and chips`),
        h('thead', {}, h('tr', {}, ...COLUMNS.map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, ...page.items.map(row)),
      ),
    );
    replaceChildren(
      container,
      viewHeading('Release tracker'),
      filters(params, navigate),
      page.items.length > 0 ? table : statusLine('Nothing tracked with these filters.'),
    );
  } catch (error) {
    replaceChildren(container, viewHeading('Release tracker'), filters(params, navigate), errorBox(error));
  }
}
