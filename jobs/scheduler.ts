import cron from 'node-cron';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { singleFlight } from './single-flight.js';

export interface Scheduler {
  /** Runs the job now unless a run is in progress; resolves when it is done. */
  trigger(): Promise<boolean>;
  /** Stops the schedule and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `job` on a cron expression and never lets two runs overlap: a tick that arrives while the
 * previous run is still going is skipped and logged. Stopping aborts the run in progress through its
 * signal and waits for it to wind down, so nothing is cut off mid-write. Failures are logged, never thrown, so one bad run
 * does not stop the schedule.
 */
export function startScheduler(options: {
  name: string;
  expression: string;
  /** IANA time zone the expression is read in; default the process's. */
  timezone?: string | undefined;
  /** The work of one run; `signal` aborts when the scheduler stops, so a long run can end early. */
  job: (signal: AbortSignal) => Promise<unknown>;
  log: Logger;
}): Scheduler {
  const { log } = options;
  if (!cron.validate(options.expression)) {
    throw new UserError(`invalid cron expression "${options.expression}" for ${options.name}`);
  }
  const stopping = new AbortController();
  let current: Promise<unknown> = Promise.resolve();
  const guarded = singleFlight(() => {
    current = (async () => {
      const started = Date.now();
      try {
        await options.job(stopping.signal);
        log.info({ job: options.name, ms: Date.now() - started }, 'scheduled run finished');
      } catch (error) {
        log.error({ job: options.name, err: error }, 'scheduled run failed');
      }
    })();
    return current;
  });
  const run = async () => {
    if (stopping.signal.aborted) return false;
    const outcome = await guarded();
    if (!outcome.ran) log.warn({ job: options.name }, 'previous run still in progress; tick skipped');
    return outcome.ran;
  };
  // Overlap is prevented by singleFlight (so a skipped tick is logged), not by node-cron's noOverlap.
  const task = cron.schedule(options.expression, run, {
    name: options.name,
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
  });
  return {
    trigger: run,
    stop: async () => {
      stopping.abort();
      await task.destroy();
      await current;
    },
  };
}
