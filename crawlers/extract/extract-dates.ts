import type { CheerioAPI } from 'cheerio';
import { normalizeDate } from './normalize-date.js';
import { stringProp, type JsonLdNode } from './read-json-ld.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dcterms.created',
  'dcterms.date',
  'dc.date.issued',
  'dc.date.created',
  'dc.date',
  'date',
  'article:published',
  'cxenseparse:recs:publishtime',
  'og:pubdate',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'article.updated',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'lastmod',
];

/** Places where publishers print the date as text, tried when there is no markup. */
const DATE_TEXT_SELECTOR = [
  '[class*="date" i]',
  '[class*="datum" i]',
  '[class*="time" i]',
  '[class*="publish" i]',
  '[class*="byline" i]',
  '[class*="meta" i]',
  '[id*="date" i]',
].join(',');

export interface ArticleDates {
  publishedAt: string | null;
  modifiedAt: string | null;
}

function firstValid(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined) continue;
    const date = normalizeDate(candidate);
    if (date !== null) return date;
  }
  return null;
}

/**
 * Published and modified dates by trustworthiness: the article's JSON-LD, then Open Graph / article
 * meta tags and other common meta names, then `<time>` elements (those marked as the publication
 * date first), then dates printed in date-like elements near the top of the page. Structured data
 * comes first because visible dates are often relative ("vor 2 Stunden") or belong to teasers.
 */
export function extractDates($: CheerioAPI, article: JsonLdNode | null, meta: MetaTags): ArticleDates {
  const publishedAt =
    firstValid([
      stringProp(article, 'datePublished'),
      stringProp(article, 'dateCreated'),
      firstMeta(meta, PUBLISHED_META),
      $('time[itemprop="datePublished" i]').attr('datetime'),
      $('[itemprop="datePublished" i]').first().text(),
      $('time[pubdate]').attr('datetime'),
      $('article time[datetime], main time[datetime]').first().attr('datetime'),
      $('time[datetime]').first().attr('datetime'),
      stringProp(article, 'dateModified'),
    ]) ?? dateFromText($);
  const modifiedAt = firstValid([
    stringProp(article, 'dateModified'),
    firstMeta(meta, MODIFIED_META),
    $('time[itemprop="dateModified" i]').attr('datetime'),
  ]);
  return { publishedAt, modifiedAt };
}

/**
 * Dates printed as text. Searched outward from the headline (its parent, then grandparent, ...)
 * because pages list teasers with their own dates before the article; then the whole page.
 */
function dateFromText($: CheerioAPI): string | null {
  const scopes: ReturnType<CheerioAPI>[] = [];
  let scope = $('h1').first().parent();
  for (let level = 0; level < 5 && scope.length > 0; level++) {
    scopes.push(scope);
    scope = scope.parent();
  }
  scopes.push($.root());
  for (const current of scopes) {
    const candidates: string[] = [];
    current.find('time').each((_, el) => {
      candidates.push($(el).text());
    });
    current.find(DATE_TEXT_SELECTOR).each((_, el) => {
      const text = $(el).text();
      if (text.length < 200) candidates.push(text);
    });
    const found = firstValid(candidates);
    if (found !== null) return found;
  }
  return null;
}
