/**
 * The sentence context: one sentence as every extractor reads it (text, lower-cased text, mentions
 * with sentence offsets, dates, the year it names) and the date choice for a trigger in it.
 */
import { cueCheck, sentencesOf, type CueCheck } from '../cue-check-type.js';
import { findDateExpressions, resolveDate, type DateAnchor, type DateExpression } from '../dates.js';
import { BEHIND_WORDS, DENIAL, KIND_HEAD, TARGET_WORDS } from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import { MONTH_NAME_PATTERN } from '../lexicon/months.js';
import { mapPacked } from '../packed.js';
import type { Sentence } from '../sentences.js';
import type { EventDate } from '../types.js';
import type { DocumentFacts } from './document-facts.js';
import type { Trigger } from './find-triggers.js';
import { DATE_CLAUSE_BREAK, type LocalMention } from './pick-subjects.js';

/** A year, unless a count follows it ("2048 GPUs", "2000 Beschäftigte") or it is a number's part ("2.048"). */
const YEAR =
  /\b(19[89]\d|20[0-4]\d)(?<![\d.,]\d{4})\b(?![.,]\d)(?!\s*(?:x\b|gpus?\b|chips?\b|karten\b|cards?\b|units?\b|einheiten\b|server\b|nodes?\b|knoten\b|beschleuniger\b|accelerators?\b|prozessoren\b|processors?\b|mitarbeiter|beschäftigte|employees|stück|tokens?\b|parameter|[kmgt]b\b|mw\b|gw\b|dollar|euro|usd|eur|\$|€|%))/giu;
/**
 * The digits every {@link YEAR} match holds. Tested first because YEAR's word boundaries under flags
 * `iu` are tried at every position, and most sentences name no year (sentenceYearOf: 0.54 -> 0.27 M
 * instructions per fixture article).
 */
