import type { CheerioAPI } from 'cheerio';

/** Meta tag contents keyed by lower-cased name, property or itemprop, in page order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/**
 * Collects `<meta name|property|itemprop content>` values (and `<meta itemprop>` microdata, which
 * some sites use instead of JSON-LD) so each metadata extractor can ask for its keys by priority.
 */
export function readMetaTags($: CheerioAPI): MetaTags {
  const tags = new Map<string, string[]>();
  $('meta').each((_, el) => {
    const attribs = el.attribs;
    const content = attribs.content ?? attribs.value;
    if (content === undefined || content.trim() === '') return;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = attribs[attr]?.trim().toLowerCase();
      if (key === undefined || key === '') continue;
      const list = tags.get(key);
      if (list === undefined) tags.set(key, [content.trim()]);
      else list.push(content.trim());
    }
  });
  return tags;
}

/** The first value found for the given keys, tried in order. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
