import iconv from 'iconv-lite';
import { decodeHtml } from './decode-html.js';

const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  const german = 'Größe, Übersee, Ärger, Öl, heißt – „Zitat“ 5 €';

  it('decodes ISO-8859-1 declared in the Content-Type header', () => {
    const bytes = iconv.encode(page('', 'Größe Übersee heißt'), 'latin1');
    expect(decodeHtml(bytes, 'text/html; charset=ISO-8859-1')).toContain('Größe Übersee heißt');
  });

  it('decodes windows-1252 declared in <meta charset>, including typographic quotes and euro', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1252">', german), 'windows-1252');
    expect(decodeHtml(bytes)).toContain(german);
  });

  it('decodes a charset declared by <meta http-equiv="Content-Type">', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'Ärger');
    expect(decodeHtml(iconv.encode(html, 'latin1'))).toContain('Ärger');
  });

  it('lets the header win over the meta tag', () => {
    const bytes = Buffer.from(page('<meta charset="iso-8859-1">', german), 'utf8');
    expect(decodeHtml(bytes, 'text/html; charset=utf-8')).toContain(german);
  });

  it('lets a byte-order mark win over everything', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', german), 'utf8')]);
    const text = decodeHtml(bytes, 'text/html; charset=iso-8859-1');
    expect(text).toContain(german);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('defaults to UTF-8 without any declaration', () => {
    expect(decodeHtml(Buffer.from(page('', german), 'utf8'))).toContain(german);
  });

  it('falls back to windows-1252 when undeclared bytes are not valid UTF-8', () => {
    expect(decodeHtml(iconv.encode(page('', german), 'windows-1252'))).toContain(german);
  });

  it('falls back to windows-1252 when a page claims UTF-8 but is not', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', 'Größe'), 'latin1');
    expect(decodeHtml(bytes, null)).toContain('Größe');
  });

  it('ignores unknown charset labels', () => {
    expect(decodeHtml(Buffer.from(page('', 'Öl'), 'utf8'), 'text/html; charset=klingon')).toContain('Öl');
  });
});

describe('decodeHtml with a stale legacy declaration', () => {
  it('reads valid UTF-8 as UTF-8 even when the page still says iso-8859-1', () => {
    const html = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
      'Für Größe',
    );
    expect(decodeHtml(Buffer.from(html, 'utf8'))).toContain('Für Größe');
  });
});
