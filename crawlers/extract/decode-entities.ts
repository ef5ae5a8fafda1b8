import * as cheerio from 'cheerio';

/**
 * Decodes HTML character references left inside metadata strings ("zerst&ouml;ren",
 * "Swift&#8217;s"): publishers double-encode JSON-LD and meta values, and a title must read as text.
 * Strings without an ampersand are returned as they are.
 */
export function decodeEntities(text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  return cheerio
    .load(text, { xml: { xmlMode: false, decodeEntities: true } })
    .root()
    .text();
}
