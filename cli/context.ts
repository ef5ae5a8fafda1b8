import { loadConfig, type Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/logger.js';
import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase, type Db } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';

export interface Context {
  config: Config;
  log: Logger;
}

/** Configuration and logger for a command; nothing is opened yet. */
export function createContext(): Context {
  const config = loadConfig();
  return { config, log: createLogger(config.LOG_LEVEL) };
}

/** Opens (and migrates) the database and makes sure the curated knowledge base is in it. */
export async function openStore(context: Context): Promise<Db> {
  const db = await openDatabase(context.config.DATABASE_URL, context.log);
  await syncEntities(db, defaultKnowledgeBase.entries);
  return db;
}
