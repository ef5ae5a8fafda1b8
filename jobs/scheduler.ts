import cron from 'node-cron';
import { UserError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { singleFlight } from './single-flight.js';

export interface Scheduler {
  /** Runs the job now unless a run is in progress; resolves when it is done. */
  trigger(): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Runs `job` on a cron expression and never lets two runs overlap: a tick that arrives while the
 * previous run is still going is skipped and logged. Failures are logged, never thrown, so one bad run
 * does not stop the schedule.
 */
export function startScheduler(options: {
  name: string;
  expression: string;
  job: () => Promise<unknown>;
  log: Logger;
}): Scheduler {
  const { log } = options;
  if (!cron.validate(options.expression)) {
    throw new UserError(`invalid cron expression "${options.expression}" for ${options.name}`);
  }
  const guarded = singleFlight(async () => {
    const started = Date.now();
    try {
      await options.job();
      log.info({ job: options.name, ms: Date.now() - started }, 'scheduled run finished');
    } catch (error) {
      log.error({ job: options.name, err: error }, 'scheduled run failed');
    }
  });
  const run = async () => {
    const outcome = await guarded();
    if (!outcome.ran) log.warn({ job: options.name }, 'previous run still in progress; tick skipped');
    return outcome.ran;
  };
  const task = cron.schedule(options.expression, run, { name: options.name, noOverlap: true });
  return {
    trigger: run,
    stop: async () => {
      await task.destroy();
    },
  };
}
