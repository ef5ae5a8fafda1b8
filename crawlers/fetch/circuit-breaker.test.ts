import { isOpen, nextHostState } from './circuit-breaker.js';

const policy = { baseMs: 60_000, maxMs: 240_000 };
const now = new Date('2026-12-03T12:00:00Z');
const failing = { answered: 0, failed: 3, lastError: 'connect ECONNREFUSED' };

describe('nextHostState', () => {
  it('opens after a run in which every request failed, doubling the rest per failed run up to the cap', () => {
    let state = nextHostState(null, failing, now, policy);
    expect(state).toEqual({
      failedRuns: 1,
      openUntil: new Date(now.getTime() + 60_000),
      lastError: 'connect ECONNREFUSED',
    });
    state = nextHostState(state, failing, now, policy);
    expect(state.openUntil).toEqual(new Date(now.getTime() + 120_000));
    state = nextHostState(state, failing, now, policy);
    state = nextHostState(state, failing, now, policy);
    expect(state.failedRuns).toBe(4);
    expect(state.openUntil).toEqual(new Date(now.getTime() + 240_000));
    expect(isOpen(state, now)).toBe(true);
    expect(isOpen(state, new Date(now.getTime() + 240_001))).toBe(false);
  });

  it('closes on any answer and leaves a host it never reached alone', () => {
    const open = nextHostState(null, failing, now, policy);
    expect(nextHostState(open, { answered: 1, failed: 9, lastError: null }, now, policy)).toMatchObject({
      failedRuns: 0,
      openUntil: null,
    });
    expect(nextHostState(open, { answered: 0, failed: 0, lastError: null }, now, policy)).toBe(open);
    expect(isOpen(null, now)).toBe(false);
  });
});
