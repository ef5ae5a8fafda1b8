import * as cheerio from 'cheerio';
import { normalizeSpacing } from '../../nlp/normalize-text.js';
import { canonicalizeUrl } from './canonical-url.js';
import { copyString } from './copy-string.js';
import { extractAuthors } from './extract-authors.js';
import { extractBodyParagraphs } from './extract-body.js';
import { extractDates } from './extract-dates.js';
import { extractLanguage } from './extract-language.js';
import { extractTitle } from './extract-title.js';
import { findArticleNode, isRecord, readJsonLd, stringProp, type JsonLdNode } from './read-json-ld.js';
import { firstMeta, readMetaTags, type MetaTags } from './read-meta-tags.js';
import type { ExtractedArticle, ExtractOptions } from './types.js';

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (href === null || href === undefined || href.trim() === '') return null;
  try {
    const resolved = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
    return canonicalizeUrl(resolved.toString());
  } catch {
    return null;
  }
}

function extractTopics(article: JsonLdNode | null, meta: MetaTags): string[] {
  const raw: string[] = [];
  const keywords = article?.keywords;
  if (typeof keywords === 'string') raw.push(...keywords.split(','));
  else if (Array.isArray(keywords)) raw.push(...keywords.filter((k): k is string => typeof k === 'string'));
  if (raw.length === 0) {
    const tags = meta.get('article:tag') ?? [];
    const metaKeywords = firstMeta(meta, ['news_keywords', 'keywords']);
    if (tags.length > 0) raw.push(...tags);
    else if (metaKeywords !== null) raw.push(...metaKeywords.split(','));
  }
  const topics = new Map<string, string>();
  for (const entry of raw) {
    const topic = normalizeSpacing(entry);
    if (topic !== '' && topic.length < 80 && !topics.has(topic.toLowerCase()))
      topics.set(topic.toLowerCase(), topic);
  }
  return [...topics.values()];
}

function looksPaywalled($: cheerio.CheerioAPI, article: JsonLdNode | null): boolean {
  if (article === null) return $('[class*="paywall" i]').text().trim().length > 0;
  const free = article.isAccessibleForFree;
  if (free === false || (typeof free === 'string' && free.toLowerCase() === 'false')) return true;
  const part = article.hasPart;
  const parts = Array.isArray(part) ? part : [part];
  if (
    parts.some((p) => isRecord(p) && (p.isAccessibleForFree === false || p.isAccessibleForFree === 'False'))
  ) {
    return true;
  }
  return (
    $('[class*="paywall" i]:not(body):not(html)').length > 0 && $('[class*="paywall" i]').text().length > 0
  );
}

/**
 * Extracts one article from an HTML page: title, authors, dates, canonical URL, language hint,
 * section, topics, a paywall guess and the main text as paragraphs in reading order, without
 * navigation, teasers, banners, share buttons, comments, newsletter boxes, ads and stock promotions.
 * Pure and synchronous (cheerio only: no DOM emulation, no network), so crawlers, the CLI and tests
 * can call it on any string; a page that is not an article gives empty text rather than an error.
 * Returned strings are copies, so the parsed page can be garbage-collected at once.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  // htmlparser2 in HTML mode rather than parse5: about five times faster on news pages, and the
  // spec's tree-repair rules that parse5 adds do not change which text blocks a page has.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const baseUrl = options.url ?? null;
  const nodes = readJsonLd($);
  const article = findArticleNode(nodes);
  const meta = readMetaTags($);

  const title = extractTitle($, article, meta);
  const authors = extractAuthors($, article, meta);
  const { publishedAt, modifiedAt } = extractDates($, article, meta);
  const languageHint = extractLanguage($, article, meta);
  const canonicalUrl =
    resolveUrl($('link[rel~="canonical" i]').attr('href'), baseUrl) ??
    resolveUrl(firstMeta(meta, ['og:url']), baseUrl) ??
    resolveUrl(stringProp(article, 'url'), baseUrl);
  const sectionRaw = stringProp(article, 'articleSection') ?? firstMeta(meta, ['article:section', 'section']);
  const topics = extractTopics(article, meta);
  const paywalled = looksPaywalled($, article);

  const root = $.root().children('html').get(0) ?? $('body').get(0);
  const paragraphs = (root === undefined ? [] : extractBodyParagraphs(root, title)).map(copyString);
  const section = sectionRaw === null ? '' : normalizeSpacing(sectionRaw);

  return {
    url: baseUrl === null ? null : copyString(baseUrl),
    canonicalUrl,
    title: copyString(title),
    authors: authors.map(copyString),
    publishedAt,
    modifiedAt,
    languageHint,
    section: section === '' ? null : copyString(section),
    topics: topics.map(copyString),
    paywalled,
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
}
