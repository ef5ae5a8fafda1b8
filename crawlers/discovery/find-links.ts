import * as cheerio from 'cheerio';
import { normalizeSpacing } from '../../nlp/normalize-text.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);

/** Feeds a page announces with `<link rel="alternate" type="application/rss+xml" href>`. */
export function findFeedLinks(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  const feeds: string[] = [];
  $('link[rel~="alternate"][href]').each((_, element) => {
    const type = ($(element).attr('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!FEED_TYPES.has(type)) return;
    try {
      feeds.push(new URL($(element).attr('href') ?? '', pageUrl).href);
    } catch {
      // an unusable href is not a feed
    }
  });
  return [...new Set(feeds)];
}

const NOT_ARTICLE =
  /\/(tag|tags|thema|themen|topic|topics|author|autor|autoren|category|kategorie|search|suche|login|abo|newsletter|impressum|datenschutz|privacy|about|kontakt|contact)(\/|$)/i;
const ASSET = /\.(jpe?g|png|gif|webp|svg|pdf|zip|mp3|mp4|css|js|xml|rss)$/i;

/**
 * Links on a section page that look like articles: same host, not navigation or assets, and either a
 * slug with several words, a number (date or id) in the path, or an .html page, with anchor text long
 * enough to be a headline. Heuristic on purpose: feeds and sitemaps are the main discovery paths, and
 * this catches what they miss.
 */
export function findArticleLinks(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  const base = new URL(pageUrl);
  const found = new Set<string>();
  $('a[href]').each((_, element) => {
    let url: URL;
    try {
      url = new URL($(element).attr('href') ?? '', base);
    } catch {
      return;
    }
    if (url.host !== base.host || (url.protocol !== 'https:' && url.protocol !== 'http:')) return;
    const path = url.pathname;
    if (path === '/' || NOT_ARTICLE.test(path) || ASSET.test(path)) return;
    const last = path.split('/').filter(Boolean).pop() ?? '';
    const slugWords = last
      .replace(/\.html?$/, '')
      .split(/[-_]/)
      .filter((w) => /[a-zäöüß]/i.test(w)).length;
    const looksLikeArticle = slugWords >= 3 || /\d{4,}/.test(path) || /\.html?$/.test(path);
    const text = normalizeSpacing($(element).text());
    if (!looksLikeArticle || text.length < 20) return;
    url.hash = '';
    found.add(url.href);
  });
  return [...found];
}
