import * as cheerio from 'cheerio';

export interface FeedItem {
  /** Absolute URL of the linked article. */
  url: string;
  title: string | null;
  /** ISO 8601 or null. */
  publishedAt: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'unknown';
  items: FeedItem[];
  /** What could not be read; the items that could are still returned. */
  errors: string[];
}

function toIso(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads the article links of an RSS 2.0, Atom or RDF (RSS 1.0) feed. Parsing is lenient on purpose:
 * a malformed feed yields every item that can still be read, and each unreadable item is reported in
 * `errors` instead of failing the whole feed.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const $ = cheerio.load(xml, { xml: true });
  const errors: string[] = [];
  const items: FeedItem[] = [];
  const root = $.root().children().first();
  const rootName = root.prop('tagName')?.toLowerCase() ?? '';
  let format: ParsedFeed['format'] = 'unknown';
  if (rootName === 'rss') format = 'rss';
  else if (rootName === 'feed') format = 'atom';
  else if (rootName.endsWith('rdf')) format = 'rdf';

  const entries = format === 'atom' ? $('entry') : $('item');
  entries.each((index, element) => {
    const entry = $(element);
    let href: string | undefined;
    if (format === 'atom') {
      const links = entry.find('link');
      const alternate = links
        .filter((_, link) => ($(link).attr('rel') ?? 'alternate') === 'alternate')
        .first();
      href = (alternate.length ? alternate : links.first()).attr('href');
    } else {
      href = entry.find('link').first().text() || entry.attr('rdf:about');
      const guid = entry.find('guid').first();
      if (!href && guid.attr('isPermaLink') !== 'false') href = guid.text();
    }
    const url = absolute(href, feedUrl);
    if (!url) {
      errors.push(`item ${index + 1}: no usable link`);
      return;
    }
    const title = entry.find('title').first().text().trim();
    const date =
      entry.find('pubDate').first().text() ||
      entry.find('published').first().text() ||
      entry.find('updated').first().text() ||
      entry.find('dc\\:date').first().text();
    items.push({ url, title: title || null, publishedAt: toIso(date) });
  });
  if (format === 'unknown')
    errors.push(`not an RSS, Atom or RDF feed (root element <${rootName || 'none'}>)`);
  return { format, items, errors };
}
