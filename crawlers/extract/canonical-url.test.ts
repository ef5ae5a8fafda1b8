import { canonicalizeUrl } from './canonical-url.js';

describe('canonicalizeUrl', () => {
  it('lower-cases scheme and host, drops default port and fragment', () => {
    expect(canonicalizeUrl('HTTPS://WWW.Example.COM:443/Tech/Story#comments')).toBe(
      'https://www.example.com/Tech/Story',
    );
    expect(canonicalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(
      canonicalizeUrl(
        'https://example.com/a?utm_source=x&b=2&fbclid=1&a=1&gclid=2&mc_cid=3&UTM_Medium=y&wt_mc=z',
      ),
    ).toBe('https://example.com/a?a=1&b=2');
  });

  it('removes an empty query left behind', () => {
    expect(canonicalizeUrl('https://example.com/a?utm_campaign=spring')).toBe('https://example.com/a');
  });

  it('gives the same string for links that differ only in tracking', () => {
    const a = canonicalizeUrl('https://news.example/x?id=7&utm_source=rss');
    const b = canonicalizeUrl('https://NEWS.example/x?fbclid=q&id=7#top');
    expect(a).toBe(b);
  });

  it('returns non-URLs trimmed instead of throwing', () => {
    expect(canonicalizeUrl('  /relative/path ')).toBe('/relative/path');
    expect(canonicalizeUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
  });
});
