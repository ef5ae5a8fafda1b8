import { z } from 'zod';
import { EVENT_TYPES } from '../nlp/types.js';

/**
 * What a subscriber watches. An empty `entities` list watches every entity; `types` and `languages`
 * narrow events (empty: all); an event needs `minSources` sources in the watched languages;
 * `savedSearches` names saved searches whose new hits get their own section; `candidates` adds the
 * new candidate entities discovery found (new models are the product's most valuable news).
 */
export const watchListSchema = z
  .object({
    entities: z
      .array(z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'an entity id such as deepseek-r2'))
      .max(500)
      .default([]),
    types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'a language code such as de or en'))
      .max(10)
      .default([]),
    minSources: z.number().int().min(1).max(100).default(1),
    savedSearches: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    candidates: z.boolean().default(true),
  })
  .strict();

export type WatchList = z.infer<typeof watchListSchema>;

/** A watch list from its stored JSON; a damaged row reads as "watch everything" rather than failing a send. */
export function parseWatchList(json: string): WatchList {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = {};
  }
  const parsed = watchListSchema.safeParse(value);
  return parsed.success ? parsed.data : watchListSchema.parse({});
}
