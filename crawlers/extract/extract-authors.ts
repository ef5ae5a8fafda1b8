import type { CheerioAPI } from 'cheerio';
import { cleanAuthorNames } from './clean-author-names.js';
import { isRecord, type JsonLdNode } from './read-json-ld.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

const AUTHOR_META = [
  'author',
  'article:author',
  'og:article:author',
  'dc.creator',
  'dcterms.creator',
  'sailthru.author',
  'parsely-author',
  'byl',
  'cxenseparse:author',
];

const BYLINE_SELECTOR = [
  '[itemprop="author" i] [itemprop="name" i]',
  '[itemprop="author" i]',
  'a[rel="author" i]',
  '[class*="byline" i] [class*="author" i]',
  '[class*="author-name" i]',
  '[class*="authorname" i]',
  '[class*="byline" i]',
  '[class*="author" i]',
].join(',');

/** Names from a JSON-LD `author` value: a string, a Person or Organization, or a list of them. */
function jsonLdNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (isRecord(value)) {
    const name = value.name;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return name.filter((n): n is string => typeof n === 'string');
  }
  return [];
}

/**
 * Author names by trustworthiness: the article's JSON-LD `author`, then author meta tags, then
 * visible bylines (`itemprop=author`, `rel=author`, byline/author classes). The first source that
 * yields a name wins, so a page's sidebar of other authors never mixes into a good JSON-LD answer.
 * Names are cleaned (no "Von"/"By", dates, job titles).
 */
export function extractAuthors($: CheerioAPI, article: JsonLdNode | null, meta: MetaTags): string[] {
  const fromJsonLd = cleanAuthorNames(jsonLdNames(article?.author ?? article?.creator));
  if (fromJsonLd.length > 0) return fromJsonLd;

  const metaAuthor = firstMeta(meta, AUTHOR_META);
  if (metaAuthor !== null) {
    const fromMeta = cleanAuthorNames([metaAuthor]);
    if (fromMeta.length > 0) return fromMeta;
  }

  const bylines: string[] = [];
  $(BYLINE_SELECTOR)
    .slice(0, 4)
    .each((_, el) => {
      const text = $(el).text();
      if (text.length <= 200) bylines.push(text);
    });
  return cleanAuthorNames(bylines.slice(0, 1));
}
