/** How many leading bytes are sniffed, as the WHATWG MIME Sniffing standard does for its binary check. */
const SNIFF_BYTES = 1445;

/**
 * Whether a response declared as HTML is really binary (an image, an archive, a PDF): it holds a byte
 * that never occurs in text (the "binary data bytes" of the WHATWG MIME Sniffing standard) in its first
 * bytes. UTF-16 pages start with a byte-order mark and are text. Such a body is refused rather than fed to
 * extraction, which would store noise as an article.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return false;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f))
      return true;
  }
  return false;
}
