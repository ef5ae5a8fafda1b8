/** What to do after a failed fetch attempt. */
export type RetryDecision =
  { retry: true; delayMs: number; reason: string } | { retry: false; reason: string };

export interface RetryPolicy {
  /** Attempts after the first. */
  maxRetries: number;
  /** Delay before the first retry; doubles with each further attempt. */
  baseDelayMs: number;
  /** No wait is ever longer than this, whatever Retry-After asks. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 120_000 };

/**
 * Reads a Retry-After header (delta-seconds or an HTTP date) as milliseconds from `now`; null when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Decides whether a failed attempt is retried and after how long. 429 and 503 wait as long as the
 * server's Retry-After asks (capped); other 5xx and network errors back off exponentially; other 4xx
 * are final, since asking again will not change the answer.
 */
export function decideRetry(
  failure: { status: number | null; retryAfter?: string | null | undefined; message?: string | undefined },
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  now: number = Date.now(),
): RetryDecision {
  const { status } = failure;
  const reason = status === null ? `network error: ${failure.message ?? 'unknown'}` : `HTTP ${status}`;
  const transient = status === null || status === 429 || status === 408 || status >= 500;
  if (!transient) return { retry: false, reason };
  if (attempt >= policy.maxRetries)
    return { retry: false, reason: `${reason} after ${attempt + 1} attempts` };
  const backoff = policy.baseDelayMs * 2 ** attempt;
  const asked = status === 429 || status === 503 ? parseRetryAfter(failure.retryAfter, now) : null;
  return { retry: true, delayMs: Math.min(asked ?? backoff, policy.maxDelayMs), reason };
}
