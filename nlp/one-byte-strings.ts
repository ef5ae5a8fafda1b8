/**
 * Strings stored one byte per character. V8 keeps a string two bytes per character when it was made
 * from one that held any character beyond Latin-1, and so do its slices, its lower-case copy and the
 * results of replace(): one typographic quote in a page's raw text made every sentence two-byte long
 * after normalizeText had turned the quote into '"'. On two-byte strings a regular expression with a
 * large Unicode class (`\p{L}`, `\p{Lu}`) calls out of its compiled code for each character it tests
 * against the class, which made the lexicons' word-boundary lookarounds about eight times slower (4.1 µs
 * against 0.45 µs for one lookaround pattern over a 240-character sentence). The characters stay the
 * same, so no result can change; only the speed does.
 */

// by code unit (no `u` flag): a surrogate is beyond Latin-1 too
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** Whether `text` holds a character beyond Latin-1 (and so must stay two bytes per character). */
export function holdsBeyondLatin1(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/**
 * A string equal to `text`, stored one byte per character when every character is Latin-1 (a fresh
 * copy costs about a microsecond per sentence); otherwise `text` itself. It relies on V8's JSON.parse
 * building each string in the narrowest representation that holds it (Node 20; one-byte-strings.test.ts
 * checks the storage, so that an engine that stops doing so fails a test instead of only getting slow).
 */
export function oneByteCopy(text: string): string {
  return holdsBeyondLatin1(text) ? text : (JSON.parse(JSON.stringify(text)) as string);
}
