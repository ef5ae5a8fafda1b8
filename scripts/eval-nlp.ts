/**
 * Evaluates nlp/ against annotated passages: the shared development set
 * (../shared/data/nlp-dev/dev.jsonl, real news passages, read at run time and never copied) and the
 * project's own passages (nlp/__fixtures__/passages.jsonl) and a held-out set of own passages
 * (nlp/__fixtures__/holdout.jsonl, written before the first round of rules; development data since
 * the second round), a second held-out set (nlp/__fixtures__/holdout-2.jsonl, written before the
 * second round; development data since the third) and a third held-out set
 * (nlp/__fixtures__/holdout-3.jsonl) written before the third round of rule changes and never tuned
 * on, so its figures estimate performance on unseen text. Prints, per set, language accuracy, entity
 * precision and recall, event precision/recall/F1 per type and date accuracy. Three language sets
 * (nlp/__fixtures__/language.jsonl and language-2.jsonl for development, language-3.jsonl held out
 * and never tuned on) report language-identification accuracy per group: German
 * and English articles and single sentences, and other languages that must keep their own code or
 * come out as "und".
 *
 * Matching rules: a found entity matches a gold entity when its name is the gold canonical name or
 * one of its accepted forms, or when the gold canonical name is one of its aliases (case, spaces and
 * hyphens ignored). An event matches when the type is equal and its subject matches the gold subject
 * the same way, the gold subject's accepted forms being those of the event and of the entity it names
 * (a labeller may list "H100-KI-Chips" for the subject and "H100" only for the entity). Date accuracy is measured on matched events; gold writes only day and month dates, so
 * a found date with quarter or year precision counts as "no date" there.
 *
 * Usage: npm run eval:nlp [-- --verbose] [--set FILE ...] [--held-out-set FILE ...] [--only TEXT]
 * `--set FILE` adds a labelled set kept outside the repository (same schema as nlp-dev), for example
 * real passages an analyst labelled that may not be committed; `--held-out-set FILE` adds one that is
 * kept blind (only its totals are printed, even with --verbose); `--only TEXT` evaluates only the sets
 * whose name or file contains TEXT.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { analyzeTraced, type AnalysisTrace } from '../nlp/analyze.js';
import { findDateExpressions } from '../nlp/dates.js';
import { TRIGGERS } from '../nlp/event-cues.js';
import { findTriggers } from '../nlp/events/find-triggers.js';
import { isHedged } from '../nlp/events/hedging.js';
import { isQuestionOrDenial } from '../nlp/events/sentence-context.js';
import { EVENT_TYPES, type Analysis, type EventType } from '../nlp/types.js';
import {
  loadItems,
  matchesGold as matches,
  OWN_HOLDOUT_1,
  OWN_HOLDOUT_2,
  OWN_HOLDOUT_3,
  OWN_HOLDOUT_4,
  OWN_PASSAGES,
  repoRoot,
  SHARED_DEV,
  SHARED_DEV_2,
  SHARED_VAL,
  type Item,
  type PassageSet,
} from './lib/annotated-passages.js';

/** `heldOut` sets only ever print totals: their failing items are never shown, even with --verbose. */
const SETS: PassageSet[] = [
  { name: 'shared dev set (real passages)', file: SHARED_DEV },
  {
    name: 'second shared dev set (real passages; before this round: events P 0.60 / R 0.31 / F1 0.41)',
    file: SHARED_DEV_2,
  },
  {
    name: 'shared validation set (real passages; aggregates only, never tuned on)',
    file: SHARED_VAL,
    heldOut: true,
  },
  { name: 'own passages (nlp/__fixtures__)', file: OWN_PASSAGES },
  {
    name: 'first held-out own passages (round 1; development data since round 2)',
    file: OWN_HOLDOUT_1,
  },
  {
    name: 'second held-out own passages (round 2; development data since round 3)',
    file: OWN_HOLDOUT_2,
  },
  { name: 'held-out own passages, round 3 (never tuned on)', file: OWN_HOLDOUT_3, heldOut: true },
  {
    name: 'own passages round 4 (written before the round-4 rules; blind: events P 0.82 / R 0.44 / F1 0.57, entities R 0.90; tuned on since)',
    file: OWN_HOLDOUT_4,
  },
];
const LANGUAGE_SETS: { name: string; file: string; heldOut?: boolean }[] = [
  {
    name: 'language identification (development)',
    file: path.resolve(repoRoot, 'nlp/__fixtures__/language.jsonl'),
  },
  {
    name: 'language identification, round 2 (held out in round 2; development data since round 3)',
    file: path.resolve(repoRoot, 'nlp/__fixtures__/language-2.jsonl'),
  },
  {
    name: 'language identification, round 3 (held out, never tuned on)',
    file: path.resolve(repoRoot, 'nlp/__fixtures__/language-3.jsonl'),
    heldOut: true,
  },
];
const languageItemSchema = z.object({
  id: z.string(),
  group: z.string(),
  lang: z.string(),
  accept: z.array(z.string()).min(1),
  text: z.string(),
});
const verboseRequested = process.argv.includes('--verbose');
/** Values of a repeatable command-line option. */
const optionValues = (flag: string): string[] =>
  process.argv.flatMap((a, i) =>
    a === flag && process.argv[i + 1] !== undefined ? [process.argv[i + 1] ?? ''] : [],
  );
