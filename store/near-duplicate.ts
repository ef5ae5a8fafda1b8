/**
 * Near-duplicate detection for syndicated copies: the same agency text on two outlets, with a changed
 * headline, a dropped paragraph or an added boilerplate line. Pure functions; save-article.ts uses them to
 * link a copy to its original so the copy adds no independent event sources.
 *
 * Method: word 3-shingles of the normalised text. A 64-bit SimHash over the shingles is stored with every
 * article and finds candidates cheaply (near copies differ in a few bits, unrelated texts in about 32); the
 * Jaccard overlap of the shingle sets then decides, so a SimHash collision can never link two different
 * texts.
 */

/** Shingle overlap (Jaccard) from which two texts count as copies of one another. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

/**
 * SimHash distance (bits of 64) below which an article is a candidate worth comparing by shingles. At
 * Jaccard 0.85 the expected distance is about 8 bits; unrelated texts sit near 32.
 */
export const SIMHASH_CANDIDATE_BITS = 18;

/** Texts with fewer shingles than this are too short to call near-duplicates (exact copies still are). */
export const MIN_SHINGLES = 12;

const SHINGLE_SIZE = 3;

/** Lower-cased words (letters and digits of any script, umlauts kept), punctuation dropped. */
export function normalizedWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of word 3-shingles of a text (a text shorter than three words yields one shingle of all). */
export function wordShingles(text: string): Set<string> {
  const words = normalizedWords(text);
  const shingles = new Set<string>();
  if (words.length === 0) return shingles;
  if (words.length < SHINGLE_SIZE) {
    shingles.add(words.join(' '));
    return shingles;
  }
  for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) {
    shingles.add(words.slice(i, i + SHINGLE_SIZE).join(' '));
  }
  return shingles;
}

/** FNV-1a, 32 bits, with a seed so two independent halves make a 64-bit hash. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** 64-bit SimHash of a shingle set as 16 lower-case hex digits; equal sets give equal hashes. */
export function simhash(shingles: ReadonlySet<string>): string {
  const weights = new Int32Array(64);
  for (const shingle of shingles) {
    const halves = [fnv1a(shingle, 0), fnv1a(shingle, 0x9e3779b9)];
    for (let half = 0; half < 2; half++) {
      const bits = halves[half] ?? 0;
      for (let bit = 0; bit < 32; bit++) {
        const index = half * 32 + bit;
        weights[index] = (weights[index] ?? 0) + ((bits >>> bit) & 1 ? 1 : -1);
      }
    }
  }
  let hex = '';
  for (let half = 0; half < 2; half++) {
    let value = 0;
    for (let bit = 0; bit < 32; bit++) if ((weights[half * 32 + bit] ?? 0) > 0) value |= 1 << bit;
    hex += (value >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hammingDistance(a: string, b: string): number {
  const high = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const low = parseInt(a.slice(8, 16), 16) ^ parseInt(b.slice(8, 16), 16);
  return popcount32(high >>> 0) + popcount32(low >>> 0);
}

/** |A ∩ B| / |A ∪ B|; 1 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
