import type { CheerioAPI } from 'cheerio';
import { normalizeSpacing } from '../../nlp/normalize-text.js';
import { cleanAuthorNames } from './clean-author-names.js';
import { isRecord, typesOf, type JsonLdNode } from './read-json-ld.js';
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
  // Links to an author page ("/autor/max-muster", "/authors/jane-doe") name the author by themselves.
  'a[href*="/autor/" i]',
  'a[href*="/autoren/" i]',
  'a[href*="/author/" i]',
  'a[href*="/authors/" i]',
].join(',');

/** Names from a JSON-LD `author` value: a string, a Person or Organization, or a list of them. */
function jsonLdNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (isRecord(value)) {
    const name = value.name;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return name.filter((n): n is string => typeof n === 'string');
    // schema.org also allows a Person by parts: {"givenName": "Anna Giulia", "familyName": "Fink"}.
    const parts = [value.givenName, value.familyName].filter((n): n is string => typeof n === 'string');
    if (parts.length > 0) return [parts.join(' ')];
  }
  return [];
}

/** Two to four capitalised words: what a person's name in a byline looks like. */
const PERSON_NAME =
  /^(?:Dr\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:von|van|de|der|da|di|le)?\s*\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** Whether a JSON-LD author value names only organizations (typed as such, not as a Person). */
function onlyOrganizations(value: unknown): boolean {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return (
    list.length > 0 &&
    list.every(
      (item) =>
        isRecord(item) && typesOf(item).some((t) => t === 'organization' || t === 'newsmediaorganization'),
    )
  );
}

/** Whether a name is the outlet itself ("STERN.de", "mdr.de", "n-tv NACHRICHTEN" for n-tv.de). */
function isOutletName(name: string, siteName: string | null, host: string | null): boolean {
  const key = (text: string): string =>
    text
      .toLowerCase()
      .replace(/\.(?:de|com|at|ch|co\.uk|org)$/, '')
      .replace(/[^a-z0-9äöü]/g, '');
  const value = key(name);
  if (value === '') return false;
  if (/\.(?:de|com|at|ch|co\.uk|org)$/i.test(name)) return true;
  // The outlet's initials: "LTO" for "Legal Tribune Online", "FAZ" for "Frankfurter Allgemeine Zeitung".
  const initials = (siteName ?? '')
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  if (initials.length >= 2 && name.trim() === initials) return true;
  for (const other of [siteName, host?.replace(/^www\./, '').replace(/\.[a-z.]+$/, '') ?? null]) {
    if (other === null) continue;
    const otherKey = key(other);
    if (otherKey.length >= 2 && (value.includes(otherKey) || otherKey.includes(value))) return true;
  }
  return false;
}

/** The value of a twitter-card "Written by" label, in either of the two forms SEO plugins write. */
function writtenByMeta(meta: MetaTags): string[] {
  const out = [...(meta.get('twitter:misc:written by') ?? [])];
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${String(i)}`)?.[0];
    const data = meta.get(`twitter:data${String(i)}`)?.[0];
    if (
      label !== undefined &&
      data !== undefined &&
      /^(?:written by|verfasst von|autor(?:in)?)$/i.test(label.trim())
    )
      out.push(data);
  }
  return out;
}

/**
 * Names from the page's first byline element (of at most 200 characters), filtered by `accept`.
 * Only the first: further matches are as often teaser or photo credits as co-authors. Whitespace is
 * collapsed before the length check, since indented markup can make a short byline hundreds of
 * characters long.
 */
function bylineNames($: CheerioAPI, accept: (name: string) => boolean = () => true): string[] {
  for (const el of $(BYLINE_SELECTOR).slice(0, 4).toArray()) {
    const text = normalizeSpacing($(el).text());
    if (text.length <= 200) return cleanAuthorNames([text]).filter(accept);
  }
  return [];
}

/**
 * Author names by trustworthiness: the article's JSON-LD `author`, then author meta tags, then
 * visible bylines (`itemprop=author`, `rel=author`, byline/author classes). The first source that
 * yields a name wins, so a page's sidebar of other authors never mixes into a good JSON-LD answer;
 * except that when structured data only names the outlet itself (an Organization, "STERN.de"), a
 * visible byline with a person's name is preferred. Names are cleaned (no "Von"/"By", dates, job
 * titles).
 */
export function extractAuthors(
  $: CheerioAPI,
  article: JsonLdNode | null,
  meta: MetaTags,
  host: string | null = null,
): string[] {
  const siteName = firstMeta(meta, ['og:site_name', 'application-name']);
  const rawJsonLd: unknown = article?.author ?? article?.creator;
  const fromJsonLd = cleanAuthorNames(jsonLdNames(rawJsonLd));
  const metaAuthor = firstMeta(meta, AUTHOR_META);
  let fromMeta = metaAuthor === null ? [] : cleanAuthorNames([metaAuthor]);
  // The author meta tag may hold only an e-mail address; SEO plugins repeat the name as a
  // "Written by" label of the twitter card (twitter:label1/twitter:data1, twitter:misc:Written by).
  if (fromMeta.length === 0) fromMeta = cleanAuthorNames(writtenByMeta(meta));
  const structured = fromJsonLd.length > 0 ? fromJsonLd : fromMeta;
  if (structured.length === 0) return bylineNames($);
  const outletOnly =
    (fromJsonLd.length > 0 && onlyOrganizations(rawJsonLd)) ||
    structured.every((name) => isOutletName(name, siteName, host));
  if (!outletOnly) return structured;
  const byline = bylineNames(
    $,
    (name) => !isOutletName(name, siteName, host) && PERSON_NAME.test(name) && !/\p{Lu}{3,}/u.test(name),
  );
  return byline.length > 0 ? byline : structured;
}
