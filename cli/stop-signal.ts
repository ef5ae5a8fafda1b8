/** A stop request from the terminal or the process manager. */
export interface StopSignal {
  /** Aborts on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Resolves on the first SIGINT or SIGTERM. */
  stopped: Promise<void>;
}

/**
 * Listens for SIGINT and SIGTERM once: the first one asks long work to wind down (its signal aborts);
 * a second SIGINT finds no listener and ends the process the default way, as users expect of Ctrl-C.
 */
export function listenForStop(): StopSignal {
  const controller = new AbortController();
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      controller.abort();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return { signal: controller.signal, stopped };
}

/** How long a stopping process may take to finish its work before it is ended anyway. */
export const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * Bounds a graceful shutdown: if the process is still winding down after `ms`, it logs that and exits
 * with code 1, so a hung request or a stuck database cannot keep a process manager waiting forever. The
 * timer does not keep the process alive when everything closed in time.
 */
export function enforceShutdownDeadline(
  log: { error(message: string): void },
  ms = SHUTDOWN_DEADLINE_MS,
): void {
  setTimeout(() => {
    log.error(`shutdown took longer than ${ms / 1000} s; exiting without waiting further`);
    process.exit(1);
  }, ms).unref();
}
