import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createModelwatchClient, type ApiError, type Event, type ModelwatchClient } from '../client/index.js';
import { CLIENT_SCHEMA_FILE, generateClientSource } from '../scripts/openapi/client-source.js';
import { createApiFixture, type ApiFixture } from './api-fixture.js';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);

/** A program outside the repository that uses the package as a dependency: `modelwatch/client`. */
const CONSUMER = `
import { createModelwatchClient, type Event } from 'modelwatch/client';

export async function firstDelay(baseUrl: string): Promise<string> {
  const client = createModelwatchClient(baseUrl);
  const { data, error } = await client.GET('/v1/entities/{id}/timeline', {
    params: { path: { id: 'deepseek-r2' }, query: { type: 'delay', order: 'desc' } },
  });
  if (error) return error.message;
  const event: Event | undefined = data.events[0];
  return event?.sources[0]?.evidence ?? 'none';
}

export async function misuse(client: ReturnType<typeof createModelwatchClient>): Promise<void> {
  // @ts-expect-error: no such route
  await client.GET('/v1/no-such-route');
  // @ts-expect-error: order is asc or desc
  await client.GET('/v1/events', { params: { query: { order: 'sideways' } } });
  // @ts-expect-error: a merge needs {into}
  await client.POST('/v1/entities/{id}/merge', { params: { path: { id: 'a' } }, body: {} });
}
`;

/** The README's example of the client, as the README shows it. */
function readmeExample(): string {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const snippet =
    /```ts\n(import \{ createModelwatchClient \} from 'modelwatch\/client';\n[\s\S]*?\n)```/.exec(
      readme,
    )?.[1];
  if (snippet === undefined) throw new Error('README.md has no ```ts block importing modelwatch/client');
  return snippet;
}

/**
 * Type-checks `source` and the README's example as a consumer in a folder whose
 * node_modules/modelwatch is this repository.
 */
async function typeCheckConsumer(dir: string, source: string): Promise<{ ok: boolean; output: string }> {
  fs.writeFileSync(path.join(dir, 'consumer.ts'), source);
  fs.writeFileSync(path.join(dir, 'readme.ts'), `${readmeExample()}export {};\n`);
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const options = [
    ...['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...[
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--types',
      'node',
      '--typeRoots',
      path.join(repoRoot, 'node_modules/@types'),
    ],
  ];
  try {
    await run(process.execPath, [tsc, ...options, 'consumer.ts', 'readme.ts'], { cwd: dir });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: unknown }).stdout) };
  }
}

describe('generated client (modelwatch/client) against the live demo API', () => {
  let fx: ApiFixture;
  let baseUrl: string;
  let client: ModelwatchClient;
  let consumerDir: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'client', 'index.d.ts')))
      throw new Error('dist/client is missing: run `npm run build` (npm test does it first)');
    fx = await createApiFixture();
    await fx.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(fx.app.server.address() as AddressInfo).port}`;
    client = createModelwatchClient(baseUrl);
    consumerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-consumer-'));
    fs.mkdirSync(path.join(consumerDir, 'node_modules'));
    fs.symlinkSync(repoRoot, path.join(consumerDir, 'node_modules', 'modelwatch'), 'dir');
    fs.writeFileSync(path.join(consumerDir, 'package.json'), '{"type": "module"}');
  });
  afterAll(async () => {
    await fx.close();
    fs.rmSync(consumerDir, { recursive: true, force: true });
  });

  it(`${CLIENT_SCHEMA_FILE} is what npm run client:generate makes of the served document`, async () => {
    const served = (await fx.app.inject({ method: 'GET', url: '/openapi.json' })).json<object>();
    const committed = fs.readFileSync(path.join(repoRoot, CLIENT_SCHEMA_FILE), 'utf8');
    const fresh = await generateClientSource(served);
    expect({ stale: committed !== fresh, fix: 'npm run client:generate' }).toEqual({
      stale: false,
      fix: 'npm run client:generate',
    });
  });

  it('reads a timeline', async () => {
    const { data, error, response } = await client.GET('/v1/entities/{id}/timeline', {
      params: { path: { id: 'deepseek-r2' }, query: { type: 'delay' } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    const delay: Event | undefined = data?.events[0];
    expect(data?.entity).toEqual({ id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model' });
    expect(delay?.type).toBe('delay');
    expect(delay?.languages).toEqual(['de', 'en']);
    expect(delay?.sources.map((source) => source.language)).toEqual(['de', 'en']);
  });

  it('pages through events with the cursor', async () => {
    const query = { type: 'export_control,financial', limit: 1 };
    const first = await client.GET('/v1/events', { params: { query } });
    const cursor = first.data?.nextCursor;
    expect(typeof cursor).toBe('string');
    const second = await client.GET('/v1/events', { params: { query: { ...query, cursor: cursor ?? '' } } });
    expect(first.data?.items).toHaveLength(1);
    expect(second.data?.items).toHaveLength(1);
    expect(second.data?.items[0]?.id).not.toBe(first.data?.items[0]?.id);
  });

  it('answers mistakes with the typed Error body', async () => {
    const unknown = await client.GET('/v1/entities/{id}', { params: { path: { id: 'deepseek-r3' } } });
    const notFound: ApiError | undefined = unknown.error;
    expect(unknown.response.status).toBe(404);
    expect(unknown.data).toBeUndefined();
    expect(notFound).toEqual({
      error: 'not_found',
      message: expect.stringContaining('deepseek-r3') as unknown,
      details: null,
    });

    const tooMany = await client.GET('/v1/events', { params: { query: { limit: 1000 } } });
    expect(tooMany.response.status).toBe(400);
    expect(tooMany.error?.message).toMatch(/at most 200 per page/);
  });

  it('writes with an API key, and without one is refused', async () => {
    const body = { hidden: false, reason: 'checked by hand' };
    const anonymous = await client.PATCH('/v1/events/{id}', { params: { path: { id: 7 } }, body });
    expect(anonymous.response.status).toBe(401);
    const editor = createModelwatchClient(baseUrl, { apiKey: fx.key });
    const keyed = await editor.PATCH('/v1/events/{id}', { params: { path: { id: 7 } }, body });
    expect(keyed.error).toBeUndefined();
    expect(keyed.data).toEqual({ id: 7, hidden: false, reason: null });
  });

  it('is importable as modelwatch/client by another package, which (and the README example) type-checks against it', async () => {
    const script = `import { createModelwatchClient } from 'modelwatch/client';
      const { data } = await createModelwatchClient(process.argv[1]).GET('/health');
      console.log(JSON.stringify(data));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, baseUrl], {
      cwd: consumerDir,
    });
    expect(JSON.parse(stdout)).toEqual({ status: 'ok' });

    const good = await typeCheckConsumer(consumerDir, CONSUMER);
    expect(good).toEqual({ ok: true, output: '' });
    const bad = await typeCheckConsumer(
      consumerDir,
      `${CONSUMER}\nexport const wrong: number = (await createModelwatchClient('').GET('/health')).data?.status ?? 0;\n`,
    );
    expect(bad.ok).toBe(false);
    expect(bad.output).toMatch(/consumer\.ts.*TS2322/);
  });
});
