import { renderReport, type Machine } from '../scripts/bench/render-report.js';
import type { BenchResult } from '../scripts/bench/result.js';

const machine: Machine = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGb: 4,
  node: 'v20.0.0',
  os: 'Linux',
  date: '2026-12-05 22:00 UTC',
  commit: 'abc1234',
  loadAtStart: 0.5,
  command: 'npm run bench -- --only analysis',
  minutes: 1,
};

const result = (name: string, run?: BenchResult['run']): BenchResult => ({
  name,
  title: `The ${name} benchmark`,
  oursLabel: 'ours',
  peerLabel: 'peer',
  setup: 'ten rounds',
  comparisons: [{ metric: 'items/s', ours: 20, peer: 10, better: 'higher' }],
  tables: [],
  notes: [],
  ...(run === undefined ? {} : { run }),
});

describe('the benchmark report', () => {
  const thisRun = { date: machine.date, commit: machine.commit, loadAtStart: 0.5 };
  const earlier = { date: '2026-12-01 10:00 UTC', commit: 'fff0000', loadAtStart: 1.2 };

  it('names the run that measured each benchmark when a partial run keeps older figures', () => {
    const report = renderReport(machine, [result('extraction', earlier), result('analysis', thisRun)]);
    expect(report).toMatch(/Benchmarks that this run did not measure keep the figures of the run that did/u);
    expect(report).toMatch(/\| extraction \| items\/s \|.*\| 2026-12-01 10:00 UTC at fff0000 \|/u);
    expect(report).toMatch(/\| analysis \| items\/s \|.*\| this run \|/u);
    expect(report).toMatch(
      /## The extraction benchmark\n\nMeasured by 2026-12-01 10:00 UTC at fff0000, load average 1\.2; not part of the run above\./u,
    );
    expect(report).not.toMatch(/## The analysis benchmark\n\nMeasured by/u);
  });

  it('says nothing of other runs when the run measured everything', () => {
    const report = renderReport(machine, [result('extraction', thisRun), result('analysis', thisRun)]);
    expect(report).not.toMatch(/did not measure|Measured by|earlier run/u);
  });

  it('marks figures whose run was never recorded as from an earlier run', () => {
    const report = renderReport(machine, [result('crawl')]);
    expect(report).toMatch(/\| crawl \| items\/s \|.*\| an earlier run \(not recorded\) \|/u);
  });
});
