import * as cheerio from 'cheerio';

export interface ParsedSitemap {
  kind: 'index' | 'urlset' | 'unknown';
  /** Child sitemaps of an index. */
  sitemaps: string[];
  /** Page URLs of a urlset, with the date a news sitemap or lastmod gives. */
  urls: { url: string; publishedAt: string | null; title: string | null }[];
  errors: string[];
}

function iso(value: string): string | null {
  const time = Date.parse(value.trim());
  return value.trim() && !Number.isNaN(time) ? new Date(time).toISOString() : null;
}

/**
 * Reads a sitemap index or urlset, including Google News extensions (`news:publication_date`,
 * `news:title`). Entries without a usable http(s) `<loc>` are reported in `errors` and skipped.
 */
export function parseSitemap(xml: string, sitemapUrl: string): ParsedSitemap {
  const $ = cheerio.load(xml, { xml: true });
  const rootName = $.root().children().first().prop('tagName')?.toLowerCase() ?? '';
  const result: ParsedSitemap = { kind: 'unknown', sitemaps: [], urls: [], errors: [] };
  const resolve = (loc: string): string | null => {
    if (!loc.trim()) return null;
    try {
      const url = new URL(loc.trim(), sitemapUrl);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };
  if (rootName === 'sitemapindex') {
    result.kind = 'index';
    $('sitemap').each((index, element) => {
      const url = resolve($(element).children('loc').text());
      if (url) result.sitemaps.push(url);
      else result.errors.push(`sitemap ${index + 1}: no usable <loc>`);
    });
  } else if (rootName === 'urlset') {
    result.kind = 'urlset';
    $('url').each((index, element) => {
      const entry = $(element);
      const url = resolve(entry.children('loc').text());
      if (!url) {
        result.errors.push(`url ${index + 1}: no usable <loc>`);
        return;
      }
      const date = entry.find('news\\:publication_date').text() || entry.children('lastmod').text();
      const title = entry.find('news\\:title').text().trim();
      result.urls.push({ url, publishedAt: iso(date), title: title || null });
    });
  } else {
    result.errors.push(`not a sitemap (root element <${rootName || 'none'}>)`);
  }
  return result;
}
