import { HostGate } from './host-gate.js';
import { decideRetry, parseRetryAfter } from './retry-policy.js';
import { RobotsRules } from './robots-rules.js';

describe('decideRetry', () => {
  const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 10_000 };
  it('backs off exponentially on 5xx and network errors, then gives up with the reason', () => {
    expect(decideRetry({ status: 500 }, 0, policy)).toEqual({
      retry: true,
      delayMs: 100,
      reason: 'HTTP 500',
    });
    expect(decideRetry({ status: null, message: 'ECONNRESET' }, 2, policy)).toMatchObject({
      retry: true,
      delayMs: 400,
    });
    expect(decideRetry({ status: 502 }, 3, policy)).toEqual({
      retry: false,
      reason: 'HTTP 502 after 4 attempts',
    });
  });
  it('waits as long as Retry-After says on 429 and 503, capped', () => {
    expect(decideRetry({ status: 429, retryAfter: '2' }, 0, policy)).toMatchObject({
      retry: true,
      delayMs: 2000,
    });
    expect(decideRetry({ status: 503, retryAfter: '3600' }, 0, policy)).toMatchObject({ delayMs: 10_000 });
  });
  it('does not retry other client errors', () => {
    expect(decideRetry({ status: 404 }, 0, policy)).toEqual({ retry: false, reason: 'HTTP 404' });
  });
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-08-14T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 14 Aug 2025 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('HostGate', () => {
  it('spaces requests to one host by the interval and lets other hosts go at once', async () => {
    let clock = 0;
    const gate = new HostGate({
      intervalMs: 1000,
      now: () => clock,
      sleep: (ms) => Promise.resolve(void (clock += ms)),
    });
    const starts: [string, number][] = [];
    for (const host of ['a', 'a', 'b', 'a']) {
      const release = await gate.acquire(host);
      starts.push([host, clock]);
      release();
    }
    expect(starts).toEqual([
      ['a', 0],
      ['a', 1000],
      ['b', 1000],
      ['a', 2000],
    ]);
  });

  it('allows one request at a time per host by default', async () => {
    const gate = new HostGate();
    const order: string[] = [];
    const first = await gate.acquire('h');
    const second = gate.acquire('h').then((release) => {
      order.push('second');
      release();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('first done');
    first();
    await second;
    expect(order).toEqual(['first done', 'second']);
  });

  it('holds a host back until a Retry-After time', async () => {
    let clock = 0;
    const gate = new HostGate({ now: () => clock, sleep: (ms) => Promise.resolve(void (clock += ms)) });
    gate.notBefore('h', 5000);
    (await gate.acquire('h'))();
    expect(clock).toBe(5000);
  });
});

describe('RobotsRules', () => {
  const fetches: string[] = [];
  const rules = new RobotsRules((url) => {
    fetches.push(url);
    if (url.startsWith('https://gone.example')) return Promise.resolve({ status: 404, text: '' });
    if (url.startsWith('https://down.example')) return Promise.resolve({ status: 503, text: '' });
    return Promise.resolve({
      status: 200,
      text: 'User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nUser-agent: modelwatch\nDisallow: /no-bots/\nCrawl-delay: 1\nSitemap: https://n.example/news.xml\n',
    });
  }, 'modelwatch');

  it('applies the group for our agent, caches per origin, and reads Crawl-delay', async () => {
    expect(await rules.check('https://n.example/no-bots/x')).toBe('disallowed');
    expect(await rules.check('https://n.example/private/x')).toBe('allowed');
    expect(await rules.crawlDelayMs('https://n.example/')).toBe(1000);
    expect(fetches.filter((u) => u.startsWith('https://n.example'))).toHaveLength(1);
  });

  it('allows all when robots.txt is missing and nothing when the site fails', async () => {
    expect(await rules.check('https://gone.example/a')).toBe('allowed');
    expect(await rules.check('https://down.example/a')).toBe('unreachable');
  });
});
