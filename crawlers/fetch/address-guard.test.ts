import type { LookupAddress } from 'node:dns';
import {
  BLOCKED_ADDRESS,
  guardedLookup,
  isPublicAddress,
  urlProblem,
  type LookupFunction,
} from './address-guard.js';

const none = { allowHosts: [] };

/** A resolver answering from a table, as a hostile DNS server could. */
function fakeDns(table: Record<string, string[]>): LookupFunction {
  return (hostname, _options, callback) => {
    const answers = table[hostname];
    if (!answers)
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    else
      callback(
        null,
        answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  };
}

function resolve(lookup: LookupFunction, hostname: string, all: boolean) {
  return new Promise<{ error: NodeJS.ErrnoException | null; result: string | LookupAddress[] }>((done) => {
    lookup(hostname, { all }, (error, result) => {
      done({ error, result });
    });
  });
}

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fc00::5',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::',
    'ff02::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2a00:1450:4001:81b::200e', '2606:4700::6810:84e5'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('urlProblem', () => {
  it('refuses private literals in every spelling the URL parser accepts, and private names', () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://127.0.0.1:22/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://[::1]/',
      'http://[fd00::1]/feed.xml',
      'http://[::ffff:169.254.169.254]/',
      'http://localhost:3000/',
      'http://api.localhost/',
      'http://metadata.google.internal/computeMetadata/v1/',
      'http://printer.local/',
      'http://intranet/',
    ]) {
      expect(urlProblem(url, none)).toMatch(/private|local/);
    }
    expect(urlProblem('http://169.254.169.254/', none)).toMatch(/CRAWL_ALLOW_HOSTS/);
    expect(urlProblem('file:///etc/passwd', none)).toMatch(/not an http\(s\) URL/);
  });

  it('accepts public hosts and allowed private ones', () => {
    expect(urlProblem('https://www.heise.de/rss/heise.rdf', none)).toBeNull();
    expect(urlProblem('http://93.184.216.34/', none)).toBeNull();
    expect(urlProblem('http://127.0.0.1:8080/feed.xml', { allowHosts: ['127.0.0.1'] })).toBeNull();
    expect(urlProblem('http://LOCALHOST/', { allowHosts: ['localhost'] })).toBeNull();
    expect(urlProblem('http://127.0.0.2/', { allowHosts: ['127.0.0.1'] })).not.toBeNull();
  });
});

describe('guardedLookup', () => {
  const dns = fakeDns({
    'news.example': ['93.184.216.34'],
    'rebind.example': ['93.184.216.34', '10.0.0.7'],
    'meta.example': ['169.254.169.254'],
    'v6.example': ['fd00::1'],
    'intranet.example': ['10.0.0.8'],
  });

  it('passes public answers through in both callback shapes', async () => {
    const lookup = guardedLookup(none, dns);
    expect(await resolve(lookup, 'news.example', true)).toEqual({
      error: null,
      result: [{ address: '93.184.216.34', family: 4 }],
    });
    const single = await new Promise<unknown[]>((done) => {
      lookup('news.example', {}, (...args) => {
        done(args);
      });
    });
    expect(single).toEqual([null, '93.184.216.34', 4]);
  });

  it('refuses a name when any answer is private, link-local, metadata or unique-local', async () => {
    const lookup = guardedLookup(none, dns);
    for (const name of ['rebind.example', 'meta.example', 'v6.example']) {
      const { error } = await resolve(lookup, name, true);
      expect(error?.code).toBe(BLOCKED_ADDRESS);
      expect(error?.message).toMatch(new RegExp(`^${name} resolves to a private`));
    }
  });

  it('lets an allowed name or address through and keeps DNS failures as they are', async () => {
    expect(
      (await resolve(guardedLookup({ allowHosts: ['intranet.example'] }, dns), 'intranet.example', true))
        .error,
    ).toBeNull();
    expect(
      (await resolve(guardedLookup({ allowHosts: ['10.0.0.8'] }, dns), 'intranet.example', true)).error,
    ).toBeNull();
    expect((await resolve(guardedLookup(none, dns), 'nonexistent.invalid', true)).error?.code).toBe(
      'ENOTFOUND',
    );
  });
});
