import { parseFeed } from './parse-feed.js';

const base = 'https://news.example/feed.xml';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with absolute links and ISO dates', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>
      <item><title>Eins</title><link>/a/1.html</link><pubDate>Tue, 29 Apr 2025 08:00:00 +0200</pubDate></item>
      <item><title>Zwei</title><link>https://news.example/a/2.html</link></item>
      </channel></rss>`,
      base,
    );
    expect(feed.format).toBe('rss');
    expect(feed.items).toEqual([
      { url: 'https://news.example/a/1.html', title: 'Eins', publishedAt: '2025-04-29T06:00:00.000Z' },
      { url: 'https://news.example/a/2.html', title: 'Zwei', publishedAt: null },
    ]);
    expect(feed.errors).toEqual([]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
       <link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/story"/>
       <updated>2025-08-15T10:00:00Z</updated></entry></feed>`,
      base,
    );
    expect(feed.format).toBe('atom');
    expect(feed.items[0]?.url).toBe('https://news.example/story');
    expect(feed.items[0]?.publishedAt).toBe('2025-08-15T10:00:00.000Z');
  });

  it('keeps the readable items of a malformed feed and reports the rest', () => {
    const feed = parseFeed(
      `<rss><channel><item><title>ok</title><link>https://news.example/ok</link></item>
       <item><title>no link</title></item><item><title>broken <link>javascript:alert(1)</link>`,
      base,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://news.example/ok']);
    expect(feed.errors).toHaveLength(2);
  });

  it('says so when the document is not a feed', () => {
    const feed = parseFeed('<html><body>hello</body></html>', base);
    expect(feed.format).toBe('unknown');
    expect(feed.errors[0]).toMatch(/not an RSS/);
  });
});
