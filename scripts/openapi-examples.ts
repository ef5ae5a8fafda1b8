/**
 * Refreshes api/openapi-examples.ts from the demo data: for every operation listed there, sends the
 * operation's example request (from its description) to the API over the demo site crawled by the real
 * pipeline, and writes the answer, keeping the array lengths of the example already there (a new entry
 * written as `null` gets the whole answer). Run it after the analysis changes what the demo data holds;
 * test/api-openapi.test.ts fails until then.
 *
 * Usage: npm run openapi:examples
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import prettier from 'prettier';
import { responseExamples } from '../api/openapi-examples.js';
import { CRAWL_TIME_FIELDS, exampleRequestOf } from '../api/openapi.js';
import { packageRoot } from '../core/package-root.js';
import { createApiFixture } from '../test/api-fixture.js';

/**
 * `fresh` cut to the shape of `current`: arrays as long as the current example's; crawl times keep the
 * current value, so a refresh without changes rewrites nothing.
 */
function trimLike(current: unknown, fresh: unknown): unknown {
  if (current === null || current === undefined) return fresh;
  if (Array.isArray(current) && Array.isArray(fresh))
    return fresh.slice(0, current.length).map((item, i) => trimLike(current[i] ?? null, item));
  if (typeof current !== 'object' || Array.isArray(current) || fresh === null || typeof fresh !== 'object')
    return fresh;
  const was = current as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(fresh).map(([key, value]) => [
      key,
      CRAWL_TIME_FIELDS.has(key) && was[key] !== undefined ? was[key] : trimLike(was[key], value),
    ]),
  );
}

const fixture = await createApiFixture();
try {
  const doc = (
    await fixture.app.inject({ method: 'GET', url: '/openapi.json' })
  ).json<OpenAPIV3_1.Document>();
  const requests = new Map(
    Object.values(doc.paths ?? {}).flatMap((item) =>
      item?.get?.operationId ? [[item.get.operationId, exampleRequestOf(item.get.description)] as const] : [],
    ),
  );
  const refreshed: Record<string, unknown> = {};
  for (const [operationId, current] of Object.entries(responseExamples)) {
    const request = requests.get(operationId);
    if (!request) throw new Error(`${operationId}: no GET operation with an example request`);
    const answer = await fixture.app.inject({ method: 'GET', url: request.replace(/^GET /, '') });
    if (answer.statusCode !== 200)
      throw new Error(`${request} answered ${answer.statusCode}: ${answer.body}`);
    refreshed[operationId] = trimLike(current, answer.json());
    console.error(`${operationId}: ${request}`);
  }
  const error = await fixture.app.inject({ method: 'GET', url: '/v1/entities/deepseek-r3' });
  const file = path.join(packageRoot(), 'api', 'openapi-examples.ts');
  const source =
    '/**\n' +
    " * Example answers for the OpenAPI document, keyed by operationId: the demo data's answers (our own\n" +
    " * sample site crawled by the real pipeline) to each operation's example request. Written by\n" +
    ' * `npm run openapi:examples`; test/api-openapi.test.ts checks they still match the demo data.\n' +
    ' */\n\n' +
    `export const responseExamples = ${JSON.stringify(refreshed)};\n\n` +
    `/** The answer to \`GET /v1/entities/deepseek-r3\` (no such entity). */\n` +
    `export const errorExample = ${error.body};\n`;
  const options = await prettier.resolveConfig(file);
  fs.writeFileSync(file, await prettier.format(source, { ...options, filepath: file }));
  console.error(`api/openapi-examples.ts: ${Object.keys(refreshed).length} examples`);
} finally {
  await fixture.close();
}
