/** The value at percentile `p` (0-100) of `values` (nearest rank), NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The median, the figure the benchmarks report from repeated rounds (robust to one disturbed round). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs `ours` and `peer` in turn for `rounds` rounds (ours first in even rounds, the peer first in odd
 * ones), after `warmUp` untimed rounds of each, so that drift on a shared machine hits both alike.
 * Returns what each round of each returned, with a progress line per round on stderr.
 */
export async function alternate<A, B>(
  label: string,
  options: { rounds: number; warmUp: number },
  ours: (round: number) => Promise<A> | A,
  peer: (round: number) => Promise<B> | B,
): Promise<{ ours: A[]; peer: B[] }> {
  for (let i = 0; i < options.warmUp; i += 1) {
    process.stderr.write(`  ${label}: warm-up ${i + 1}/${options.warmUp}\n`);
    await ours(-1 - i);
    await peer(-1 - i);
  }
  const out: { ours: A[]; peer: B[] } = { ours: [], peer: [] };
  for (let round = 0; round < options.rounds; round += 1) {
    process.stderr.write(`  ${label}: round ${round + 1}/${options.rounds}\n`);
    if (round % 2 === 0) {
      out.ours.push(await ours(round));
      out.peer.push(await peer(round));
    } else {
      out.peer.push(await peer(round));
      out.ours.push(await ours(round));
    }
  }
  return out;
}
