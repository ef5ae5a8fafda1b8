/** A span of time in milliseconds, [start, end). */
export type Interval = readonly [number, number];

/**
 * Total length of the union of `intervals`: how long at least one of them was open. Concurrent pages
 * overlap in a stage; the union says how much of the wall time the stage occupied.
 */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | null = null;
  for (const [start, end] of sorted) {
    if (open && start <= open[1]) open[1] = Math.max(open[1], end);
    else {
      if (open) total += open[1] - open[0];
      open = [start, end];
    }
  }
  return total + (open ? open[1] - open[0] : 0);
}
