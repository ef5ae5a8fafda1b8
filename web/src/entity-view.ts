/**
 * The entity page: who or what it is, its aliases, its timeline as a chart, its release history when it
 * is a tracked model or chip, and the latest articles that mention it.
 */

import {
  ApiError,
  callApi,
  queryString,
  type ArticleSummary,
  type EntityDetail,
  type EventView,
  type Page,
  type ReleaseView,
} from './api-client.js';
import { externalLink, h, replaceChildren } from './dom.js';
import { dayOf, KIND_LABELS, labelOf, LANGUAGE_LABELS } from './labels.js';
import { renderReleaseHistory, statusBadge } from './release-history.js';
import { formatRoute } from './routes.js';
import { renderTimelineChart } from './timeline-chart.js';
import { errorBox, section, statusLine, viewHeading } from './view-kit.js';

const entityLink = (id: string) => formatRoute({ view: 'entity', id });

/** A release entry, or null when the entity has none (404: not a model or chip with release events). */
async function releaseOf(id: string): Promise<ReleaseView | null> {
  try {
    return await callApi<ReleaseView>(`/v1/releases/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

function summary(entity: EntityDetail, developerName: string): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Kind'),
    h(
      'dd',
      {},
      labelOf(KIND_LABELS, entity.kind),
      entity.candidate && h('span', { class: 'badge candidate' }, 'candidate'),
    ),
    entity.developer && h('dt', {}, 'Developer'),
    entity.developer && h('dd', {}, h('a', { href: entityLink(entity.developer) }, developerName)),
    entity.family && h('dt', {}, 'Family'),
    entity.family && h('dd', {}, entity.family),
    h('dt', {}, 'Mentions'),
    h('dd', {}, `${entity.mentions} articles, ${entity.events} events`),
    h('dt', {}, 'Aliases'),
    h(
      'dd',
      {},
      h(
        'ul',
        { class: 'chips', 'aria-label': 'Aliases' },
        ...entity.aliases.map((alias) => h('li', {}, alias)),
      ),
    ),
  );
}

/** The developer's name as the events name it (the entity only carries its id). */
function developerName(entity: EntityDetail, events: readonly EventView[]): string {
  const related = events.flatMap((event) => event.related).find((other) => other.id === entity.developer);
  return related?.name ?? entity.developer ?? '';
}

function articleList(articles: readonly ArticleSummary[]): HTMLElement {
  if (articles.length === 0) return statusLine('No articles mention it yet.');
  return h(
    'ul',
    { class: 'article-list' },
    ...articles.map((article) =>
      h(
        'li',
        {},
        externalLink(article.url, article.title),
        h(
          'span',
          { class: 'meta' },
          `${article.source ?? 'unknown outlet'} · ${labelOf(LANGUAGE_LABELS, article.language ?? '?')} · ${dayOf(article.publishedAt ?? article.fetchedAt)}`,
        ),
      ),
    ),
  );
}

/** Renders the entity `id` into `container`; an unknown id shows the API's message. */
export async function renderEntityView(container: HTMLElement, id: string): Promise<void> {
  replaceChildren(container, viewHeading(id), statusLine('Loading…'));
  try {
    const path = encodeURIComponent(id);
    const [entity, timeline, release, articles] = await Promise.all([
      callApi<EntityDetail>(`/v1/entities/${path}`),
      callApi<{ events: EventView[] }>(`/v1/entities/${path}/timeline${queryString({ limit: 200 })}`),
      releaseOf(id),
      callApi<Page<ArticleSummary>>(`/v1/articles${queryString({ entity: id, limit: 10 })}`),
    ]);
    replaceChildren(
      container,
      viewHeading(entity.name, release ? statusBadge(release.status) : ''),
      section('About', summary(entity, developerName(entity, timeline.events))),
      section(
        'Timeline',
        h('h2', {}, 'Timeline'),
        timeline.events.length > 0
          ? renderTimelineChart(timeline.events, entityLink)
          : statusLine('No events reported yet.'),
      ),
      release &&
        release.history.length > 0 &&
        section('Release history', h('h2', {}, 'Release history'), renderReleaseHistory(release)),
      section('Latest articles', h('h2', {}, 'Latest articles'), articleList(articles.items)),
    );
  } catch (error) {
    replaceChildren(container, viewHeading(id), errorBox(error));
  }
}
