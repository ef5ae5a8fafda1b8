import { loadConfig, type Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/logger.js';

export interface Context {
  config: Config;
  log: Logger;
}

/** Configuration and logger for a command; nothing is opened yet. */
export function createContext(): Context {
  const config = loadConfig();
  return { config, log: createLogger(config.LOG_LEVEL) };
}
