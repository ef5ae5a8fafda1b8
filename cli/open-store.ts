import { defaultKnowledgeBase } from '../nlp/knowledge-base.js';
import { openDatabase, type Db } from '../store/database.js';
import { syncEntities } from '../store/knowledge-base-sync.js';
import type { Context } from './context.js';

/** Opens (and migrates) the database and makes sure the curated knowledge base is in it. */
export async function openStore(context: Context): Promise<Db> {
  const db = await openDatabase(context.config.DATABASE_URL, context.log);
  await syncEntities(db, defaultKnowledgeBase.entries);
  return db;
}
