/** Helpers the benchmark scripts share to generate their synthetic databases. */

/** Deterministic pseudo-random numbers (mulberry32), so every generated database is the same. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A progress line on stderr, rewritten in place about twenty times over `total`. */
export function progress(label: string, done: number, total: number): void {
  if (done % Math.max(1, Math.floor(total / 20)) === 0 || done === total)
    process.stderr.write(`\r  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  if (done === total) process.stderr.write('\n');
}

/** An instant as Prisma stores DateTime in SQLite, so generated rows compare like stored ones. */
export const dbTime = (ms: number) => `${new Date(ms).toISOString().slice(0, -1)}+00:00`;
