import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors.js';
import { packageRoot } from '../../core/package-root.js';
import { registrySchema, type SourceConfig } from './source-schema.js';

/** The registry shipped with modelwatch. */
export function defaultSourcesFile(): string {
  return path.join(packageRoot(), 'crawlers', 'sources', 'default-sources.json');
}

/**
 * Parses a sources registry (JSON text). A mistake is a {@link UserError} naming the entry and field,
 * because users edit this file by hand.
 */
export function parseSources(json: string, origin: string): SourceConfig[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new UserError(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = registrySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `at ${issue.path.join('.')}` : '';
    throw new UserError(
      `${origin}: invalid source ${where}: ${issue?.message ?? 'invalid'}`.replace(/\s+/g, ' '),
    );
  }
  return parsed.data;
}

/** Reads a registry file (the default one when `file` is undefined). */
export function loadSources(file?: string): SourceConfig[] {
  const target = file ?? defaultSourcesFile();
  let text: string;
  try {
    text = fs.readFileSync(target, 'utf8');
  } catch {
    throw new UserError(`cannot read sources file ${target}`);
  }
  return parseSources(text, target);
}
