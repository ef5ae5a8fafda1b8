import path from 'node:path';
import { z } from 'zod';
import { UserError } from './errors.js';

const numberFromEnv = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);
const positiveFromEnv = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:./data/modelwatch.db'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SOURCES_FILE: z.string().min(1).optional(),
  CRAWL_SCHEDULE: z.string().min(1).default('*/15 * * * *'),
  CRAWL_USER_AGENT: z.string().min(1).default('modelwatch/0.1'),
  CRAWL_CONTACT_URL: z.url().default('https://github.com/modelwatch/modelwatch'),
  CRAWL_MAX_CONCURRENCY: positiveFromEnv(4),
  CRAWL_PER_HOST_CONCURRENCY: positiveFromEnv(1),
  CRAWL_WORKER_THREADS: numberFromEnv(0),
  CRAWL_DELAY_MS: numberFromEnv(1000),
  CRAWL_MAX_ARTICLES_PER_SOURCE: positiveFromEnv(200),
  CRAWL_TIMEOUT_SECONDS: positiveFromEnv(30),
  CRAWL_MAX_BYTES: positiveFromEnv(5_000_000),
  CRAWL_MAX_REDIRECTS: numberFromEnv(5),
  CRAWL_MAX_RETRIES: numberFromEnv(3),
  CRAWL_RETRY_BASE_MS: numberFromEnv(1000),
  CRAWL_MAX_WAIT_SECONDS: positiveFromEnv(60),
  CRAWL_ALLOW_HOSTS: z.string().default(''),
  CRAWL_HOST_BACKOFF_MINUTES: positiveFromEnv(60),
  WORKER_JOB_TIMEOUT_SECONDS: positiveFromEnv(300),
  WORKER_BATCH_SIZE: positiveFromEnv(10),
  API_READ_ACCESS: z.enum(['open', 'key']).default('open'),
  API_RATE_LIMIT_PER_MINUTE: numberFromEnv(600),
  API_ANONYMOUS_RATE_LIMIT_PER_MINUTE: numberFromEnv(300),
  API_CACHE_MAX_AGE_SECONDS: numberFromEnv(60),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('modelwatch <digest@localhost>'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DIGEST_ENTITY_URL: z.string().includes('{id}', { error: 'a URL template containing {id}' }).optional(),
  DIGEST_OUTBOX: z.string().min(1).default('./data/outbox'),
  DIGEST_SCHEDULE: z.enum(['on', 'off']).default('on'),
  DIGEST_SEND_ATTEMPTS: positiveFromEnv(3),
  DIGEST_RETRY_BASE_MS: numberFromEnv(2000),
  DIGEST_RETRY_MINUTES: positiveFromEnv(15),
});

/** Read-only configuration, parsed once from the environment. Nothing else reads `process.env`. */
export type Config = Readonly<z.infer<typeof envSchema>>;

/** Every variable the configuration reads (.env.example and the README's table list them all). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/**
 * Parses the environment into a {@link Config}; an invalid value is a {@link UserError} naming the
 * variable, so a typo in `.env` is one clear line rather than a stack trace.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new UserError(`invalid configuration: ${name}: ${issue?.message ?? 'invalid value'}`);
  }
  return Object.freeze(parsed.data);
}

/** Whether DATABASE_URL selects PostgreSQL (postgres:// or postgresql://) instead of the embedded SQLite. */
export function isPostgresUrl(databaseUrl: string): boolean {
  return /^postgres(ql)?:\/\//i.test(databaseUrl);
}

/** The file a `file:` SQLite URL points at, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('file:')) return null;
  const target = databaseUrl.slice('file:'.length).split('?')[0] ?? '';
  return path.resolve(target);
}

/** The base URL links in emails point at: PUBLIC_URL, else where `serve` listens. */
export function publicUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, '');
}

/** The User-Agent header for crawling: product, version and a contact URL, as publishers ask. */
export function userAgent(config: Pick<Config, 'CRAWL_USER_AGENT' | 'CRAWL_CONTACT_URL'>): string {
  return `${config.CRAWL_USER_AGENT} (+${config.CRAWL_CONTACT_URL})`;
}
