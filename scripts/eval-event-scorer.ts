/**
 * Cross-validates the learned event scorer (nlp/event-scorer/): would a logistic model over the words
 * around an entity find the events the rules miss, or filter the ones they get wrong?
 *
 * Examples are (passage, entity) pairs from the development sets: every entity the analyzer finds in
 * a passage, with the features of the sentences that name it (nlp/event-scorer/features.ts), labelled
 * per event type by the gold events whose subject it is. One logistic model per type. The validation
 * set and the third own holdout are never trained on; for them only aggregate figures are printed.
 * Reported: the scorer alone at several thresholds, what it would add to the rules' events (right of
 * all added) and what it would remove from them as a filter. The answer so far is no (docs/nlp.md), so
 * analyze() does not use it and nothing is written; the script stays to ask again when data grows.
 *
 * Usage: npm run eval:scorer [-- --train FILE ...] [-- --test FILE ...]: more labelled sets to train and
 * cross-validate on, and sets to score once (aggregates only, never trained on), e.g. real sets kept
 * outside the repository. For each scored set it also prints the rules with the scorer beside them
 * (adding its events above a threshold, dropping rule events below one), the figure that decides.
 */
import path from 'node:path';
import { analyzeTraced } from '../nlp/analyze.js';
import { pairFeatures } from '../nlp/event-scorer/features.js';
import { probability, type LinearModel } from '../nlp/event-scorer/linear-model.js';
import { trainLogistic, type Example } from '../nlp/event-scorer/train-logistic.js';
import { EVENT_TYPES, type EventType } from '../nlp/types.js';
import {
  loadItems,
  matchesGold,
  OWN_HOLDOUT_1,
  OWN_HOLDOUT_2,
  OWN_HOLDOUT_3,
  OWN_PASSAGES,
  repoRoot,
  SHARED_DEV,
  SHARED_DEV_2,
  SHARED_VAL,
  type Item,
} from './lib/annotated-passages.js';

interface Pair {
  item: string;
  features: Set<string>;
  gold: Set<EventType>;
  rules: Set<EventType>;
}

/** The pairs of a set, and how many gold events have a found entity as subject. */
function pairsOf(items: readonly Item[]): { pairs: Pair[]; goldEvents: number; reachable: number } {
  const pairs: Pair[] = [];
  let goldEvents = 0;
  let reachable = 0;
  for (const item of items) {
    const { analysis, sentences, skip, mentions } = analyzeTraced({
      id: item.id,
      text: item.text,
      lang: item.lang,
      published: item.published ?? undefined,
    });
    goldEvents += item.events.length;
    for (const g of item.events)
      if (
        analysis.entities.some((e) => matchesGold(e.id, e.name, e.aliases, [g.subject, ...g.accept_subject]))
      )
        reachable += 1;
    for (const e of analysis.entities) {
      const own = mentions.filter((m) => m.entry.id === e.id);
      const features = pairFeatures(sentences, own, e.kind, skip);
      if (features.size === 0) continue;
      const gold = new Set(
        item.events
          .filter((g) => matchesGold(e.id, e.name, e.aliases, [g.subject, ...g.accept_subject]))
          .map((g) => g.type),
      );
      const rules = new Set(analysis.events.filter((ev) => ev.subject.id === e.id).map((ev) => ev.type));
      pairs.push({ item: item.id, features, gold, rules });
    }
  }
  return { pairs, goldEvents, reachable };
}

const FOLDS = 5;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

function foldOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % FOLDS;
}

const examples = (pairs: readonly Pair[], type: EventType): Example[] =>
  pairs.map((p) => ({ features: p.features, label: p.gold.has(type) }));

function trainAll(pairs: readonly Pair[]): Record<EventType, LinearModel> {
  return Object.fromEntries(EVENT_TYPES.map((t) => [t, trainLogistic(examples(pairs, t))])) as Record<
    EventType,
    LinearModel
  >;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  addTp: number;
  addFp: number;
}

/** Scorer alone and scorer as an addition to the rules, at one threshold, over scored pairs. */
function tally(
  scored: readonly { pair: Pair; p: Record<EventType, number> }[],
  t: number,
  type: EventType,
): Tally {
  const out = { tp: 0, fp: 0, fn: 0, addTp: 0, addFp: 0 };
  for (const { pair, p } of scored) {
    const yes = p[type] >= t;
    const gold = pair.gold.has(type);
    if (yes && gold) out.tp += 1;
    else if (yes) out.fp += 1;
    else if (gold) out.fn += 1;
    if (yes && !pair.rules.has(type)) {
      if (gold) out.addTp += 1;
      else out.addFp += 1;
    }
  }
  return out;
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '  n/a');

