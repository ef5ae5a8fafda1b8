/** What one run saw of one host: requests it answered, and requests that failed at the host's end. */
export interface HostTally {
  answered: number;
  failed: number;
  lastError: string | null;
}

/** A host's breaker state as stored between runs. */
export interface HostState {
  failedRuns: number;
  openUntil: Date | null;
  lastError: string | null;
}

export interface BreakerPolicy {
  /** Rest after the first run in which every request failed; doubles with each further such run. */
  baseMs: number;
  /** The longest rest. */
  maxMs: number;
}

/**
 * The next state of a host's circuit breaker after a run. A run in which the host answered anything
 * (even a 404) closes the circuit; a run in which every request to it failed (network error, timeout,
 * 5xx, 429) opens it for `baseMs`, doubling per failed run in a row up to `maxMs`, so a dead or
 * overloaded host is asked rarely instead of every interval. A run that never reached the host leaves the
 * state as it was.
 */
export function nextHostState(
  previous: HostState | null,
  tally: HostTally,
  now: Date,
  policy: BreakerPolicy,
): HostState {
  const before = previous ?? { failedRuns: 0, openUntil: null, lastError: null };
  if (tally.answered > 0) return { failedRuns: 0, openUntil: null, lastError: before.lastError };
  if (tally.failed === 0) return before;
  const failedRuns = before.failedRuns + 1;
  const rest = Math.min(policy.baseMs * 2 ** (failedRuns - 1), policy.maxMs);
  return { failedRuns, openUntil: new Date(now.getTime() + rest), lastError: tally.lastError };
}

/** Whether a host's circuit is open at `now`: no request may go to it. */
export function isOpen(state: Pick<HostState, 'openUntil'> | null | undefined, now: Date): boolean {
  return !!state?.openUntil && state.openUntil.getTime() > now.getTime();
}
