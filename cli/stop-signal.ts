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
