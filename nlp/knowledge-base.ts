/**
 * The curated knowledge base of organizations, models and chips that nlp/ links mentions to. The data
 * lives in nlp/kb/*.json so that analysts can extend it without touching code; this module validates
 * it once and exposes lookups. Entity ids are stable slugs (deepseek, deepseek-r2, alibaba-qwen3,
 * nvidia-h20, huawei-ascend-910c): the store seeds its Entity table from `defaultKnowledgeBase.entries`.
 */
import { z } from 'zod';
import chipsData from './kb/chips.json' with { type: 'json' };
import modelsData from './kb/models.json' with { type: 'json' };
import organizationsData from './kb/organizations.json' with { type: 'json' };
import { ENTITY_KINDS, type EntityKind } from './types.js';

/** One curated entity. */
export interface KbEntry {
  /** Stable slug, never reused for another entity. */
  id: string;
  kind: EntityKind;
  /** Canonical display name. */
  name: string;
  /** Surface forms in German and English texts, including the name itself. */
  aliases: string[];
  /** Entity id of the company that develops or makes it. */
  developer?: string;
  /** Entity id of the family it belongs to (huawei-ascend-910c -> huawei-ascend). */
  family?: string;
  /**
   * Aliases that also mean something else ("R2", "Ascend", "H20", "Gemini"): they link only with
   * support from the context (the developer, the family or a sibling named in the text, or a
   * kind word such as "Modell"/"chip" in the same sentence) and only with matching capitalisation.
   */
  ambiguous?: string[];
  /** Lower-case words that veto an ambiguous alias in the same text ("cloudflare" for R2). */
  exclude?: string[];
  /**
   * A name found by discovery in an earlier article and stored, not curated yet: it links like any
   * entry, and what links to it is reported as a candidate so the store never mistakes it for curated.
   */
  candidate?: boolean;
}

/** A validated, indexed knowledge base. */
export interface KnowledgeBase {
  readonly entries: readonly KbEntry[];
  readonly byId: ReadonlyMap<string, KbEntry>;
}

const entrySchema = z.object({
  // The API's entity id pattern: curated slugs and ids editors create share one namespace.
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/),
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  developer: z.string().optional(),
  family: z.string().optional(),
  ambiguous: z.array(z.string()).optional(),
  exclude: z.array(z.string()).optional(),
  candidate: z.boolean().optional(),
});

function toEntry(raw: z.infer<typeof entrySchema>): KbEntry {
  const entry: KbEntry = { id: raw.id, kind: raw.kind, name: raw.name, aliases: raw.aliases };
  if (raw.developer !== undefined) entry.developer = raw.developer;
  if (raw.family !== undefined) entry.family = raw.family;
  if (raw.ambiguous !== undefined) entry.ambiguous = raw.ambiguous;
  if (raw.exclude !== undefined) entry.exclude = raw.exclude.map((w) => w.toLowerCase());
  if (raw.candidate === true) entry.candidate = true;
  return entry;
}

/**
 * Builds a knowledge base from raw entries. Throws when an entry is malformed, an id repeats, or a
 * `developer`/`family` points at an id that does not exist: a broken knowledge base is a bug in the
 * data and must fail loudly at start-up, not mislink mentions later.
 */
export function createKnowledgeBase(rawEntries: readonly unknown[]): KnowledgeBase {
  const entries = rawEntries.map((raw, i) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) throw new Error(`knowledge base entry ${i}: ${parsed.error.message}`);
    return toEntry(parsed.data);
  });
  const byId = new Map<string, KbEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`knowledge base: duplicate id ${entry.id}`);
    byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    for (const ref of [entry.developer, entry.family]) {
      if (ref !== undefined && !byId.has(ref)) {
        throw new Error(`knowledge base: ${entry.id} refers to unknown id ${ref}`);
      }
    }
    for (const alias of entry.ambiguous ?? []) {
      if (!entry.aliases.includes(alias)) {
        throw new Error(`knowledge base: ${entry.id} marks "${alias}" ambiguous but it is not an alias`);
      }
    }
  }
  return { entries, byId };
}

/** The curated knowledge base shipped in nlp/kb/. */
export const defaultKnowledgeBase: KnowledgeBase = createKnowledgeBase([
  ...organizationsData,
  ...modelsData,
  ...chipsData,
]);

