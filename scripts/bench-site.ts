import http from 'node:http';
import type { AddressInfo } from 'node:net';

const COMPANIES = [
  ['DeepSeek', 'R2'],
  ['Alibaba', 'Qwen3'],
  ['Moonshot AI', 'Kimi K2'],
  ['Zhipu', 'GLM-4.5'],
  ['Baidu', 'Ernie 4.5'],
  ['Tencent', 'Hunyuan'],
] as const;
const CHIPS = ['H20', 'Ascend 910C', 'H800', 'MI308', 'Blackwell'] as const;

/** One synthetic article of our own writing, about 2,500 characters, varied by index. */
export function syntheticArticle(
  index: number,
  base: string,
): { title: string; html: string; published: string } {
  const pair = COMPANIES[index % COMPANIES.length] ?? COMPANIES[0];
  const [company, model] = pair;
  const chip = CHIPS[index % CHIPS.length] ?? CHIPS[0];
  const day = String((index % 28) + 1).padStart(2, '0');
  const published = `2025-07-${day}T08:00:00Z`;
  const title = `${company} update ${index}: ${model} and the ${chip} question`;
  const paragraphs = [
    `${company} said on Tuesday that work on ${model} continues, according to people familiar with the plans, while engineers compare runs on ${chip} accelerators with earlier clusters.`,
    `The company did not give a date for the next version. Analysts expect further announcements in the coming weeks, pointing to hiring and to new data-centre contracts signed in the spring.`,
    `Supply of ${chip} parts remains tight, two suppliers said. Prices for rented capacity rose by ${(index % 9) + 2} percent over the quarter, and several customers reported waiting lists.`,
    `Competitors are watching closely. A rival team published benchmark results last month and said its own system handled long documents better, a claim that could not be verified independently.`,
    `Item number ${index} in this sample set exists only to measure the crawler; its wording is generated from a template written for modelwatch and describes no real event.`,
  ];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench News</title>
<link rel="canonical" href="${base}/news/${index}.html"><meta property="article:published_time" content="${published}">
</head><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Sam Sample</p>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>More news</h2><ul><li><a href="/news/${index + 1}.html">Next story</a></li></ul></aside></main>
<footer><p>Bench News sample site</p></footer></body></html>`;
  return { title, html, published };
}

export interface BenchSite {
  baseUrl: string;
  requests: () => number;
  close(): Promise<void>;
}

/**
 * A loopback news site with `count` articles listed in a sitemap index of news sitemaps (500 per file),
 * for crawl benchmarks. Pages are rendered on request, so the site costs little memory.
 */
export async function startBenchSite(count: number): Promise<BenchSite> {
  let requests = 0;
  let base = '';
  const perSitemap = 500;
  const server = http.createServer((req, res) => {
    requests += 1;
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    if (path === '/sitemap-index.xml') {
      const files = Math.ceil(count / perSitemap);
      const body = Array.from(
        { length: files },
        (_, i) => `<sitemap><loc>${base}/sitemap-${i}.xml</loc></sitemap>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<sitemapindex>${body}</sitemapindex>`);
      return;
    }
    const sitemap = /^\/sitemap-(\d+)\.xml$/.exec(path);
    if (sitemap) {
      const start = Number(sitemap[1]) * perSitemap;
      const urls = Array.from({ length: Math.max(0, Math.min(perSitemap, count - start)) }, (_, i) => {
        const { published } = syntheticArticle(start + i, base);
        return `<url><loc>${base}/news/${start + i}.html</loc><lastmod>${published}</lastmod></url>`;
      }).join('');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${urls}</urlset>`);
      return;
    }
    const article = /^\/news\/(\d+)\.html$/.exec(path);
    if (article && Number(article[1]) < count) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(syntheticArticle(Number(article[1]), base).html);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: base,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
