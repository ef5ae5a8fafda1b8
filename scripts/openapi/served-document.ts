import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type ApiConfig } from '../../api/app.js';
import { silentLogger } from '../../core/logger.js';
import { openDatabase } from '../../store/database.js';

/**
 * The document `GET /openapi.json` serves, read from an app built on an empty throw-away database: the
 * document depends on the routes and `config` (default settings when absent) only, so scripts need
 * neither a running server nor data.
 */
export async function servedOpenApiDocument(config?: ApiConfig): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-openapi-'));
  const db = await openDatabase(`file:${path.join(dir, 'openapi.db')}`, silentLogger);
  const app = buildApp({ db, log: silentLogger, config });
  try {
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /openapi.json answered ${response.statusCode}`);
    return response.json<Record<string, unknown>>();
  } finally {
    await app.close();
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
