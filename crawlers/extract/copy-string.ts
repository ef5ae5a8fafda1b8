/**
 * Returns a flat copy of `text`. V8 may keep substrings as views into their parent string; copying
 * what we keep from a page stops a few kilobytes of text from pinning the whole HTML in memory.
 */
export function copyString(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}