/** An entity as the store holds it: curated, created by an editor, discovered, or merged into another. */
export interface StoredEntity {
  id: string;
  kind: string;
  name: string;
  developerId: string | null;
  family: string | null;
  mergedIntoId: string | null;
  aliases: readonly string[];
  /** Discovered in an earlier article and not curated yet. */
  candidate?: boolean | undefined;
}

/**
 * The curated knowledge base extended with what the store holds, so that new articles link what the API
 * was told and what earlier articles discovered: aliases added to known entities, entities created through
 * the API, stored candidates (kept flagged as {@link KbEntry.candidate}), and merges (a merged
 * entity leaves the knowledge base; its aliases now belong to its target, and references to it point
 * there). Curated entries keep their ambiguity rules; stored aliases are added only when no alias of the
 * entry already has that spelling in any case. An entity of a kind the NLP does not know is left out
 * rather than failing a crawl.
 */
export function extendKnowledgeBase(base: KnowledgeBase, stored: readonly StoredEntity[]): KnowledgeBase {
  const byId = new Map(stored.map((e) => [e.id, e]));
  const resolve = (id: string | null | undefined): string | undefined => {
    let current = id ?? undefined;
    for (let hop = 0; hop < 5 && current !== undefined; hop++) {
      const next = byId.get(current)?.mergedIntoId;
      if (next === null || next === undefined) return current;
      current = next;
    }
    return current;
  };
  const isMerged = (id: string) => (byId.get(id)?.mergedIntoId ?? null) !== null;
  const withAliases = (known: readonly string[], more: readonly string[]) => {
    const keys = new Set(known.map((a) => a.toLowerCase()));
    const out = [...known];
    for (const alias of more) {
      const key = alias.toLowerCase();
      if (!keys.has(key)) {
        keys.add(key);
        out.push(alias);
      }
    }
    return out;
  };
  const entries: KbEntry[] = [];
  for (const entry of base.entries) {
    if (isMerged(entry.id)) continue;
    // A merge copies the merged entity's name and aliases onto its target in the store.
    entries.push({ ...entry, aliases: withAliases(entry.aliases, byId.get(entry.id)?.aliases ?? []) });
  }
  const known = new Set(entries.map((e) => e.id));
  for (const entity of stored) {
    // Curated entries are in `known` already, or merged away.
    if (known.has(entity.id) || entity.mergedIntoId !== null) continue;
    if (!(ENTITY_KINDS as readonly string[]).includes(entity.kind)) continue;
    if (!entrySchema.shape.id.safeParse(entity.id).success) continue;
    entries.push({
      id: entity.id,
      kind: entity.kind as EntityKind,
      name: entity.name,
      aliases: withAliases([entity.name], entity.aliases),
      ...(entity.candidate === true ? { candidate: true } : {}),
    });
    known.add(entity.id);
  }
  for (const entry of entries) {
    const row = byId.get(entry.id);
    const developer = resolve(entry.developer ?? row?.developerId);
    const family = resolve(entry.family ?? row?.family);
    if (developer !== undefined && known.has(developer) && developer !== entry.id)
      entry.developer = developer;
    else delete entry.developer;
    if (family !== undefined && known.has(family) && family !== entry.id) entry.family = family;
    else delete entry.family;
  }
  return createKnowledgeBase(entries);
}

const productAliasCache = new WeakMap<KnowledgeBase, Map<string, KbEntry>>();

/**
 * The models and chips of a knowledge base by alias, lower-cased with hyphens read as spaces ("hunyuan"
 * -> Hunyuan, "kimi k2" -> Kimi K2), built once per knowledge base: the open-world name shapes look up
 * a word or the first words of a name in it.
 */
export function productByAlias(kb: KnowledgeBase): ReadonlyMap<string, KbEntry> {
  let map = productAliasCache.get(kb);
  if (map === undefined) {
    map = new Map();
    for (const e of kb.entries)
      if (e.kind !== 'organization')
        for (const a of e.aliases)
          map.set(
            a
              .toLowerCase()
              .split(/[\s-]+/u)
              .join(' '),
            e,
          );
    productAliasCache.set(kb, map);
  }
  return map;
}
