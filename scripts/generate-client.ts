/**
 * Regenerates client/schema.ts (the types behind `modelwatch/client`) from the OpenAPI document the
 * API serves. Run after changing a route or a schema; test/api-client.test.ts fails while the
 * committed file differs from what this writes.
 *
 * Usage: npm run client:generate
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { CLIENT_SCHEMA_FILE, generateClientSource } from './openapi/client-source.js';
import { servedOpenApiDocument } from './openapi/served-document.js';

const file = path.join(packageRoot(), CLIENT_SCHEMA_FILE);
const source = await generateClientSource(await servedOpenApiDocument());
const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
fs.writeFileSync(file, source);
console.log(
  `${CLIENT_SCHEMA_FILE}: ${before === source ? 'unchanged' : 'written'} (${source.split('\n').length} lines)`,
);
