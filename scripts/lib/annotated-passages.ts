/**
 * The annotated passage sets (shared real passages and the project's own), their schema, and the
 * matching rule shared by the evaluation and the scorer's training: a found name matches a gold
 * subject or entity when it is the gold canonical name or one of its accepted forms, or when the gold
 * canonical name is one of the found entity's aliases (case, spaces and hyphens ignored).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { defaultKnowledgeBase } from '../../nlp/knowledge-base.js';
import { EVENT_TYPES } from '../../nlp/types.js';

export const itemSchema = z.object({
  id: z.string(),
  lang: z.string(),
  published: z.string().nullable().optional(),
  text: z.string(),
  entities: z.array(z.object({ kind: z.string(), canonical: z.string(), accept: z.array(z.string()) })),
  events: z.array(
    z.object({
      type: z.enum(EVENT_TYPES),
      subject: z.string(),
      accept_subject: z.array(z.string()),
      date: z.string().nullable(),
    }),
  ),
});
export type Item = z.infer<typeof itemSchema>;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A passage set; `heldOut` sets only ever print totals and are never trained or tuned on. */
export interface PassageSet {
  name: string;
  file: string;
  heldOut?: boolean;
}

const shared = (rel: string): string => path.resolve(repoRoot, '../shared/data', rel);
const own = (rel: string): string => path.resolve(repoRoot, 'nlp/__fixtures__', rel);

export const SHARED_DEV = shared('nlp-dev/dev.jsonl');
export const SHARED_DEV_2 = shared('nlp-dev-2/dev-2.jsonl');
export const SHARED_VAL = shared('nlp-val/val.jsonl');
export const OWN_PASSAGES = own('passages.jsonl');
export const OWN_HOLDOUT_1 = own('holdout.jsonl');
export const OWN_HOLDOUT_2 = own('holdout-2.jsonl');
export const OWN_HOLDOUT_3 = own('holdout-3.jsonl');
export const OWN_HOLDOUT_4 = own('holdout-4.jsonl');

/** The items of a set, or null when its file is absent (the shared data lives outside the repo). */
export function loadItems(file: string): Item[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = itemSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, '');

function namesOf(id: string, name: string): Set<string> {
  const entry = defaultKnowledgeBase.byId.get(id);
  return new Set([name, ...(entry?.aliases ?? [])].map(norm));
}

/** Whether a found entity (id, name, aliases) matches a gold name list (canonical first). */
export function matchesGold(
  predId: string,
  predName: string,
  predAliases: readonly string[],
  gold: readonly string[],
): boolean {
  const goldSet = new Set(gold.map(norm));
  const pred = namesOf(predId, predName);
  for (const a of predAliases) pred.add(norm(a));
  if (goldSet.has(norm(predName))) return true;
  return gold[0] !== undefined && pred.has(norm(gold[0]));
}
