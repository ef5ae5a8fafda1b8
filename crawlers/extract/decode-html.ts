import iconv from 'iconv-lite';

/** Labels browsers treat as windows-1252 (the WHATWG Encoding Standard maps them all there). */
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'windows-1252',
  'x-cp1252',
  'cp819',
  'ibm819',
]);

/** How many leading bytes to scan for a `<meta charset>` (the HTML standard says 1024; be generous). */
const META_SCAN_BYTES = 4096;

/**
 * Turns the bytes of an HTML response into text the way a browser would, so German pages served as
 * ISO-8859-1 or windows-1252 keep their umlauts. Order: a byte-order mark; the charset of the
 * Content-Type header; a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first bytes;
 * then UTF-8, falling back to windows-1252 when the bytes are not valid UTF-8 (a declared charset is
 * wrong more often than one would hope, and windows-1252 decodes any byte). A page declared as
 * ISO-8859-1/windows-1252 whose bytes are valid UTF-8 with multi-byte characters is read as UTF-8:
 * re-encoded pages keep stale declarations, and the reverse coincidence practically never happens.
 * ISO-8859-1 and US-ASCII are decoded as windows-1252, as browsers do. Unknown labels are ignored.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = detectBom(bytes);
  if (bom !== null) return iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding);

  const declared =
    charsetFromContentType(contentType ?? null) ?? charsetFromMeta(bytes.subarray(0, META_SCAN_BYTES));
  if (declared !== null) {
    const encoding = resolveEncoding(declared);
    if (encoding === 'utf-8') return decodeUtf8OrLegacy(bytes);
    // Pages saved or re-served as UTF-8 often keep their old "iso-8859-1" declaration. Valid UTF-8
    // with multi-byte sequences is practically never meaningful windows-1252, so trust the bytes.
    if (encoding === 'windows-1252' && hasUtf8MultiByte(bytes)) {
      const utf8 = tryUtf8(bytes);
      if (utf8 !== null) return utf8;
    }
    if (encoding !== null) return iconv.decode(Buffer.from(bytes), encoding);
  }
  return decodeUtf8OrLegacy(bytes);
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise. */
function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  return tryUtf8(bytes) ?? iconv.decode(Buffer.from(bytes), 'windows-1252');
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether the bytes contain a UTF-8 lead byte followed by a continuation byte. */
function hasUtf8MultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (lead >= 0xc2 && lead <= 0xf4 && next >= 0x80 && next <= 0xbf) return true;
  }
  return false;
}

/** Reads `charset=...` from a Content-Type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (contentType === null) return null;
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

/** Finds a charset declared by `<meta charset>` or `<meta http-equiv="Content-Type" content=...>`. */
function charsetFromMeta(head: Uint8Array): string | null {
  // latin1 maps bytes 1:1 to code points, so ASCII markup is found whatever the real encoding is.
  const text = Buffer.from(head).toString('latin1');
  for (const tag of text.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1] !== undefined) return direct[1];
  }
  return null;
}

/** Maps a charset label to an iconv-lite encoding name, or null when unsupported. */
function resolveEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  if (lower === 'utf-8' || lower === 'utf8' || lower === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  // UTF-16 declared in a meta tag cannot be true for ASCII-compatible bytes; browsers use UTF-8.
  if (lower.startsWith('utf-16')) return 'utf-8';
  return iconv.encodingExists(lower) ? lower : null;
}
