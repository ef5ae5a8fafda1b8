import fs from 'node:fs';

/** One figure of ours next to the same figure of the peer, measured in the same run. */
export interface Comparison {
  /** What is measured, e.g. "pages/s" or "p99 latency (ms)". */
  metric: string;
  ours: number;
  peer: number;
  /** Throughput-like figures are better high, latencies low; the report words the ratio accordingly. */
  better: 'higher' | 'lower';
}

/** A table of the benchmark's own, rendered as it is (per-stage shares, per-template latencies). */
export interface ExtraTable {
  heading: string;
  columns: string[];
  rows: (string | number)[][];
}

/** What one benchmark hands to the harness (bench.json holds one per benchmark). */
export interface BenchResult {
  name: string;
  title: string;
  /** Ours and the peer, as the table heads name them. */
  oursLabel: string;
  peerLabel: string;
  /** Sizes, rounds and settings, one line. */
  setup: string;
  comparisons: Comparison[];
  tables: ExtraTable[];
  notes: string[];
  /** Set when the benchmark could not run here (e.g. ../shared absent); then the rest is empty. */
  skipped?: string;
  /** The run that measured it (set by the harness): a partial run keeps other benchmarks' older figures. */
  run?: RunStamp;
}

/** When, at which commit and under what load a benchmark's figures were taken. */
export interface RunStamp {
  date: string;
  commit: string;
  loadAtStart: number;
}

/** The result of a benchmark that could not run here, with the reason the report shows. */
export function skippedResult(name: string, title: string, reason: string): BenchResult {
  return {
    name,
    title,
    oursLabel: '',
    peerLabel: '',
    setup: '',
    comparisons: [],
    tables: [],
    notes: [],
    skipped: reason,
  };
}

/** `ours / peer`, the figure the report leads with (ratios hold on a shared machine, times drift). */
export function ratio(c: Comparison): number {
  return c.peer === 0 ? Number.NaN : c.ours / c.peer;
}

/**
 * Writes `result` where the harness asked for it (`--json FILE`), or prints it when the script runs on
 * its own, so every benchmark script works both ways.
 */
export function emitResult(result: BenchResult, file: string | undefined): void {
  if (file) fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