function report(scored: readonly { pair: Pair; p: Record<EventType, number> }[]): void {
  for (const t of THRESHOLDS) {
    const all = { tp: 0, fp: 0, fn: 0, addTp: 0, addFp: 0 };
    const parts: string[] = [];
    for (const type of EVENT_TYPES) {
      const c = tally(scored, t, type);
      for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += c[k];
      parts.push(`${type.slice(0, 6)} ${c.addTp}/${c.addTp + c.addFp}`);
    }
    const p = all.tp / (all.tp + all.fp);
    const r = all.tp / (all.tp + all.fn);
    console.log(
      `  t=${t.toFixed(1)}  scorer alone P ${f3(p)} R ${f3(r)} F1 ${f3((2 * p * r) / (p + r))}  ` +
        `additions to rules right ${all.addTp} of ${all.addTp + all.addFp}`,
    );
    console.log(`         additions by type (right/all): ${parts.join(', ')}`);
  }
}

const score = (models: Record<EventType, LinearModel>, pair: Pair): Record<EventType, number> =>
  Object.fromEntries(EVENT_TYPES.map((t) => [t, probability(models[t], pair.features)])) as Record<
    EventType,
    number
  >;

/** Files given with `flag FILE` on the command line (`--train` or `--test`). */
function filesAfter(flag: string, argv: readonly string[]): string[] {
  return argv.flatMap((a, i) =>
    a === flag && argv[i + 1] !== undefined ? [path.resolve(argv[i + 1] as string)] : [],
  );
}

const training: Pair[] = [];
for (const file of [
  SHARED_DEV,
  SHARED_DEV_2,
  OWN_PASSAGES,
  OWN_HOLDOUT_1,
  OWN_HOLDOUT_2,
  ...filesAfter('--train', process.argv.slice(2)),
]) {
  const items = loadItems(file);
  if (items === null) {
    console.log(`skipped (absent): ${path.relative(repoRoot, file)}`);
    continue;
  }
  const { pairs, goldEvents, reachable } = pairsOf(items);
  console.log(
    `${path.relative(repoRoot, file)}: ${pairs.length} pairs; gold events with a found subject ${reachable} of ${goldEvents}`,
  );
  training.push(...pairs);
}

console.log(`\n5-fold cross-validation over ${training.length} pairs (folds by passage):`);
const outOfFold: { pair: Pair; p: Record<EventType, number> }[] = [];
for (let k = 0; k < FOLDS; k += 1) {
  const models = trainAll(training.filter((p) => foldOf(p.item) !== k));
  for (const pair of training.filter((p) => foldOf(p.item) === k))
    outOfFold.push({ pair, p: score(models, pair) });
}
report(outOfFold);
combinedReport(outOfFold);

const models = trainAll(training);
for (const [name, file] of [
  ['validation set (aggregates only, never trained on)', SHARED_VAL],
  ['own holdout round 3 (never trained on)', OWN_HOLDOUT_3],
  ...filesAfter('--test', process.argv.slice(2)).map(
    (f) => [`${path.relative(repoRoot, f)} (aggregates only, never trained on)`, f] as const,
  ),
] as const) {
  const items = loadItems(file);
  if (items === null) continue;
  const { pairs, goldEvents, reachable } = pairsOf(items);
  console.log(`\n${name}: gold events with a found subject ${reachable} of ${goldEvents}`);
  const scored = pairs.map((pair) => ({ pair, p: score(models, pair) }));
  report(scored);
  combinedReport(scored);
}

/** As a filter on the rules: rule events whose scorer probability is below `t`, right and wrong. */
function filterReport(scored: readonly { pair: Pair; p: Record<EventType, number> }[]): void {
  for (const t of [0.05, 0.1, 0.2, 0.3]) {
    let right = 0;
    let wrong = 0;
    let keptRight = 0;
    let keptWrong = 0;
    for (const { pair, p } of scored)
      for (const type of pair.rules) {
        const gold = pair.gold.has(type);
        if (p[type] < t) {
          if (gold) right += 1;
          else wrong += 1;
        } else if (gold) keptRight += 1;
        else keptWrong += 1;
      }
    console.log(
      `  filter t=${t}: would drop ${right} right and ${wrong} wrong rule events; keeps ${keptRight} right, ${keptWrong} wrong`,
    );
  }
}
console.log('\nfilter, cross-validated:');
filterReport(outOfFold);

/**
 * The rules with the scorer beside them, over (entity, type) pairs: rule events kept unless the
 * scorer puts them below `drop`, plus scorer events at or above `add` the rules do not give.
 */
function combinedReport(scored: readonly { pair: Pair; p: Record<EventType, number> }[]): void {
  for (const [add, drop] of [
    [2, -1],
    [0.5, -1],
    [0.7, -1],
    [0.9, -1],
    [2, 0.05],
    [2, 0.1],
    [0.7, 0.1],
  ] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { pair, p } of scored)
      for (const type of EVENT_TYPES) {
        const yes = pair.rules.has(type) ? p[type] >= drop : p[type] >= add;
        const gold = pair.gold.has(type);
        if (yes && gold) tp += 1;
        else if (yes) fp += 1;
        else if (gold) fn += 1;
      }
    const pr = tp / (tp + fp);
    const r = tp / (tp + fn);
    console.log(
      `  combined add>=${add > 1 ? 'never' : add} drop<${drop < 0 ? 'never' : drop}: P ${f3(pr)} R ${f3(r)} F1 ${f3((2 * pr * r) / (pr + r))}`,
    );
  }
}
