/**
 * Label agreement: how far a second, independent labelling of the same passages agrees with a first,
 * by the analyzer's scoring rules (scripts/lib/label-agreement.ts). Prints aggregates: events P/R/F1
 * overall and by type, entities, traps given an event, dates on matched events. `--show` also lists
 * every difference; it refuses the validation set, whose passages nobody reads.
 *
 * Usage: npm run eval:agreement -- FIRST.jsonl SECOND.jsonl [--show]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_TYPES } from '../nlp/types.js';
import { loadItems } from './lib/annotated-passages.js';
import { compareLabellings, prf, type Counts } from './lib/label-agreement.js';

const { values, positionals } = parseArgs({
  options: { show: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const [firstFile, secondFile] = positionals;
if (firstFile === undefined || secondFile === undefined) {
  console.error('usage: npm run eval:agreement -- FIRST.jsonl SECOND.jsonl [--show]');
  process.exit(2);
}
if (values.show && [firstFile, secondFile].some((f) => /nlp-val/u.test(path.resolve(f)))) {
  console.error('eval:agreement: --show is refused for the validation set (aggregates only)');
  process.exit(2);
}
const first = loadItems(path.resolve(firstFile));
const second = loadItems(path.resolve(secondFile));
if (first === null || second === null) {
  console.error(`eval:agreement: ${first === null ? firstFile : secondFile} does not exist`);
  process.exit(2);
}

const a = compareLabellings(first, second);
const line = (c: Counts): string => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};
console.log(`${a.passages} passages labelled by both`);
console.log(`  events (second against first): ${line(a.events)}`);
for (const t of EVENT_TYPES) console.log(`    ${t.padEnd(16)} ${line(a.eventsByType[t])}`);
console.log(`  entities: ${line(a.entities)}`);
console.log(
  `  passages without events in the first that the second gives an event: ${a.trapsWithEvent} of ${a.traps}`,
);
console.log(`  dates on matched events that either dates, the same in both: ${a.datesAgree} of ${a.dated}`);
if (values.show) for (const d of a.differences) console.log(`  [${d.side}] ${d.id}: ${d.what}`);
