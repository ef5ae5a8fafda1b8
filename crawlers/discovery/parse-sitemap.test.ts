import { findArticleLinks, findFeedLinks } from './find-links.js';
import { parseSitemap } from './parse-sitemap.js';

describe('parseSitemap', () => {
  it('reads a sitemap index', () => {
    const map = parseSitemap(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
       <sitemap><loc>https://n.example/news-1.xml.gz</loc></sitemap><sitemap><loc> </loc></sitemap></sitemapindex>`,
      'https://n.example/sitemap.xml',
    );
    expect(map).toMatchObject({ kind: 'index', sitemaps: ['https://n.example/news-1.xml.gz'] });
    expect(map.errors).toHaveLength(1);
  });

  it('reads a news sitemap with publication dates and titles', () => {
    const map = parseSitemap(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
       <url><loc>https://n.example/a/r2-verschoben</loc><news:news><news:publication_date>2025-08-14T10:15:00+02:00</news:publication_date>
       <news:title>R2 verschoben</news:title></news:news></url>
       <url><loc>https://n.example/b</loc><lastmod>2025-08-15</lastmod></url></urlset>`,
      'https://n.example/news.xml',
    );
    expect(map.urls).toEqual([
      {
        url: 'https://n.example/a/r2-verschoben',
        publishedAt: '2025-08-14T08:15:00.000Z',
        title: 'R2 verschoben',
      },
      { url: 'https://n.example/b', publishedAt: '2025-08-15T00:00:00.000Z', title: null },
    ]);
  });

  it('says so when the document is not a sitemap', () => {
    expect(parseSitemap('<html></html>', 'https://n.example/x').errors[0]).toMatch(/not a sitemap/);
  });
});

describe('link discovery', () => {
  const page = `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">
    <link rel="alternate" hreflang="en" href="/en/"></head><body>
    <nav><a href="/">Start</a><a href="/thema/ki">KI</a><a href="/impressum">Impressum</a></nav>
    <a href="/tech/deepseek-verschiebt-r2-modell">DeepSeek verschiebt sein R2-Modell auf unbestimmte Zeit</a>
    <a href="/news/2025/08/14/123456">Nvidia erhält Exportlizenz für H20-Chips nach China</a>
    <a href="https://other.example/tech/a-b-c-d">Ein fremder Artikel mit langem Titel hier</a>
    <a href="/tech/kurz">Kurz</a><a href="/bilder/foto.jpg">Ein Foto mit sehr langer Unterschrift hier</a></body></html>`;

  it('finds announced feeds', () => {
    expect(findFeedLinks(page, 'https://n.example/')).toEqual(['https://n.example/feed.xml']);
  });

  it('finds article-like links on the same host only', () => {
    expect(findArticleLinks(page, 'https://n.example/tech/')).toEqual([
      'https://n.example/tech/deepseek-verschiebt-r2-modell',
      'https://n.example/news/2025/08/14/123456',
    ]);
  });
});
