/**
 * Large lexicon alternations as several smaller regular expressions that together find what the
 * whole would find. V8 compiles a regular expression to native code only below a size limit and
 * interprets it above, which is ten times slower or more; a trigger lexicon that grows by one wording
 * can cross that limit without any visible change. Scanning the chunks for the leftmost match, the
 * earlier chunk winning a tie, is the leftmost-first semantics of the single alternation.
 */

/** The top-level alternatives of a regular expression source, in order. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/**
 * The longest source of one chunk. V8 optimises a regular expression only when its source is under
 * 20 KB (kRegExpTooLargeToOptimize); above, it is an order of magnitude slower. One scan is faster
 * than several, so a lexicon is split only when it must be.
 */
const MAX_CHUNK_CHARS = 18_000;

/** `source`'s alternatives in as few chunks as fit the limit, each compiled with `wrap` around it. */
export function chunkedScanner(
  source: string,
  wrap: (alternation: string) => string,
  flags = 'gu',
): RegExp[] {
  const chunks: string[][] = [[]];
  let length = 0;
  for (const alternative of topLevelAlternatives(source)) {
    const current = chunks[chunks.length - 1] ?? [];
    if (current.length > 0 && length + alternative.length + 1 > MAX_CHUNK_CHARS) {
      chunks.push([alternative]);
      length = alternative.length;
    } else {
      current.push(alternative);
      length += alternative.length + 1;
    }
  }
  return chunks.map((alternatives) => new RegExp(wrap(alternatives.join('|')), flags));
}

/** A scan of one text: the leftmost match at or after `from`, or null; `from` must not decrease. */
export type Scan = (from: number) => RegExpExecArray | null;

/**
 * The leftmost of several scans' matches at or after `from`, the earlier scan winning a tie (the
 * leftmost-first semantics of one alternation of their patterns in that order). Each scan's match ahead
 * is kept, so each is asked again only once `from` has passed it.
 */
export function leftmostOf(scans: readonly Scan[]): Scan {
  const ahead: (RegExpExecArray | null | undefined)[] = scans.map(() => undefined);
  return (from) => {
    let best: RegExpExecArray | null = null;
    scans.forEach((scan, i) => {
      let m = ahead[i];
      if (m === undefined || (m !== null && m.index < from)) {
        m = scan(from);
        ahead[i] = m;
      }
      if (m !== null && (best === null || m.index < best.index)) best = m;
    });
    return best;
  };
}

/**
 * A scan of `text` over chunks: `next(from)` is the leftmost match of any chunk at or after `from`
 * (the earliest chunk on a tie), as the single alternation would find it, or null. `from` must not
 * decrease between calls; the text is scanned about once per chunk.
 */
export function chunkScan(chunks: readonly RegExp[], text: string): Scan {
  return leftmostOf(
    chunks.map((re) => (from: number) => {
      re.lastIndex = from;
      return re.exec(text);
    }),
  );
}
