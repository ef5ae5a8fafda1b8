/**
 * Where the timeline chart puts things: one lane per event type, each event at the time it was first
 * reported, month ticks on the axis. Pure arithmetic over the events, so it is tested without a browser
 * and the drawing code only copies numbers into SVG.
 */

export interface TimelineInput {
  id: number;
  type: string;
  firstReportedAt: string;
}

export interface TimelinePoint<E extends TimelineInput> {
  event: E;
  x: number;
  y: number;
}

export interface TimelineLayout<E extends TimelineInput> {
  width: number;
  height: number;
  lanes: { type: string; y: number }[];
  ticks: { x: number; label: string }[];
  points: TimelinePoint<E>[];
  /** Left edge of the plotting area (lane labels sit before it) and the axis line's height. */
  plotLeft: number;
  axisY: number;
}

const LANE_HEIGHT = 44;
const TOP = 12;
const AXIS_SPACE = 28;
const RIGHT = 24;
const DAY = 86_400_000;
/** Points of one lane closer than this (px) are spread vertically so each stays clickable. */
const MIN_GAP = 14;

/** Month starts after `from` up to `to`, thinned to at most `max` ticks. */
function monthTicks(from: number, to: number, max: number): Date[] {
  const months: Date[] = [];
  const start = new Date(from);
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() <= to;) {
    months.push(m);
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
  }
  const step = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_month, index) => index % step === 0);
}

/** Day starts after `from` up to `to`, every 1, 2, 7 or 14 days: the densest that fits `max` ticks. */
function dayTicks(from: number, to: number, max: number): Date[] {
  const first = Math.ceil(from / DAY) * DAY;
  const span = Math.floor((to - first) / DAY) + 1;
  const step = [1, 2, 7, 14].find((days) => Math.ceil(span / days) <= max) ?? 14;
  const days: Date[] = [];
  for (let time = first; time <= to; time += step * DAY) days.push(new Date(time));
  return days;
}

function monthLabel(month: Date, spansYears: boolean): string {
  const name = month.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return spansYears || month.getUTCMonth() === 0 ? `${name} ${month.getUTCFullYear()}` : name;
}

function dayLabel(day: Date): string {
  return day.toLocaleString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** Month ticks when the range holds at least two month starts, else day ticks (a few weeks of news). */
function axisTicks(from: number, to: number, max: number): { time: number; label: string }[] {
  const months = monthTicks(from, to, max);
  if (months.length >= 2) {
    const spansYears = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
    return months.map((month) => ({ time: month.getTime(), label: monthLabel(month, spansYears) }));
  }
  return dayTicks(from, to, max).map((day) => ({ time: day.getTime(), label: dayLabel(day) }));
}

/**
 * Lays out `events` on a chart `width` pixels wide. `typeOrder` fixes the order of the lanes; only types
 * that occur get a lane (unknown types go last). The time range pads the first and last report by a
 * few days so no point sits on the chart's edge.
 */
export function layoutTimeline<E extends TimelineInput>(
  events: readonly E[],
  width: number,
  typeOrder: readonly string[],
  plotLeft = 130,
): TimelineLayout<E> {
  const present = new Set(events.map((event) => event.type));
  const types = [
    ...typeOrder.filter((type) => present.has(type)),
    ...[...present].filter((t) => !typeOrder.includes(t)),
  ];
  const lanes = types.map((type, index) => ({ type, y: TOP + index * LANE_HEIGHT + LANE_HEIGHT / 2 }));
  const axisY = TOP + types.length * LANE_HEIGHT;
  const times = events.map((event) => Date.parse(event.firstReportedAt));
  const first = times.length ? Math.min(...times) : Date.now();
  const last = times.length ? Math.max(...times) : first;
  const pad = Math.max(7 * DAY, (last - first) * 0.05);
  const [from, to] = [first - pad, last + pad];
  const plotWidth = Math.max(1, width - plotLeft - RIGHT);
  const xOf = (time: number) => plotLeft + ((time - from) / (to - from)) * plotWidth;
  const ticks = axisTicks(from, to, Math.max(2, Math.floor(plotWidth / 70))).map((tick) => ({
    x: xOf(tick.time),
    label: tick.label,
  }));
  const laneY = new Map(lanes.map((lane) => [lane.type, lane.y]));
  const lastX = new Map<string, { x: number; stack: number }>();
  const points = events
    .map((event, index) => ({ event, x: xOf(times[index] ?? first) }))
    .sort((a, b) => a.x - b.x)
    .map(({ event, x }) => {
      const previous = lastX.get(event.type);
      const stack = previous && x - previous.x < MIN_GAP ? previous.stack + 1 : 0;
      lastX.set(event.type, { x: stack === 0 ? x : (previous?.x ?? x), stack });
      const offset = stack === 0 ? 0 : (stack % 2 === 1 ? -1 : 1) * Math.ceil(stack / 2) * 16;
      return { event, x, y: (laneY.get(event.type) ?? TOP) + offset };
    });
  return { width, height: axisY + AXIS_SPACE, lanes, ticks, points, plotLeft, axisY };
}
