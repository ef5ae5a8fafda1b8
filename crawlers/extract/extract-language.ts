import type { CheerioAPI } from 'cheerio';
import { stringProp, type JsonLdNode } from './read-json-ld.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

/** The two-letter primary subtag of a language tag ("de-AT", "de_DE", "en"), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (tag === null || tag === undefined) return null;
  const match = /^\s*([a-z]{2})(?:$|[-_\s])/i.exec(tag);
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * The language the page declares for itself: `<html lang>`, then og:locale, the Content-Language
 * meta and JSON-LD `inLanguage`. Only a hint: templates are sometimes wrong, so nlp/ still detects
 * the language of the text and uses this as a fallback for short or ambiguous texts.
 */
export function extractLanguage($: CheerioAPI, article: JsonLdNode | null, meta: MetaTags): string | null {
  return (
    primaryLanguage($('html').attr('lang')) ??
    primaryLanguage($('html').attr('xml:lang')) ??
    primaryLanguage(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language'])) ??
    primaryLanguage(stringProp(article, 'inLanguage'))
  );
}
