import fs from 'node:fs';
import { loadConfig, type Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/logger.js';

export interface Context {
  config: Config;
  log: Logger;
}

/**
 * Configuration and logger for a command; nothing is opened yet. A `.env` file in the working
 * directory is loaded first (variables already set in the environment win), as `.env.example` suggests.
 */
export function createContext(): Context {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  return { config, log: createLogger(config.LOG_LEVEL) };
}
