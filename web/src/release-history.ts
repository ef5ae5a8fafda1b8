/**
 * A model's or chip's release history as the page shows it: the steps planned -> delayed -> released
 * (or cancelled) in report order, and how the expected date moved between them.
 */

import type { ReleaseStep, ReleaseView } from './api-client.js';
import { externalLink, h } from './dom.js';
import { dayOf, formatEventDate, labelOf, RELEASE_STATUS_LABELS } from './labels.js';

/** The dates a release was expected or happened on, in report order, without repeats: "May 2025 -> no date". */
export function dateMoves(history: readonly ReleaseStep[]): string[] {
  const moves: string[] = [];
  for (const step of history) {
    const text = formatEventDate(step.date);
    if (moves.at(-1) !== text) moves.push(text);
  }
  return moves;
}

/** A status word as a badge whose colour comes from the stylesheet (`status-delayed`, ...). */
export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status}` }, labelOf(RELEASE_STATUS_LABELS, status));
}

/** The history as an ordered list of steps, each with its date, reason and sources. */
export function renderReleaseHistory(release: ReleaseView): HTMLElement {
  return h(
    'ol',
    { class: 'release-steps', 'aria-label': `Release history of ${release.entity.name}` },
    ...release.history.map((step) =>
      h(
        'li',
        { class: `step status-${step.status}` },
        statusBadge(step.status),
        h('span', { class: 'step-date' }, formatEventDate(step.date)),
        h('span', { class: 'meta' }, `reported ${dayOf(step.reportedAt)}`),
        step.reason && h('span', { class: 'step-reason' }, step.reason),
        h(
          'span',
          { class: 'step-sources' },
          ...step.sources.map((source, index) =>
            h(
              'span',
              {},
              index > 0 ? ' · ' : '',
              externalLink(source.url, source.source ?? 'source', ` (${source.language ?? '?'})`),
            ),
          ),
        ),
      ),
    ),
  );
}
