/**
 * Collapses whitespace and removes invisible characters (soft hyphens, zero-width spaces, BOMs) so
 * that text cut from HTML compares and tokenizes the same way however the page formatted it.
 * The result is a fresh copy, never a slice of the page source, so the parsed document can be freed.
 */
export function normalizeText(text: string): string {
  const cleaned = text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u202F\u2007]+/g, ' ')
    .trim();
  return copyString(cleaned);
}

/**
 * Returns a flat copy of `text`. V8 may keep substrings as views into their parent string; copying
 * what we keep from a page stops a few kilobytes of text from pinning the whole HTML in memory.
 */
export function copyString(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}
