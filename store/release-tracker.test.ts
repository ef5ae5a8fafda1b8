import { deriveReleaseTrack, type TrackerEvent } from './release-tracker.js';

let nextId = 1;
function event(
  type: string,
  reported: string,
  date: TrackerEvent['date'] = null,
  extra: Partial<TrackerEvent> = {},
): TrackerEvent {
  return {
    id: nextId++,
    type,
    date,
    reason: null,
    confidence: 0.9,
    firstReportedAt: new Date(reported),
    lastReportedAt: new Date(reported),
    ...extra,
  };
}

describe('deriveReleaseTrack', () => {
  it('is announced when a tracked entity has no release events', () => {
    expect(deriveReleaseTrack([event('hardware_switch', '2025-08-14')]).status).toBe('announced');
  });

  it('walks planned -> delayed with the history of expected dates and reasons', () => {
    const state = deriveReleaseTrack([
      event(
        'delay',
        '2025-08-14',
        { value: '2025-10', precision: 'month' },
        { reason: 'training on Ascend failed' },
      ),
      event('plan', '2025-02-26', { value: '2025-05', precision: 'month' }),
    ]);
    expect(state.status).toBe('delayed');
    expect(state.expected).toEqual({ value: '2025-10', precision: 'month' });
    expect(state.history.map((s) => [s.status, s.date?.value, s.reason])).toEqual([
      ['planned', '2025-05', null],
      ['delayed', '2025-10', 'training on Ascend failed'],
    ]);
  });

  it('treats a release dated after its report as a plan', () => {
    const state = deriveReleaseTrack([
      event('release', '2025-02-26', { value: '2025-05', precision: 'month' }),
    ]);
    expect(state.status).toBe('planned');
    expect(state.expected?.value).toBe('2025-05');
  });

  it('turns a month-precise "release" followed by a delay into the plan it was', () => {
    const state = deriveReleaseTrack([
      event('release', '2025-02-26', { value: '2024-05', precision: 'month' }),
      event('delay', '2025-08-14'),
    ]);
    expect(state.history.map((s) => s.status)).toEqual(['planned', 'delayed']);
    expect(state.status).toBe('delayed');
    expect(state.expected).toBeNull();
  });

  it('keeps a day-precise release released and reports its date', () => {
    const state = deriveReleaseTrack([
      event('plan', '2025-04-01', { value: '2025-Q2', precision: 'quarter' }),
      event('release', '2025-04-30', { value: '2025-04-29', precision: 'day' }),
    ]);
    expect(state.status).toBe('released');
    expect(state.released).toEqual({ value: '2025-04-29', precision: 'day' });
  });

  it('ignores one hedged undated release report, but not a corroborated one', () => {
    const delay = event('delay', '2025-08-14');
    expect(
      deriveReleaseTrack([delay, event('release', '2025-08-16', null, { confidence: 0.75 })]).status,
    ).toBe('delayed');
    expect(
      deriveReleaseTrack([delay, event('release', '2025-09-16', null, { confidence: 0.94 })]).status,
    ).toBe('released');
  });

  it('counts an undated release stored at 0.7 + 0.1 (before confidences were rounded) as at the threshold', () => {
    const delay = event('delay', '2025-08-14');
    expect(
      deriveReleaseTrack([delay, event('release', '2025-08-16', null, { confidence: 0.7 + 0.1 })]).status,
    ).toBe('released');
  });

  it('ends cancelled when the last report is a cancellation', () => {
    const state = deriveReleaseTrack([event('plan', '2025-01-01'), event('cancellation', '2025-03-01')]);
    expect(state.status).toBe('cancelled');
    expect(state.expected).toBeNull();
  });
});
