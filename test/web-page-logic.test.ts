import { formatRoute, parseRoute, type Route } from '../web/src/routes.js';
import { layoutTimeline } from '../web/src/timeline-layout.js';

const ORDER = ['plan', 'delay', 'release', 'hardware_switch'];
const event = (id: number, type: string, day: string) => ({
  id,
  type,
  firstReportedAt: `${day}T08:00:00.000Z`,
});

describe('timeline chart layout', () => {
  const events = [
    event(1, 'plan', '2025-02-26'),
    event(2, 'delay', '2025-08-14'),
    event(3, 'hardware_switch', '2025-08-14'),
    event(4, 'hardware_switch', '2025-08-14'),
  ];
  const layout = layoutTimeline(events, 800, ORDER);

  it('gives each event type that occurs one lane, in the fixed order', () => {
    expect(layout.lanes.map((lane) => lane.type)).toEqual(['plan', 'delay', 'hardware_switch']);
    const ys = layout.lanes.map((lane) => lane.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('places events by report time inside the plotting area', () => {
    const x = (id: number) => layout.points.find((point) => point.event.id === id)?.x ?? NaN;
    expect(x(1)).toBeLessThan(x(2));
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThan(layout.plotLeft);
      expect(point.x).toBeLessThan(layout.width);
      expect(point.y).toBeLessThan(layout.axisY);
    }
  });

  it('spreads events of one lane reported on the same day so each stays clickable', () => {
    const switches = layout.points.filter((point) => point.event.type === 'hardware_switch');
    expect(new Set(switches.map((point) => point.y)).size).toBe(2);
  });

  it('labels month ticks in time order, with the year where the range spans two', () => {
    const across = layoutTimeline(
      [event(1, 'plan', '2024-11-20'), event(2, 'release', '2025-02-10')],
      800,
      ORDER,
    );
    expect(across.ticks.map((tick) => tick.label)).toEqual(['Dec 2024', 'Jan 2025', 'Feb 2025']);
    const xs = across.ticks.map((tick) => tick.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('falls back to day ticks when the events span only a few weeks', () => {
    const short = layoutTimeline(
      [event(1, 'export_control', '2025-08-08'), event(2, 'delay', '2025-08-14')],
      800,
      ORDER,
    );
    expect(short.ticks.length).toBeGreaterThanOrEqual(2);
    expect(short.ticks.every((tick) => /^Aug \d{1,2}$/.test(tick.label))).toBe(true);
    expect(new Set(short.ticks.map((tick) => tick.label)).size).toBe(short.ticks.length);
  });

  it('thins the ticks on a narrow chart', () => {
    const wide = layoutTimeline(events, 1200, ORDER).ticks.length;
    const narrow = layoutTimeline(events, 320, ORDER, 16).ticks.length;
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeGreaterThan(0);
  });

  it('draws one event alone in the middle of a padded range', () => {
    const single = layoutTimeline([event(9, 'release', '2025-07-11')], 800, ORDER);
    const [point] = single.points;
    expect(point?.x).toBeCloseTo(single.plotLeft + (800 - single.plotLeft - 24) / 2, 0);
  });
});

describe('page addresses', () => {
  it.each<[string, Route]>([
    [
      '#/search?q=R2+Verz%C3%B6gerung&lang=de',
      { view: 'search', params: { q: 'R2 Verzögerung', lang: 'de' } },
    ],
    ['#/entity/deepseek-r2', { view: 'entity', id: 'deepseek-r2' }],
    ['#/releases?status=delayed', { view: 'releases', params: { status: 'delayed' } }],
    ['#/candidates', { view: 'candidates' }],
  ])('reads %s and writes it back the same', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('treats an empty or unknown address as the search view and drops empty parameters', () => {
    expect(parseRoute('')).toEqual({ view: 'search', params: {} });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'search', params: {} });
    expect(formatRoute({ view: 'search', params: { q: 'H20', lang: '' } })).toBe('#/search?q=H20');
  });

  it('keeps an id with characters of its own inside its path segment', () => {
    const hash = formatRoute({ view: 'entity', id: 'a/b?c' });
    expect(hash).toBe('#/entity/a%2Fb%3Fc');
    expect(parseRoute(hash)).toEqual({ view: 'entity', id: 'a/b?c' });
  });
});