for (const file of optionValues('--set'))
  SETS.push({ name: `extra set given with --set (outside the repository)`, file: path.resolve(file) });
for (const file of optionValues('--held-out-set'))
  SETS.push({
    name: 'held-out set given with --held-out-set (outside the repository; aggregates only)',
    file: path.resolve(file),
    heldOut: true,
  });
const only = optionValues('--only')[0];
const selected = (s: { name: string; file: string }): boolean =>
  only === undefined || s.name.includes(only) || s.file.includes(only);
let verbose = verboseRequested;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));
const prf = (c: Counts): string => {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const show = (x: number, d: number): string => (d === 0 ? '  n/a' : x.toFixed(3));
  return `P ${show(p, c.tp + c.fp)}  R ${show(r, c.tp + c.fn)}  F1 ${show(f, c.tp + c.fp + c.tp + c.fn)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function gradeDate(found: Analysis['events'][number]['date']): string | null {
  if (found === null) return null;
  return found.precision === 'day' || found.precision === 'month' ? found.value : null;
}

/**
 * The names a gold event's subject may be found under: the subject, its accepted forms and those of
 * the gold entity it names (a labeller may list "H100-KI-Chips" for the subject and "H100" only for
 * the entity).
 */
function subjectForms(item: Item, g: Item['events'][number]): string[] {
  return [
    g.subject,
    ...g.accept_subject,
    ...(item.entities.find((x) => x.canonical === g.subject)?.accept ?? []),
  ];
}

function evaluate(items: Item[]): void {
  let langOk = 0;
  const entities = zero();
  const kbEntities = zero();
  const events = Object.fromEntries(EVENT_TYPES.map((t) => [t, zero()])) as Record<EventType, Counts>;
  let datesOk = 0;
  let datesTotal = 0;
  let goldDated = 0;
  let goldDatedOk = 0;
  let traps = 0;
  let trapsHit = 0;
  const misses = new Map<string, number>();
  const missesByType = new Map<string, number>();
  let subjectsFound = 0;
  let subjectsTotal = 0;
  for (const item of items) {
    const input = { id: item.id, text: item.text, ...(item.published ? { published: item.published } : {}) };
    const trace = analyzeTraced(input);
    const result = trace.analysis;
    if (result.language === item.lang) langOk += 1;
    else if (verbose) console.log(`  [lang] ${item.id}: ${String(result.language)} != ${item.lang}`);

    const goldLeft = [...item.entities];
    for (const e of result.entities) {
      const at = goldLeft.findIndex((g) => matches(e.id, e.name, e.aliases, [g.canonical, ...g.accept]));
      const counts = [entities, ...(e.candidate === true ? [] : [kbEntities])];
      if (at >= 0) {
        goldLeft.splice(at, 1);
        for (const c of counts) c.tp += 1;
      } else {
        for (const c of counts) c.fp += 1;
        if (verbose)
          console.log(`  [entity fp] ${item.id}: ${e.name}${e.candidate === true ? ' (candidate)' : ''}`);
      }
    }
    entities.fn += goldLeft.length;
    kbEntities.fn += goldLeft.length;
    // the name layer's share of the event misses: an event whose subject is no entity found is lost
    const subjects = new Set(item.events.map((g) => g.subject));
    for (const g of item.entities.filter((x) => subjects.has(x.canonical))) {
      subjectsTotal += 1;
      if (!goldLeft.includes(g)) subjectsFound += 1;
    }
    if (verbose) for (const g of goldLeft) console.log(`  [entity fn] ${item.id}: ${g.canonical}`);

    if (item.events.length === 0) {
      traps += 1;
      if (result.events.length > 0) trapsHit += 1;
    }
    const goldEvents = [...item.events];
    const unmatched: Analysis['events'] = [];
    for (const e of result.events) {
      const at = goldEvents.findIndex(
        (g) => g.type === e.type && matches(e.subject.id, e.subject.name, [], subjectForms(item, g)),
      );
      const g = goldEvents[at];
      if (g === undefined) {
        unmatched.push(e);
        events[e.type].fp += 1;
        if (verbose)
          console.log(`  [event fp] ${item.id}: ${e.type} ${e.subject.name} | ${e.evidence.slice(0, 140)}`);
        continue;
      }
      goldEvents.splice(at, 1);
      events[e.type].tp += 1;
      datesTotal += 1;
      const found = gradeDate(e.date);
      if (found === g.date) datesOk += 1;
      else if (verbose)
        console.log(
          `  [date] ${item.id}: ${e.type} ${e.subject.name}: ${String(found)} != ${String(g.date)}`,
        );
      if (g.date !== null) {
        goldDated += 1;
        if (found === g.date) goldDatedOk += 1;
      }
    }
    const kinds = classifyMisses(item, goldEvents, unmatched, trace);
    goldEvents.forEach((g, i) => {
      events[g.type].fn += 1;
      if (verbose) console.log(`  [event fn] ${item.id}: ${g.type} ${g.subject} (${kinds[i] ?? ''})`);
      const key = `${g.type} ${(kinds[i] ?? '').replace(/^fn: /u, '')}`;
      missesByType.set(key, (missesByType.get(key) ?? 0) + 1);
    });
    for (const kind of kinds) misses.set(kind, (misses.get(kind) ?? 0) + 1);
  }
  const total = zero();
  for (const t of EVENT_TYPES) {
    total.tp += events[t].tp;
    total.fp += events[t].fp;
    total.fn += events[t].fn;
  }
  console.log(`  passages: ${items.length}`);
  console.log(`  language accuracy: ${ratio(langOk, items.length)} (${langOk}/${items.length})`);
  console.log(`  entities (incl. discovered candidates): ${prf(entities)}`);
  console.log(`  entities (knowledge base only):         ${prf(kbEntities)}`);
  console.log(
    `  event subjects found as entities: ${ratio(subjectsFound, subjectsTotal)} (${subjectsFound}/${subjectsTotal})`,
  );
  console.log('  events:');
  for (const t of EVENT_TYPES) console.log(`    ${t.padEnd(16)} ${prf(events[t])}`);
  console.log(`    ${'all'.padEnd(16)} ${prf(total)}`);
  console.log(`  date accuracy on matched events: ${ratio(datesOk, datesTotal)} (${datesOk}/${datesTotal})`);
  console.log(`  of which gold has a date: ${ratio(goldDatedOk, goldDated)} (${goldDatedOk}/${goldDated})`);
  console.log(`  passages without events (traps) that got an event: ${trapsHit} of ${traps}`);
  const order = [...misses].sort(([a], [b]) => a.localeCompare(b));
  console.log(`  errors by kind: ${order.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const byType = [...missesByType].sort(([a], [b]) => a.localeCompare(b));
  console.log(`  misses by type and kind: ${byType.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

/**
 * Where a missed event was lost when its type's lexicon matches the passage: read at the sentences
 * that name its subject, the furthest stage any of them reached. The cue stands only in other
 * sentences ("cue away from subject"); beside the subject but in a sentence the analyzer skips (an
 * advertisement, a table); dropped by the lexicon's own rule-outs ("ruled out"); found but hedged
 * ("hedged"); in a question or a denial; or found, unhedged, and still no event of the subject: none of
 * the type from that sentence ("no event there": no subject picked, a type's own condition unmet, or
 * suppressed later) or one given to another subject ("other subject there").
 */
function lossStage(trace: AnalysisTrace, type: EventType, forms: readonly string[]): string {
  const named = new Set(
    trace.mentions
      .filter((m) => matches(m.entry.id, m.entry.name, m.entry.aliases, forms))
      .map((m) => m.sentence),
  );
  const lexicon = new RegExp(TRIGGERS[type].source, 'u');
  const stages = [
    'cue away from subject',
    'cue in skipped sentence',
    'cue ruled out',
    'cue hedged',
    'cue in question or denial',
    'cue, no event there',
    'cue, other subject there',
  ];
  let reached = 0;
  for (const i of named) {
    const text = trace.sentences[i]?.text ?? '';
    const lower = text.toLowerCase();
    if (!lexicon.test(lower)) continue;
    if (trace.skip.has(i)) {
      reached = Math.max(reached, 1);
      continue;
    }
    const triggers = findTriggers(type, lower, () => findDateExpressions(text).length > 0);
    if (triggers.length === 0) reached = Math.max(reached, 2);
    else if (triggers.every((t) => isHedged(type, text, lower, t))) reached = Math.max(reached, 3);
    else if (isQuestionOrDenial({ text, lower })) reached = Math.max(reached, 4);
    else {
      // an event's evidence is its sentence: one of the type there was given to another subject
      const other = trace.analysis.events.some((e) => e.type === type && e.evidence.includes(text.trim()));
      reached = Math.max(reached, other ? 6 : 5);
    }
  }
  return `fn: ${stages[reached] ?? ''}`;
}

/**
 * Sorts a passage's errors into kinds, so that held-out sets can say where the misses lie without
 * showing a passage: a missed event whose type was found with another subject ("fn: other subject"),
 * whose subject was found with another type ("fn: other type"), whose subject is no entity found at
 * all ("fn: entity missing"), whose type's lexicon matches somewhere in the passage but made no event
 * there (split by {@link lossStage}) or whose type's lexicon does not match ("fn: no trigger"); a false
 * event in a trap, paired with a miss as above, or extra in a passage with events ("fp: extra").
 */
function classifyMisses(
  item: Item,
  missed: Item['events'],
  extra: Analysis['events'],
  trace: AnalysisTrace,
): string[] {
  const found = trace.analysis.entities;
  const formsOf = (g: Item['events'][number]): string[] => subjectForms(item, g);
  const sameSubject = (e: Analysis['events'][number], g: Item['events'][number]): boolean =>
    matches(e.subject.id, e.subject.name, [], formsOf(g));
  const left = [...extra];
  const take = (test: (e: Analysis['events'][number]) => boolean): boolean => {
    const at = left.findIndex(test);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  };
  const kinds: string[] = missed.map((g) => {
    if (take((e) => e.type === g.type)) return 'fn: other subject';
    const asType = left.find((e) => sameSubject(e, g))?.type;
    if (take((e) => sameSubject(e, g))) return `fn: other type (${asType ?? ''})`;
    return 'fn: no trigger';
  });
  const entityFound = (g: Item['events'][number]): boolean => {
    return found.some((e) => matches(e.id, e.name, e.aliases, formsOf(g)));
  };
  const lower = item.text.toLowerCase();
  missed.forEach((g, i) => {
    if (kinds[i] !== 'fn: no trigger') return;
    if (!entityFound(g)) kinds[i] = 'fn: entity missing';
    else if (new RegExp(TRIGGERS[g.type].source, 'u').test(lower))
      kinds[i] = lossStage(trace, g.type, formsOf(g));
  });
  return [...kinds, ...left.map(() => (item.events.length === 0 ? 'fp: trap' : 'fp: extra'))];
}

for (const set of SETS.filter(selected)) {
  verbose = verboseRequested && set.heldOut !== true;
  console.log(`\n== ${set.name}: ${path.relative(repoRoot, set.file)}`);
  const items = loadItems(set.file);
  if (items === null) {
    console.log('  skipped: file not found');
    continue;
  }
  evaluate(items);
}

/** Language identification per group; a hit is any accepted code (other languages: own code or und). */
function evaluateLanguage(name: string, file: string): void {
  console.log(`\n== ${name}: ${path.relative(repoRoot, file)}`);
  if (!existsSync(file)) {
    console.log('  skipped: file not found');
    return;
  }
  const groups = new Map<string, { ok: number; total: number }>();
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    const parsed = languageItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
    const item = parsed.data;
    const found = analyzeTraced({ id: item.id, text: item.text }).analysis.language ?? 'und';
    const g = groups.get(item.group) ?? { ok: 0, total: 0 };
    g.total += 1;
    if (item.accept.includes(found)) g.ok += 1;
    else if (verbose) console.log(`  [lang] ${item.id}: ${found} not in ${item.accept.join('/')}`);
    groups.set(item.group, g);
  }
  for (const [group, g] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`  ${group.padEnd(12)} ${ratio(g.ok, g.total)} (${g.ok}/${g.total})`);
}

for (const set of LANGUAGE_SETS.filter(selected)) {
  verbose = verboseRequested && set.heldOut !== true;
  evaluateLanguage(set.name, set.file);
}
