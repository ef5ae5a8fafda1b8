import type { CheerioAPI } from 'cheerio';
import { normalizeSpacing } from '../../nlp/normalize-text.js';
import { decodeEntities } from './decode-entities.js';
import { stringProp, type JsonLdNode } from './read-json-ld.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

const SUFFIX_SEPARATORS = /\s+(?:\||–|—|-|::|·|»|\/|\*)\s+/u;

/**
 * Removes trailing (or leading) site names, dates and bylines from a title such as
 * "Headline | Site | 28.04.2023", repeatedly; see `stripOnce` for when a part counts as a suffix.
 */
export function stripSiteName(title: string, siteName: string | null): string {
  let current = title;
  for (let i = 0; i < 3; i++) {
    const next = stripOnce(current, siteName);
    if (next === current || next.trim() === '') break;
    current = next;
  }
  return current;
}

/**
 * Removes one trailing (or leading) site name from a title such as "Headline | Site" or
 * "Site - Headline". A part is only dropped when it is the site's name or clearly shorter than what
 * remains, so headlines that contain a dash ("Berlin - die Stadt") survive.
 */
function stripOnce(title: string, siteName: string | null): string {
  const parts = title.split(SUFFIX_SEPARATORS);
  if (parts.length < 2) return title;
  const site = (siteName ?? '')
    .trim()
    .toLowerCase()
    .replace(/\.(?:com|de|at|ch|co\.uk|org|net)$/, '');
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const isSite = (part: string): boolean => {
    const lower = part.toLowerCase();
    return site !== '' && (lower === site || lower.includes(site) || site.includes(lower));
  };
  if (isSite(last)) return title.slice(0, title.lastIndexOf(last)).replace(SUFFIX_TRAIL, '');
  if (isSite(first)) return title.slice(first.length).replace(SUFFIX_LEAD, '');
  const rest = title.slice(0, title.lastIndexOf(last)).replace(SUFFIX_TRAIL, '');
  const words = last.split(/\s+/).length;
  // A pipe almost always separates the site name; a dash only when the tail is clearly short.
  const strong = /\s(?:\||::|·|»|\*)\s/u.test(title.slice(rest.length, rest.length + 5));
  if (words <= 4 && (strong || rest.length > last.length * 2)) return rest;
  return title;
}

const SUFFIX_TRAIL = /\s*(?:\||–|—|-|::|·|»|\/|\*)\s*$/u;
const SUFFIX_LEAD = /^\s*(?:\||–|—|-|::|·|»|\/|\*)\s*/u;

/**
 * The headline: og:title, then JSON-LD `headline`, twitter:title, the first `<h1>`, then `<title>`;
 * site names are stripped and character references decoded. og:title comes first because it is
 * what the publisher shows when the article is shared (JSON-LD headlines are often shortened for
 * search), `<h1>` is sometimes the site logo and `<title>` carries SEO suffixes.
 */
export function extractTitle($: CheerioAPI, article: JsonLdNode | null, meta: MetaTags): string {
  const siteName = firstMeta(meta, ['og:site_name', 'application-name', 'publisher']);
  const h1 = normalizeSpacing($('h1').first().text());
  const candidates = [
    firstMeta(meta, ['og:title']),
    stringProp(article, 'headline'),
    firstMeta(meta, ['twitter:title', 'title', 'dc.title']),
    h1,
    $('title').first().text(),
  ];
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const text = normalizeSpacing(decodeEntities(candidate));
    if (text === '') continue;
    const stripped = normalizeSpacing(stripSiteName(text, siteName));
    return stripped === '' ? text : stripped;
  }
  return '';
}
