/**
 * Wraps an async job so that at most one run is in progress: a call while a run is going returns
 * `{ ran: false }` at once instead of starting a second, overlapping run.
 */
export function singleFlight<T>(
  job: () => Promise<T>,
): () => Promise<{ ran: true; result: T } | { ran: false }> {
  let running = false;
  return async () => {
    if (running) return { ran: false };
    running = true;
    try {
      return { ran: true, result: await job() };
    } finally {
      running = false;
    }
  };
}
