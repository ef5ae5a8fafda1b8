import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Builds the process logger: JSON lines to stderr (stdout belongs to command output such as
 * `extract` lines), pretty only when stderr is a terminal.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY;
  if (pretty) {
    return pino({
      level,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, ignore: 'pid,hostname' },
      },
    });
  }
  return pino({ level }, pino.destination(2));
}

/** A logger that drops everything, for tests and for library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