const YEAR_DIGITS = /19[89]\d|20[0-4]\d/u;
/**
 * The year digits with the pattern they guard: every match of YEAR must hold them, or sentenceYearOf
 * misses a year (sentence-context-cues.test.ts). Both run on a sentence's text.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze([
  cueCheck('YEAR', YEAR, [YEAR_DIGITS], {
    textsOf: sentencesOf,
  }),
]);
/** A sentence that ends as a question, closing quotes and brackets allowed. */
const QUESTION_END = /\?[!?"')\]\s]*$/u;

/** One sentence prepared for extraction. Offsets of `local` and `dates` are into `text`. */
export interface SentenceContext {
  readonly doc: DocumentFacts;
  readonly index: number;
  readonly sentence: Sentence;
  readonly text: string;
  readonly lower: string;
  /** All mentions of the sentence (offsets into the whole text). */
  readonly mentions: readonly Mention[];
  /** The mentions that can take part in an event, with sentence offsets; see {@link readSentence}. */
  readonly local: readonly LocalMention[];
  readonly dates: readonly DateExpression[];
  /** The last year the sentence names, or null. */
  readonly sentenceYear: number | null;
  /** The last year named before this sentence (the context year), or null. */
  readonly yearBefore: number | null;
}

/** The last year (1980-2049) a sentence names; it anchors yearless dates here and after. */
export function sentenceYearOf(text: string): number | null {
  if (!YEAR_DIGITS.test(text)) return null;
  let last: string | undefined;
  for (const m of text.matchAll(YEAR)) last = m[1];
  return last === undefined ? null : Number(last);
}

/** The year a sentence names and the context year before it. */
export interface SentenceYears {
  sentenceYear: number | null;
  yearBefore: number | null;
}

/**
 * Reads sentence `index` of the document. A company named right before its own chip ("Nvidias
 * H20-Chips") is the chip's vendor, not a party to the event, so it is left out of `local`.
 */
export function readSentence(
  doc: DocumentFacts,
  sentence: Sentence,
  index: number,
  years: SentenceYears,
): SentenceContext {
  const mentions = doc.mentionsIn(index);
  const local = mapPacked(
    mentions.filter(
      (m) =>
        m.entry.kind !== 'organization' ||
        !mentions.some(
          (x) =>
            x.entry.kind === 'chip' &&
            x.entry.developer === m.entry.id &&
            x.start - m.end <= 2 &&
            x.start >= m.end,
        ),
    ),
    (m) => ({ mention: m, start: m.start - sentence.start, end: m.end - sentence.start }),
  );
  return new Context(doc, index, sentence, mentions, local, years);
}

/**
 * The context {@link readSentence} returns. A class, not an object literal with a getter: V8 keeps
 * such a literal as a dictionary, and every extractor's read of its fields was a hash lookup.
 */
class Context implements SentenceContext {
  readonly text: string;
  readonly lower: string;
  readonly sentenceYear: number | null;
  readonly yearBefore: number | null;
  private found: readonly DateExpression[] | undefined;

  constructor(
    readonly doc: DocumentFacts,
    readonly index: number,
    readonly sentence: Sentence,
    readonly mentions: readonly Mention[],
    readonly local: readonly LocalMention[],
    years: SentenceYears,
  ) {
    this.text = sentence.text;
    this.lower = this.text.toLowerCase();
    this.sentenceYear = years.sentenceYear;
    this.yearBefore = years.yearBefore;
  }

  /** Read on first use: most sentences have no trigger and never need their dates. */
  get dates(): readonly DateExpression[] {
    this.found ??= findDateExpressions(this.text);
    return this.found;
  }
}

/** A reporting verb right before a date: the date of the report, not of the event. */
const REPORTED_ON =
  /\b(?:reported|said|told|wrote|berichtete\w*|meldete\w*|sagte|schrieb|hieß es)\s+(?:on\s+|am\s+)?$/u;

/** Questions and denials report no event; their mentions still set the topic. */
export function isQuestionOrDenial({ text, lower }: Pick<SentenceContext, 'text' | 'lower'>): boolean {
  return QUESTION_END.test(text) || DENIAL.test(lower);
}

/** A year named later in the sentence inside a relative clause: ", the model that debuted in 2024". */
const YEAR_IN_RELATIVE_AFTER =
  /,\s*(?:(?:the|a|an)\s+[^,;]{0,40}?\s)?(?:that|which|who|der|die|das|welche\p{L}*)\s[^,;]*?(?<![\d.,])(?:19|20)\d\d(?![\d])/u;

/**
 * The anchor of a date at offset `at`: the last year the sentence names before it; else the sentence's
 * year, unless that year stands in a relative clause after the date ("announced on March 24 that it is
 * winding down Sora, which debuted in 2024"), where the year named before the sentence is used first.
 */
function anchorOf(sc: SentenceContext, future: boolean, at?: number): DateAnchor {
  if (at === undefined || sc.sentenceYear === null)
    return { published: sc.doc.published, contextYear: sc.sentenceYear ?? sc.yearBefore, future };
  const before = sentenceYearOf(sc.text.slice(0, at));
  const otherFact = before === null && YEAR_IN_RELATIVE_AFTER.test(sc.lower.slice(at));
  const contextYear = before ?? (otherFact ? (sc.yearBefore ?? sc.sentenceYear) : sc.sentenceYear);
  return { published: sc.doc.published, contextYear, future };
}

/**
 * The event date for a trigger: the sentence's non-fiscal date nearest to it, resolved against the
 * publication date and the context year; `future` resolves yearless dates forward (plans). Null
 * when the sentence has no usable date.
 */
export function pickDate(
  sc: SentenceContext,
  trigger: Trigger,
  future: boolean,
  skipTargets = false,
): EventDate | null {
  const best = nearestDate(sc, trigger, skipTargets);
  return best === undefined ? null : resolveDate(best, anchorOf(sc, future, best.start));
}

/**
 * A preposition of a new target right before a date: "pushed to March", "auf den 12. Mai verschoben",
 * "bis Ende 2026", "into next year", "nun erst im März", or the target missed ("nicht wie geplant im März",
 * "delayed from May", "should have launched in April", "originally planned for May 2025", "originally scheduled for launch this month", "the
 * anticipated April 2026 release", "den für Mai geplanten Start"):
 * where a delay moves to or which target it missed, not when it was reported.
 */
const TARGET_BEFORE = new RegExp(
  String.raw`(?:\b(?:to|into|until|till|auf|bis|ins)\s+(?:(?:the|den|das|die|dem)\s+)?(?:(?:frühestens|spätestens|no earlier than|no later than)\s+)?(?:jahr\s+|quartal\s+)?|\bin\s+(?:den|das|die)\s+(?:jahr\s+|quartal\s+)?|\berst\s+(?:(?:im|in|am|ab)\s+)?|\b(?:wie|as)\s+(?:ursprünglich\s+|originally\s+|previously\s+)?(?:geplant|angekündigt|vorgesehen|planned|scheduled|announced|promised)\s+|\bnow\s+(?:expected|slated|due|scheduled|set|planned|targeted)\s+(?:in|for)\s+(?:the\s+)?|\b(?:${TARGET_WORDS})\s+to\s+(?:\S+\s+){1,3}?(?:(?:in|by|on|at|during|before)\s+)?(?:the\s+)?|\b(?:sollten?|hätten?)\s+(?:eigentlich\s+|ursprünglich\s+)?(?:schon\s+|bereits\s+)?(?:(?:im|in|am|bis)\s+)?|\bshould\s+have\s+(?:been\s+)?\S+\s+(?:(?:in|by|on|at|during|before)\s+)?(?:the\s+)?|\b(?:originally|initially|ursprünglich|eigentlich|zunächst)\s+(?:(?:\S+\s+){0,2}?(?:planned|slated|scheduled|expected|due|targeted|set|intended|geplant|vorgesehen|angekündigt|angepeilt|erwartet)\s+)?(?:for|in|on|by|für|im|am|bis|auf)\s+(?:(?:the|den|dem|das)\s+)?(?:(?:launch|release|debut|rollout)\s+(?:(?:in|on|by)\s+)?)?|\b(?:the|its|their|die|der|den|das|seine[nm]?|ihre[nm]?)\s+(?:(?:long-)?(?:anticipated|awaited|planned|expected|scheduled|promised|intended|targeted|original|initial|erwartete[nm]?|geplante[nm]?|angekündigte[nm]?|vorgesehene[nm]?|ursprüngliche[nm]?|angepeilte[nm]?)\s+)+|\b(?:den|die|das|der|dem)\s+(?:(?:ursprünglich|eigentlich|zunächst)\s+)?(?:für|auf)\s+(?:(?:den|das|die)\s+)?|\b(?:delay\w*|push\w*(?:\s+back)?|postpon\w*|mov(?:ed|es|ing)|slipp?\w*|shift\w*|back)\s+(?:[^\s,.;:]+\s+){0,3}?from\s+(?:(?:its|the|an?)\s+)?(?:(?:original(?:ly)?|planned|earlier|initial|expected)\s+)?)$`,
  'u',
);

/**
 * The start of a record the event is measured against: "the biggest single-day drop since Aug 9", "den
 * höchsten Stand seit März". The date is the record's, not the event's.
 */
const RECORD_SINCE_BEFORE =
  /(?<![\p{L}])(?:biggest|largest|steepest|sharpest|worst|best|highest|lowest|strongest|weakest|first|größte\p{L}*|stärkste\p{L}*|höchste\p{L}*|tiefste\p{L}*|niedrigste\p{L}*|schwächste\p{L}*|beste\p{L}*|schlechteste\p{L}*|erste\p{L}*)\s+(?:\S+\s+){0,4}?(?:since|seit)\s+$/u;
/** A company's founding: "Founded in 2015, Iluvatar introduced ...", "das 2019 gegründete Start-up". */
const FOUNDED_BEFORE =
  /\b(?:founded|established|incorporated|gegründet|ins leben gerufen)\s+(?:(?:in|im|am|on)\s+)?(?:(?:the\s+)?(?:year|jahr)\s+)?$/u;
/** The delays a plan comes after, dated: "Despite delays in 2025, ... plans", "Nach Verschiebungen im Mai will". */
const DELAYS_BEHIND_BEFORE = new RegExp(
  String.raw`\b(?:${BEHIND_WORDS})\s+(?:\S+\s+){0,3}?(?:delays?|postponements?|setbacks?|verzögerung\p{L}*|verschiebung\p{L}*)\s+(?:(?:in|im|since|seit|from|von)\s+)?$`,
  'u',
);
/** ... and the German attributive after the date: "das 2019 gegründete Start-up". */
const FOUNDED_AFTER = /^\s+gegründete[nmrs]?(?![\p{L}])/u;

/**
 * A clause with a subject and verb of its own after ", and" ("... in April 2025, and Amazon is set to
 * release its Trainium3"): a date on the other side belongs to the other clause.
 */
const OWN_SUBJECT_CLAUSE =
  /,\s*(?:and|und)\s+(?!(?:in|im|on|am|by|bis|ab|from|seit|since|then|dann|later|später)\b)[\p{L}-]+(?:['’]s)?\s+(?:\S+\s+)?(?:is|are|was|were|will|has|have|had|plans?|planned|wants?|intends?|wird|werden|ist|sind|hat|haben|soll|sollen|will|plant|planen|möchte)\b/u;

/**
 * The reports a sentence's own event followed, opened between a date and a later trigger: "shares plunged
 * on Monday after reports that the launch would be delayed" dates the plunge, not the delay.
 */
const REPORTS_THAT =
  /\b(?:after|following|amid|on|nach|angesichts|wegen)\s+(?:\S+\s+){0,2}?(?:reports?|berichte[nm]?|berichts|meldungen|news|gerüchte[nm]?|rumou?rs?)\s*,?\s+(?:that|dass|über|of|about)\b/u;

/** A relative or "after" clause opened between a trigger and a later date. */
const RELATIVE_CLAUSE =
  /,\s*(?:(?:in|an|auf|mit|von|bei)\s+)?(?:der|die|das|dem|den|deren|dessen|welche[rsnm]?|which|that|who|whose)\s|(?:,\s*|\s)(?:after|nachdem)\s/u;
const LAUNCH_VERB =
  /\b(?:vorgestellt|veröffentlicht|präsentiert|eingeführt|erschienen|launched|released|unveiled|introduced|debuted|presented)\b/u;

/**
 * True when the date sits in a relative clause about a launch and the trigger's event is another:
 * "zielt auf den RTX Pro 6000D ab, einen Chip, der im Juli 2025 vorgestellt wurde" dates the launch,
 * not the ban; "will be available in the coming weeks, after the chip was first released in April" dates the
 * first launch, not the plan. A release trigger keeps it ("released Qwen3, which became available on April 29").
 */
function ofAnotherLaunch(trigger: Trigger, gap: string, afterDate: string): boolean {
  if (trigger.type === 'release') return false;
  const opened = RELATIVE_CLAUSE.exec(gap);
  return opened !== null && LAUNCH_VERB.test(`${gap.slice(opened.index)} ${afterDate}`);
}

/** Whether the words before a date (with the preposition the date reader kept in it) name it a target. */
function targetBefore(before: string, date: string): boolean {
  const preposition = /^(?:from|for|für|in|im|am|on|by)\s+/u.exec(date)?.[0];
  return (
    TARGET_BEFORE.test(before) || (preposition !== undefined && TARGET_BEFORE.test(before + preposition))
  );
}

/**
 * The sentence's non-fiscal date expression nearest to a trigger (the one {@link pickDate} resolves);
 * with `skipTargets`, dates that name a new target or the one given up inside the trigger are passed over
 * (a delay is dated by its report).
 */
export function nearestDate(
  sc: SentenceContext,
  trigger: Trigger,
  skipTargets = false,
): DateExpression | undefined {
  const dist = (d: DateExpression): number =>
    d.end <= trigger.start ? trigger.start - d.end : d.start >= trigger.end ? d.start - trigger.end : 0;
  // "..., the agency reported on Wednesday": the day of the report is not the event's, if another is given
  // ", with Trainium4 coming in late 2027" dates Trainium4; ", with shipments starting in 2026" the launch
  const inClause = (d: DateExpression): boolean => {
    const [from, to] = d.end <= trigger.start ? [d.end, trigger.start] : [trigger.end, d.start];
    const gap = sc.lower.slice(from, to);
    const withAt = gap.search(/,\s*with\b/u);
    const otherSubject = withAt >= 0 && sc.local.some((m) => m.start >= from + withAt && m.end <= to);
    return (
      !DATE_CLAUSE_BREAK.test(gap) &&
      !OWN_SUBJECT_CLAUSE.test(gap) &&
      !(d.end <= trigger.start && REPORTS_THAT.test(gap)) &&
      !otherSubject &&
      !(d.start >= trigger.end && ofAnotherLaunch(trigger, gap, sc.lower.slice(d.end, d.end + 40)))
    );
  };
  // a date inside the trigger is the target given up ("wanted to release R2 in May, but now")
  const isTarget = (d: DateExpression): boolean =>
    skipTargets &&
    ((d.start >= trigger.start && d.end <= trigger.end) ||
      // the date reader keeps a leading preposition in the date ("delayed [from May]", "den [für Mai] geplanten",
      // "originally expected [in May]")
      targetBefore(sc.lower.slice(Math.max(0, d.start - 40), d.start), sc.lower.slice(d.start, d.end)));
  // a company's founding, or delays a plan comes after, have dates of their own
  const ofOtherFact = (d: DateExpression): boolean =>
    FOUNDED_BEFORE.test(sc.lower.slice(Math.max(0, d.start - 30), d.start)) ||
    RECORD_SINCE_BEFORE.test(sc.lower.slice(Math.max(0, d.start - 60), d.start)) ||
    FOUNDED_AFTER.test(sc.lower.slice(d.end, d.end + 20)) ||
    (trigger.type === 'plan' &&
      DELAYS_BEHIND_BEFORE.test(sc.lower.slice(Math.max(0, d.start - 50), d.start)));
  const usable = sc.dates.filter((d) => d.fiscal !== true && inClause(d) && !isTarget(d) && !ofOtherFact(d));
  const own = usable.filter((d) => !REPORTED_ON.test(sc.lower.slice(Math.max(0, d.start - 30), d.start)));
  let best: DateExpression | undefined;
  // a plan is dated by its target, never by the day it was told; a delay or a cancellation by its report
  const byReport = trigger.type === 'delay' || trigger.type === 'cancellation';
  const candidates = byReport ? usable : own.length > 0 || trigger.type === 'plan' ? own : usable;
  for (const d of candidates) if (best === undefined || dist(d) < dist(best)) best = d;
  return best ?? (trigger.type === 'plan' ? undefined : datelineOf(sc, trigger));
}

/** Place words before a dateline's date: "Shenzhen, ", "SANTA CLARA, CA - ", "BERLIN (dpa) - ". */
const DATELINE_PLACE =
  /^\s*(?:[\p{Lu}][\p{L}.'’]*(?:\s+[\p{Lu}][\p{L}.'’]*){0,3}\s*(?:,\s*[\p{Lu}][\p{L}.]*\s*)?(?:\(\p{L}+\)\s*)?(?:[-–—,]\s*)?)?$/u;
const EARLIER_CLAUSE =
  /\b(?:nachdem|after|weil|because|since|seit|als|when|hatte|hatten|had)\b|,\s*(?:released|launched|unveiled|introduced|veröffentlicht|vorgestellt)\b/u;
const LOOKING_BACK =
  /\b(?:vor (?:einem|einer|zwei|drei|vier|\d+|mehreren|wenigen) (?:jahr|monat|woche|tag)\w*|ago|last (?:year|spring|summer|fall|autumn|winter|month|week)|earlier|bereits|längst|schon|already|previously|zuvor|seit|since|im vergangenen|letzte[nms]? (?:jahr|monat|woche))\b/u;
/** What closes a dateline after its date: a dash, perhaps after an agency in brackets. */
const DATELINE_CLOSE = /^\s*(?:\(\p{L}+\)\s*)?[-–—]\s/u;

/**
 * The date of a dateline opening the sentence ("Shenzhen, 15. Oktober 2025 – Huawei hat ...
 * vorgestellt"), for an event after it whose clause gives no date: a wire's dateline is the day the news
 * was told, and so the day of what it reports as news. The tense is not read; an earlier, relative or
 * participle clause before the trigger and words looking back ("vor einem Jahr", "already") keep it off.
 */
function datelineOf(sc: SentenceContext, trigger: Trigger): DateExpression | undefined {
  const first = sc.dates[0];
  if (first === undefined || first.fiscal === true || first.end > trigger.start) return undefined;
  const opens =
    DATELINE_PLACE.test(sc.text.slice(0, first.start)) && DATELINE_CLOSE.test(sc.text.slice(first.end));
  // not what an earlier or relative clause tells ("..., nachdem Zollbeamte die Einfuhr blockiert hatten",
  // "Nvidia, which launched the H20, reported"), nor a sentence looking back ("vor einem Jahr", "last spring")
  const between = sc.lower.slice(first.end, trigger.end);
  const told =
    !EARLIER_CLAUSE.test(between) && !RELATIVE_CLAUSE.test(between) && !LOOKING_BACK.test(sc.lower);
  return opens && told ? first : undefined;
}

/** The first date of the sentence after `subjectEnd` that `fits` the text between, resolved; else undefined. */
function dateRightAfter(
  sc: SentenceContext,
  subjectEnd: number,
  future: boolean,
  fits: (gap: string, date: DateExpression) => boolean,
): EventDate | null | undefined {
  const d = sc.dates.find((x) => x.start > subjectEnd && fits(sc.lower.slice(subjectEnd, x.start), x));
  return d === undefined ? undefined : resolveSentenceDate(sc, d, future);
}

/**
 * The date a subject carries in brackets right after its name ("Opus 4.5 (November 24, 2025)"), or
 * undefined: in a list of releases each member has its own date. Offsets are into the sentence.
 */
export const bracketedDate = (
  sc: SentenceContext,
  subjectEnd: number,
  future: boolean,
): EventDate | null | undefined => dateRightAfter(sc, subjectEnd, future, (gap) => /^\s*\(\s*$/u.test(gap));

/**
 * The date of a succession told before the subjects it brings ("o3-mini, followed on April 16 by o3 and
 * o4-mini", "gefolgt im April von o3"): those subjects' own date; undefined when there is none.
 */
export function successionDate(
  sc: SentenceContext,
  subjectStart: number,
  future: boolean,
): EventDate | null | undefined {
  const d = sc.dates.findLast(
    (x) =>
      x.end <= subjectStart &&
      /(?:followed|gefolgt)\s+(?:(?:on|in|am|im)\s+)?$/u.test(
        sc.lower.slice(Math.max(0, x.start - 20), x.start),
      ) &&
      /^\s*(?:by|von|vom)\s[^.;:!?]{0,40}$/u.test(sc.lower.slice(x.end, subjectStart)),
  );
  return d === undefined ? undefined : resolveSentenceDate(sc, d, future);
}

/**
 * What stands between a conjunct and its own date: "Rubin Ultra für 2027", "the Gaudi 3 chips in 2024"
 * (a yearless month's expression takes its preposition along: "Opus 4.5 [in November]").
 */
const OWN_DATE_GAP = new RegExp(
  String.raw`^[\s-]*(?:${KIND_HEAD}\s+)?(?:für|for|in|im|ab|bis|by|am|on)\s+$`,
  'u',
);
const PREPOSITION_FIRST = /^(?:für|for|in|im|ab|bis|by|am|on)\s/iu;

/**
 * The date a preposition ties to one of several coordinated subjects ("Rubin Ultra für 2027 und
 * Feynman für 2028", "the MI350 in 2025 and the MI400 in 2026"); undefined when none follows it.
 */
export const prepositionalDate = (
  sc: SentenceContext,
  subjectEnd: number,
  future: boolean,
): EventDate | null | undefined =>
  dateRightAfter(
    sc,
    subjectEnd,
    future,
    (gap, date) => OWN_DATE_GAP.test(gap) || (/^[\s-]*$/u.test(gap) && PREPOSITION_FIRST.test(date.text)),
  );

/** Resolves one date expression of the sentence; `future` resolves yearless dates forward. */
export function resolveSentenceDate(
  sc: SentenceContext,
  d: DateExpression,
  future: boolean,
): EventDate | null {
  return resolveDate(d, anchorOf(sc, future, d.start));
}

/**
 * "Released in July and September 2025 respectively": one date per subject, in text order, when the
 * sentence has exactly `n` non-fiscal dates; otherwise null.
 */
export function respectiveDates(
  sc: SentenceContext,
  n: number,
  future: boolean,
): (EventDate | null)[] | null {
  const usable = listed(
    sc,
    sc.dates.filter((d) => d.fiscal !== true),
    n,
  );
  if (usable.length !== n) return null;
  const anchor = anchorOf(sc, future);
  return usable.map((d) => resolveDate(d, anchor));
}

/** A month or year listed after a date without a preposition of its own: "in April and July", "in 2026 and 2027". */
const LISTED_NEXT = new RegExp(
  String.raw`^\s*(?:,\s*(?:and\s+|und\s+)?|,?\s+(?:and|und|sowie|or|oder|bzw\.|beziehungsweise)\s+)(?:(?:in|im)\s+)?((?:${MONTH_NAME_PATTERN})\.?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)(?![\p{L}\d])`,
  'iu',
);

/**
 * The sentence's dates with the bare months and years listed after one of them added, until there are
 * `n` ("released ... in April and July respectively": the date reader sees "in April" only).
 */
function listed(sc: SentenceContext, dates: readonly DateExpression[], n: number): DateExpression[] {
  const out = [...dates];
  for (let last = out[out.length - 1]; last !== undefined && out.length < n; last = out[out.length - 1]) {
    const m = LISTED_NEXT.exec(sc.text.slice(last.end));
    const word = m?.[1];
    const parsed = word === undefined ? undefined : findDateExpressions(`in ${word}`)[0];
    if (m === null || word === undefined || parsed === undefined) break;
    const start = last.end + m[0].length - word.length;
    out.push({ ...parsed, start, end: start + word.length, text: word });
  }
  return out;
}
