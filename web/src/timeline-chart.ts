/**
 * The entity's timeline as an SVG chart: lanes by event type, one point per event at its first report.
 * Each point is a button (mouse, Enter or Space) that shows the event's evidence and sources in the
 * panel under the chart; hovering shows a one-line title. The chart redraws when its box changes width,
 * so a phone gets a narrow chart with fewer ticks rather than a shrunken wide one.
 */

import type { EventView } from './api-client.js';
import { externalLink, h, replaceChildren, s } from './dom.js';
import { dayOf, EVENT_TYPE_LABELS, formatEventDate, labelOf, LANGUAGE_LABELS } from './labels.js';
import { layoutTimeline } from './timeline-layout.js';

const LANE_ORDER = Object.keys(EVENT_TYPE_LABELS);

function pointLabel(event: EventView): string {
  const sources = `${event.sourceCount} source${event.sourceCount === 1 ? '' : 's'}`;
  return `${labelOf(EVENT_TYPE_LABELS, event.type)} of ${event.subject.name}, first reported ${dayOf(event.firstReportedAt)}, ${sources}`;
}

/** What hovering a point shows: its label and the first source's evidence sentence. */
function hoverText(event: EventView): string {
  const evidence = event.sources[0]?.evidence;
  return evidence ? `${pointLabel(event)}\n“${evidence}”` : pointLabel(event);
}

/** The panel's content for one event: what, when, why, and each source with its evidence sentence. */
export function renderEventDetails(event: EventView, entityLink: (id: string) => string): HTMLElement {
  const related = event.related.map((entity, index) =>
    h(
      'span',
      {},
      index > 0 ? ', ' : '',
      `${entity.role}: `,
      h('a', { href: entityLink(entity.id) }, entity.name),
    ),
  );
  return h(
    'article',
    { class: 'event-details', 'data-event-id': event.id },
    h(
      'h3',
      {},
      `${labelOf(EVENT_TYPE_LABELS, event.type)}: `,
      h('a', { href: entityLink(event.subject.id) }, event.subject.name),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Event date'),
      h('dd', {}, formatEventDate(event.date)),
      h('dt', {}, 'First reported'),
      h('dd', {}, dayOf(event.firstReportedAt)),
      event.reason && h('dt', {}, 'Reason'),
      event.reason && h('dd', {}, event.reason),
      related.length > 0 && h('dt', {}, 'Involved'),
      related.length > 0 && h('dd', {}, ...related),
      h('dt', {}, 'Confidence'),
      h('dd', {}, `${Math.round(event.confidence * 100)} %`),
    ),
    h('h4', {}, `Sources (${event.sourceCount})`),
    h(
      'ul',
      { class: 'sources' },
      ...event.sources.map((source) =>
        h(
          'li',
          {},
          h('blockquote', { lang: source.language ?? undefined }, source.evidence),
          h(
            'p',
            { class: 'meta' },
            externalLink(source.url, source.title),
            ` — ${source.source ?? 'unknown outlet'}, ${labelOf(LANGUAGE_LABELS, source.language ?? '?')}, ${dayOf(source.reportedAt)}`,
          ),
        ),
      ),
    ),
  );
}

function drawChart(
  events: readonly EventView[],
  width: number,
  onPick: (event: EventView, point: SVGGElement) => void,
): SVGSVGElement {
  const narrow = width < 480;
  const layout = layoutTimeline(events, width, LANE_ORDER, narrow ? 16 : 130);
  const svg = s('svg', {
    class: 'timeline-chart',
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'group',
    'aria-label': `Timeline: ${events.length} events on a time axis, one lane per event type`,
  });
  for (const lane of layout.lanes) {
    // Narrow charts put each lane's label above its line, so the time axis keeps the whole width.
    const label = narrow
      ? { x: layout.plotLeft, y: lane.y - 14, 'text-anchor': 'start' }
      : { x: layout.plotLeft - 10, y: lane.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' };
    svg.append(
      s('line', { class: 'lane-line', x1: layout.plotLeft, x2: layout.width - 12, y1: lane.y, y2: lane.y }),
      s('text', { class: 'lane-label', ...label }, labelOf(EVENT_TYPE_LABELS, lane.type)),
    );
  }
  svg.append(
    s('line', {
      class: 'axis-line',
      x1: layout.plotLeft,
      x2: layout.width - 12,
      y1: layout.axisY,
      y2: layout.axisY,
    }),
  );
  for (const tick of layout.ticks) {
    svg.append(
      s('line', { class: 'tick-line', x1: tick.x, x2: tick.x, y1: 4, y2: layout.axisY + 4 }),
      s(
        'text',
        { class: 'tick-label', x: tick.x, y: layout.axisY + 18, 'text-anchor': 'middle' },
        tick.label,
      ),
    );
  }
  for (const { event, x, y } of layout.points) {
    const point = s(
      'g',
      {
        class: `event-point type-${event.type}`,
        tabindex: 0,
        role: 'button',
        'aria-label': pointLabel(event),
        'data-event-id': event.id,
      },
      s('title', {}, hoverText(event)),
      s('circle', { cx: x, cy: y, r: Math.min(11, 6 + event.sourceCount) }),
    );
    point.addEventListener('click', () => {
      onPick(event, point);
    });
    point.addEventListener('keydown', (key) => {
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      onPick(event, point);
    });
    svg.append(point);
  }
  return svg;
}

/**
 * The chart with its details panel. `entityLink` makes the page address of an entity; the first event
 * is shown in the panel until another is picked.
 */
export function renderTimelineChart(
  events: readonly EventView[],
  entityLink: (id: string) => string,
): HTMLElement {
  const figure = h('figure', { class: 'timeline' });
  const frame = h('div', { class: 'chart-frame' });
  const details = h('div', { class: 'details-panel', 'aria-live': 'polite' });
  let selected: number | null = events[0]?.id ?? null;
  const show = (event: EventView) => {
    selected = event.id;
    replaceChildren(details, renderEventDetails(event, entityLink));
    for (const other of frame.querySelectorAll('.event-point')) {
      other.classList.toggle('selected', other.getAttribute('data-event-id') === String(event.id));
    }
  };
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.max(300, Math.floor(frame.clientWidth));
    if (width === drawnWidth) return;
    drawnWidth = width;
    replaceChildren(frame, drawChart(events, width, show));
    const current = events.find((event) => event.id === selected);
    if (current) show(current);
  };
  new ResizeObserver(draw).observe(frame);
  figure.append(
    frame,
    h(
      'figcaption',
      { class: 'hint' },
      'Each dot is an event at its first report; a bigger dot has more sources. Choose a dot (click, or Tab and Enter) to read its evidence.',
    ),
    details,
  );
  return figure;
}
