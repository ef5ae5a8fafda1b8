/**
 * Finds date expressions in German and English sentences and normalises them against the
 * publication date. Absolute dates ("am 7. August 2025", "Aug. 05, 2025", "in December 2024") keep
 * their precision; relative ones ("am Montag", "last Friday", "im Mai", "earlier this month",
 * "next year", "in Q1") need an anchor and come out as null without one, never as a guess.
 */
import { cueCheck, type CueCheck } from './cue-check-type.js';
import { MONTH_NAME_PATTERN, monthNumber } from './lexicon/months.js';
import type { EventDate } from './types.js';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  weekday?: number;
  /** Offset in days from the anchor ("gestern" = -1). */
  dayOffset?: number;
  /** Offset in months from the anchor's month ("last month" = -1). */
  monthOffset?: number;
  /** Offset in years from the anchor's year ("next year" = 1). */
  yearOffset?: number;
  /** Offset in quarters from the anchor's quarter ("next quarter" = 1). */
  quarterOffset?: number;
  /** Weekday direction: "last Friday" = -1, "next Friday" = 1, plain "Friday" = 0 (most recent). */
  direction?: -1 | 0 | 1;
  /** A reporting period ("fiscal 2026", "Geschäftsjahr"), not an event date. */
  fiscal?: boolean;
  /** The year was written with the expression. */
  explicitYear: boolean;
}

/** What relative expressions are resolved against. */
export interface DateAnchor {
  /** Publication date (UTC midnight) when known. */
  published: Date | null;
  /** A year stated elsewhere in the passage, used for month/day expressions on undated pages. */
  contextYear: number | null;
  /** The event lies in the future of the anchor (plans): month names resolve forward. */
  future: boolean;
}

/** "since early May", "seit Anfang Mai": the words before a date that the date reader leaves out of it. */
const SINCE_BEFORE =
  /(?<![\p{L}])(?:seit|since)\s+(?:(?:dem|der|the|early|late|mid|anfang|mitte|ende)\s+)?$/iu;

/**
 * A time that opens a state going on now ("seit Mai", "since early May"): it dates a beginning, never a
 * target. `text` is what the expression's offsets refer to.
 */
export function opensSince(d: Pick<DateExpression, 'text' | 'start'>, text: string): boolean {
  return (
    /^(?:seit|since)(?![\p{L}])/iu.test(d.text) ||
    SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 20), d.start))
  );
}

/** A month name or abbreviation as capture group; capitalised only (see {@link MONTH_NAME_PATTERN}). */
const MONTH = `(${MONTH_NAME_PATTERN})`;
/** A month and day right after a weekday ("Friday, April 24"): the weekday only names the date's day. */
const MONTH_DAY_AFTER = new RegExp(`^,?\\s+${MONTH}\\.?\\s+\\d{1,2}(?!\\d)`, 'u');
const WEEKDAYS: [RegExp, number][] = [
  [/^(sonntag|sunday)/i, 0],
  [/^(montag|monday)/i, 1],
  [/^(dienstag|tuesday)/i, 2],
  [/^(mittwoch|wednesday)/i, 3],
  [/^(donnerstag|thursday)/i, 4],
  [/^(freitag|friday)/i, 5],
  [/^(samstag|sonnabend|saturday)/i, 6],
];
const WEEKDAY =
  '(Sonntag|Sunday|Montag|Monday|Dienstag|Tuesday|Mittwoch|Wednesday|Donnerstag|Thursday|Freitag|Friday|Samstag|Sonnabend|Saturday)';
const ORDINAL_QUARTER: Record<string, number> = {
  ersten: 1,
  erste: 1,
  first: 1,
  zweiten: 2,
  zweite: 2,
  second: 2,
  dritten: 3,
  dritte: 3,
  third: 3,
  vierten: 4,
  vierte: 4,
  fourth: 4,
  '1.': 1,
  '2.': 2,
  '3.': 3,
  '4.': 4,
};

function weekdayNumber(word: string): number | undefined {
  for (const [re, n] of WEEKDAYS) if (re.test(word)) return n;
  return undefined;
}

/** What a date rule's match means, or null when it is no date after all. */
type Builder = (m: RegExpExecArray) => Omit<DateExpression, 'start' | 'end' | 'text'> | null;

const FISCAL_AFTER =
  /^\s*,?\s*(of\s+)?(the\s+)?(fiscal|geschäftsjahr|fiskal|des geschäftsjahres|fy|ending|endet|ended|(?:laufende|endende|abgelaufene)[nms]?\s+(?:quartal|geschäftsjahr|halbjahr|berichtszeitraum))/iu;
/** A verb that moves a launch, before "to May" / "into October". */
const MOVING_VERB_BEFORE =
  /\b(?:push\w*|delay\w*|postpon\w*|mov(?:e|es|ed|ing)|slip\w*|shift\w*|reschedul\w*)\b[^.;!?]{0,90}$/u;
/** The determiner of a month used as an attribute ("a March release", "its early-May launch"). */
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:(?:early|mid|late)[- ])?$/u;
/** A target given up, told before the month: "once slated for", "had its ... pushed back". */
const SUPERSEDED_BEFORE = /\b(?:once|originally|initially|previously|had its|had their)\b[^.;!?]{0,30}$/iu;
const FISCAL_BEFORE =
  /(fiscal|geschäftsjahr|fiskaljahr|fy|ending|endet|ended|ends|(?:months|quarter|period) (?:to|through))\s*$/i;

/** Day, month name and optional year captured as groups 1, 2 and 3 ("20. Jan. 2025", "3rd of May"). */
const dayMonthYear: Builder = (m) => {
  const month = monthNumber(m[2] ?? '');
  if (month === undefined) return null;
  const year = m[3] === undefined ? undefined : +m[3];
  return year === undefined
    ? { month, day: +(m[1] ?? 0), explicitYear: false }
    : { year, month, day: +(m[1] ?? 0), explicitYear: true };
};

/**
 * A quarter with the year the text gives: a number, "this/next/last year" (or the German forms), or none.
 * "this year" is this year; a bare quarter is read against the anchor later, so a plan's lies ahead.
 */
function quarterOfYear(
  quarter: number,
  year: string | undefined,
  relative: string | undefined,
): Omit<DateExpression, 'start' | 'end' | 'text'> {
  if (year !== undefined) return { quarter, year: +year, explicitYear: true };
  const rel = (relative ?? '').toLowerCase();
  if (rel === '') return { quarter, explicitYear: false };
  if (/next|nächsten|kommenden/.test(rel)) return { quarter, yearOffset: 1, explicitYear: false };
  if (/last/.test(rel)) return { quarter, yearOffset: -1, explicitYear: false };
  return { quarter, yearOffset: 0, explicitYear: false };
}

/**
 * What a text holds that some rules need. A rule runs only where its cue is present, and each cue is
 * implied by every match of its rule (checked on the whole text), so skipping a rule never loses a
 * match. Most sentences name no month, year or relative date, and the rules' `\b`-led alternations
 * are tried at every position: the cues cut findDateExpressions over all sentences of our fixture
 * articles from 2.6 to 1.5 M instructions per article. date-cues.test.ts holds every rule and every
 * alternative in it to its cue on written examples.
 */
interface Cues {
  readonly text: string;
  /** `text` lower-cased: a rule with flag `i` (and no `u`) matches only ASCII case variants of its letters. */
  readonly lower: string;
  readonly digit: boolean;
  readonly fourDigits: boolean;
  readonly month: boolean;
}
/** Whether a text's {@link Cues} allow a rule to match. */
type Cue = (c: Cues) => boolean;

const ANY_MONTH = new RegExp(MONTH_NAME_PATTERN, 'u');
const ANY_WEEKDAY = new RegExp(WEEKDAY, 'u');
const monthName: Cue = (c) => c.month;
const dayAndMonth: Cue = (c) => c.digit && c.month;
const yearAndMonth: Cue = (c) => c.fourDigits && c.month;
const fourDigits: Cue = (c) => c.fourDigits;
/**
 * Some word of `words` (lower case) in the lower-cased text. For rules without flag `u` only: under `iu`
 * "ſ" matches "s" but stays "ſ" in lower case, so a word with an "s" could miss a match.
 */
const word =
  (...words: string[]): Cue =>
  (c) =>
    words.some((w) => c.lower.includes(w));
const monthWord = word('month', 'monat');
const yearWord = word('year', 'jahr');
const quarterWord = word('quart');

/**
 * The date rules: a pattern, what a match means, and the cue every match of the pattern implies (see
 * {@link Cues}).
 */
const DATE_RULES: readonly (readonly [RegExp, Builder, Cue])[] = [
  // a span inside one month ("zwischen dem 15. und 30. August 2025", "August 15–30") is that month
  [
    new RegExp(
      `\\b(?:zwischen dem\\s+|between\\s+)?\\d{1,2}\\.?\\s*(?:und|and|bis|-|–)\\s*\\d{1,2}\\.?\\s+${MONTH}\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])|\\b${MONTH}\\.?\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'gu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? m[3] ?? '');
      if (month === undefined) return null;
      const y = m[2] ?? m[4];
      return y === undefined ? { month, explicitYear: false } : { year: +y, month, explicitYear: true };
    },
    dayAndMonth,
  ],
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    (m) => ({ year: +(m[1] ?? 0), month: +(m[2] ?? 0), day: +(m[3] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    new RegExp(`\\b(\\d{1,2})\\.\\s*${MONTH}\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'gu'),
    dayMonthYear,
    dayAndMonth,
  ],
  [
    new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'gu',
    ),
    dayMonthYear,
    dayAndMonth,
  ],
  [
    new RegExp(
      `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'gu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      if (month === undefined) return null;
      const year = m[3] === undefined ? undefined : +m[3];
      return year === undefined
        ? { month, day: +(m[2] ?? 0), explicitYear: false }
        : { year, month, day: +(m[2] ?? 0), explicitYear: true };
    },
    dayAndMonth,
  ],
  [
    new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gu'),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === undefined ? null : { year: +(m[2] ?? 0), month, explicitYear: true };
    },
    yearAndMonth,
  ],
  [
    new RegExp(
      `\\b(?:[Ii]m|[Ii]n|[Aa]b|[Bb]is|[Ss]eit|[Ff]ür|for|from|starting|beginning|Anfang|Mitte|Ende|early|mid|late|since|until|till|by|as early as|as soon as|no later than|this|next|last|vergangenen|kommenden|nächsten|diesen|dieses|(?:[Tt]he\\s+)?(?:end|beginning|start|middle) of)[ -]${MONTH}\\b(?!\\.?,?\\s+\\d{4}\\b)(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![.:]\\d))(?!['’])`,
      'gu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      if (month === undefined) return null;
      const lead = m[0].toLowerCase();
      if (/^(next|nächsten|kommenden)/.test(lead))
        return { month, yearOffset: 0, direction: 1, explicitYear: false };
      if (/^(last|vergangenen)/.test(lead)) return { month, direction: -1, explicitYear: false };
      return { month, explicitYear: false };
    },
    monthName,
  ],
  // a month a launch is moved to: "pushed back to May", "slipped into October", "auf Juni verschoben"
  // ("according to May Habib" and "to May's office" are no dates)
  [
    new RegExp(
      `\\b(?:to|into)[ -]${MONTH}\\b(?!\\.?,?\\s+\\d{4}\\b)(?!['’])|\\b[Aa]uf[ -]${MONTH}\\b(?!\\.?,?\\s+\\d{4}\\b)(?=[^.;!?]{0,60}?\\b(?:verschoben|verlegt|vertagt|verschiebt|verschieben)\\b)`,
      'gu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? m[2] ?? '');
      // the English form only after a moving verb (read here: a lookbehind would run at every position)
      if (m[1] !== undefined && !MOVING_VERB_BEFORE.test(m.input.slice(Math.max(0, m.index - 120), m.index)))
        return null;
      return month === undefined ? null : { month, explicitYear: false };
    },
    monthName,
  ],
  // a month as the attribute of a launch: "slated for a March release", "on track for an early-May launch"
  [
    new RegExp(
      `\\b${MONTH}(?=\\s+(?:release|launch|debut|rollout|roll-out|arrival|unveiling|introduction|ship date)\\b)`,
      'gu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? '');
      if (!ATTRIBUTIVE_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index))) return null;
      // "once slated for an April release", "had its October ship date pushed back": a target given up
      if (SUPERSEDED_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
      return month === undefined ? null : { month, explicitYear: false };
    },
    monthName,
  ],
  [
    /\b(?:Q([1-4])|([1-4])Q)(?:\s*\/?\s*'?(\d{4}|\d{2})\b)?/g,
    (m) => {
      const quarter = +(m[1] ?? m[2] ?? 0);
      const y = m[3];
      if (y === undefined) return { quarter, explicitYear: false };
      return { quarter, year: y.length === 2 ? 2000 + +y : +y, explicitYear: true };
    },
    (c) => c.digit && c.text.includes('Q'),
  ],
  [
    /\b(ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|first|second|third|fourth|[1-4]\.)\s+(?:Quartal|quarter)\b(?:\s+(?:of\s+)?(?:(\d{4})|(this|next|last) year|(dieses|nächsten|des laufenden|des kommenden) Jahres))?/gi,
    (m) => {
      const quarter = ORDINAL_QUARTER[(m[1] ?? '').toLowerCase()] ?? 0;
      return quarterOfYear(quarter, m[2], m[3] ?? m[4]);
    },
    quarterWord,
  ],
  // "the first three months of 2026", "in den letzten drei Monaten des Jahres 2025": a quarter
  [
    /\b(first|last|ersten|letzten)\s+(?:three|3|drei)\s+(?:months|Monaten)\s+(?:of\s+|des\s+Jahres\s+)?(?:(\d{4})\b|(this|next|last) year\b|(dieses|nächsten|des kommenden) Jahres\b)/gi,
    (m) => {
      const quarter = /^(?:first|ersten)$/i.test(m[1] ?? '') ? 1 : 4;
      return quarterOfYear(quarter, m[2], m[3] ?? m[4]);
    },
    monthWord,
  ],
  [
    /\b(?:Anfang|Mitte|Ende|early|mid|late|Frühjahr|Sommer|Herbst|Winter|spring|summer|fall|autumn|H1|H2|(?:[Tt]he\s+)?(?:end|beginning|start|middle) of)[ -](?:(?:des\s+)?Jahres\s+)?(\d{4})\b/g,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    // the year alone is the expression, so that the word before it stays readable ("auf 2027" is a new target);
    // so is a year only limited ("erst 2027", "frühestens 2026", "as early as 2027")
    /(\d{4})(?<=\b(?:im Jahr|im Jahre|in|bis|ab|für|auf|for|by|until|to|into|Jahr|year|arrives?|coming|erst|frühestens|spätestens|voraussichtlich|as early as|no later than)\s+\d{4})\b(?!\s*(?:\/|bis|-)\s*\d)(?!\s*(?:gpus?|token|tokens|chips|points|punkte|elo|einheiten|units|parameters?|parametern?|mitarbeiter\w*|stück|exemplare|kunden|nutzer|users|servers?|dollar|euro|%|prozent))/giu,
    (m) => {
      const year = +(m[1] ?? 0);
      return year >= 1990 && year <= 2100 ? { year, explicitYear: true } : null;
    },
    fourDigits,
  ],
  [
    // a year that dates an event noun: "a 2026 launch", "its 2027 release", "the 2026 shipments", "a 2026 deployment"
    /\b(20[2-4]\d)(?=[- ](?:launch|release|debut|rollout|roll-out|shipments?|shipping|availability|arrival|introduction|deployments?|deliver(?:y|ies)|(?:mass |volume )?production|ramp)\b)/gu,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    // German puts a bare year in the middle field: "Apple will 2026 eine neue Siri-Version bringen",
    // "plant, 2026 Siri bereitzustellen", "startet 2026", "geht 2026 in Produktion"; a count or an amount after it ("2026 Chips") is no year
    /(20[2-4]\d)(?<=\b(?:will|wollen|soll|sollen|wird|werden|plant|planen|möchte|möchten|kommt|kommen|erscheint|erscheinen|folgt|folgen|startet|starten|geht|gehen)[,]?\s+(?:[^\s.;:!?]+\s+){0,3}?20[2-4]\d)\b(?!\s*(?:\/|bis|-|%|prozent|mrd|mio|millionen|milliarden|dollar|euro|chips|stück|einheiten|exemplare|gpus|stellen|jobs|mitarbeiter\w*|beschäftigte|token|tokens|menschen|kunden|nutzer|server)|[.,]\d)/giu,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    // ... or stands in a subordinate clause whose future verb comes last: "die 2026 auf den Markt kommen soll"
    /(20[2-4]\d)(?<=\b(?:die|der|das|dass|wenn|welche\w*|sobald)\s+(?:[^\s.;:!?,]+\s+){0,3}?20[2-4]\d)\b(?!\s*(?:\/|bis|-|%|prozent|mrd|mio|millionen|milliarden|dollar|euro|chips|stück|einheiten|exemplare|gpus|stellen|jobs|mitarbeiter\w*|beschäftigte|token|tokens|menschen|kunden|nutzer|server)|[.,]\d)(?=\s+(?:[^\s.;:!?,]+\s+){0,6}?(?:soll|sollen|wird|werden|will|wollen)\b)/giu,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    // ... or opens the sentence before its future verb: "2027 wird eine noch stärkere Version folgen"
    /(20[2-4]\d)(?<=(?:^|[.!?]\s+)20[2-4]\d)(?=\s+(?:wird|werden|soll|sollen|folgt|folgen|kommt|kommen|erscheint|erscheinen)\b)/gu,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [/\b(?:heute|today)\b/gi, () => ({ dayOffset: 0, explicitYear: false }), word('heute', 'today')],
  [
    /\b(?:gestern|yesterday)\b/gi,
    () => ({ dayOffset: -1, explicitYear: false }),
    word('gestern', 'yesterday'),
  ],
  [/\bvorgestern\b/gi, () => ({ dayOffset: -2, explicitYear: false }), word('vorgestern')],
  [
    /\b(?:morgen|tomorrow)\b(?!\s*(?:früh|abend))/g,
    () => ({ dayOffset: 1, explicitYear: false }),
    word('morgen', 'tomorrow'),
  ],
  [
    new RegExp(
      `\\b(?:(am|on|last|this|next|letzten|vergangenen|kommenden|nächsten|diesen)\\s+)?${WEEKDAY}(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?\\b(?:,?\\s+(?:den\\s+)?\\d{1,2}\\.?\\s)?`,
      'gu',
    ),
    (m) => {
      // "Thursday, 21 August" and "Friday, April 24, 2026": the day rules read the date the weekday names
      if (/\d/.test(m[0]) || MONTH_DAY_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      const weekday = weekdayNumber(m[2] ?? '');
      if (weekday === undefined) return null;
      const lead = (m[1] ?? '').toLowerCase();
      const direction = /next|kommenden|nächsten/.test(lead)
        ? 1
        : /last|letzten|vergangenen/.test(lead)
          ? -1
          : 0;
      return { weekday, direction, explicitYear: false };
    },
    (c) => ANY_WEEKDAY.test(c.text),
  ],
  [
    /\b(?:(?:earlier|later|late|early)\s+)?this month\b|\b(?:in\s+)?(?:diesem|diesen) Monat\b|\b(?:Anfang|Mitte|Ende) (?:des|dieses) Monats\b/gi,
    () => ({ monthOffset: 0, explicitYear: false }),
    monthWord,
  ],
  [
    /\blast month\b|\b(?:im\s+)?(?:letzten|vergangenen|Vor)\s?[Mm]onat\b/g,
    () => ({ monthOffset: -1, explicitYear: false }),
    monthWord,
  ],
  [
    /\bnext month\b|\b(?:im\s+)?(?:nächsten|kommenden) Monat\b/gi,
    () => ({ monthOffset: 1, explicitYear: false }),
    monthWord,
  ],
  [
    // "im Laufe des Jahres 2026": the year named, not the current one
    /\b(?:im\s+(?:Laufe|Lauf)\s+)?des Jahres\s+((?:19|20)\d\d)\b/giu,
    (m) => ({ year: +(m[1] ?? 0), explicitYear: true }),
    fourDigits,
  ],
  [
    /\b(?:(?:earlier|later|late|early)\s+)?this year\b|\b(?:noch\s+)?(?:in\s+)?(?:diesem|dieses) Jahr(?:es)?\b|\bdes laufenden Jahres\b|\bim (?:Laufe|Lauf) des Jahres\b|\bim Jahresverlauf\b|\b(?:later|earlier) in the year\b|\bin the course of the year\b/gi,
    () => ({ yearOffset: 0, explicitYear: false }),
    yearWord,
  ],
  [
    /\b(?:this|the current) quarter\b|\b(?:in diesem|im laufenden) Quartal\b/gi,
    () => ({ quarterOffset: 0, explicitYear: false }),
    quarterWord,
  ],
  [
    /\b(?:next|the coming) quarter\b|\b(?:im\s+)?(?:nächsten|kommenden) Quartal\b/gi,
    () => ({ quarterOffset: 1, explicitYear: false }),
    quarterWord,
  ],
  [
    /\bnext year\b|\b(?:im\s+)?(?:nächsten|kommenden) Jahr(?:es)?\b|\bnächstes Jahr\b/gi,
    () => ({ yearOffset: 1, explicitYear: false }),
    yearWord,
  ],
  [
    /\blast year\b|\b(?:im\s+)?(?:letzten|vergangenen) Jahr(?:es)?\b|\bletztes Jahr\b|\bim Vorjahr\b|\bdes Vorjahres\b/gi,
    () => ({ yearOffset: -1, explicitYear: false }),
    yearWord,
  ],
];

/** The {@link Cues} of a text: what findDateExpressions reads before it runs a rule. */
function cuesOf(text: string): Cues {
  const digit = /\d/.test(text);
  return {
    text,
    lower: text.toLowerCase(),
    digit,
    fourDigits: digit && /\d{4}/.test(text),
    month: ANY_MONTH.test(text),
  };
}

/**
 * Each date rule with its cue, read on the {@link Cues} of a match's text: every match must pass it, or
 * findDateExpressions loses a date (date-cues.test.ts). Month and weekday names are lexicons. The test
 * reads whole passages, a wider context than the sentences findDateExpressions is given.
 */
export const CUE_CHECKS: readonly CueCheck[] = Object.freeze(
  DATE_RULES.map(([re, , cue], i) =>
    cueCheck(`DATE_RULES ${i}`, re, [(text) => cue(cuesOf(text))], {
      lexicons: [MONTH_NAME_PATTERN, WEEKDAY.slice('('.length, -')'.length)],
    }),
  ),
);

/**
 * Finds the date expressions in `text`, longest first where they overlap, in text order. Nothing is
 * resolved here; see {@link resolveDate}.
 */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  const cues = cuesOf(text);
  for (const [re, build, cue] of DATE_RULES) {
    if (!cue(cues)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const parts = build(m);
      if (parts === null) continue;
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      const expr: DateExpression = { ...parts, start, end, text: text.slice(start, end) };
      if (
        FISCAL_AFTER.test(text.slice(end, end + 40)) ||
        FISCAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))
      ) {
        expr.fiscal = true;
      }
      found.push(expr);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateExpression[] = [];
  for (const e of found) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    if (last && e.yearOffset !== undefined && isMonthOfRelativeYear(last, e, text)) {
      out[out.length - 1] = {
        ...last,
        yearOffset: e.yearOffset,
        end: e.end,
        text: text.slice(last.start, e.end),
      };
      continue;
    }
    out.push(e);
  }
  return out;
}

/** "in April of this year", "im April vergangenen Jahres": a month and the relative year it belongs to. */
function isMonthOfRelativeYear(month: DateExpression, year: DateExpression, text: string): boolean {
  return (
    month.month !== undefined &&
    month.year === undefined &&
    month.yearOffset === undefined &&
    month.direction === undefined &&
    year.yearOffset !== undefined &&
    year.month === undefined &&
    year.quarter === undefined &&
    /^\s*(?:of\s+)?$/u.test(text.slice(month.end, year.start))
  );
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayValue(d: Date): EventDate {
  return {
    value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    precision: 'day',
  };
}

/** Picks the year for a month (and day) written without one, relative to the anchor. */
function yearFor(
  month: number,
  day: number | undefined,
  anchor: DateAnchor,
  direction: number,
): number | null {
  if (anchor.published === null) return anchor.contextYear;
  const py = anchor.published.getUTCFullYear();
  const target = Date.UTC(py, month - 1, day ?? 15);
  const pub = anchor.published.getTime();
  const dayMs = 86_400_000;
  // "next May": a month after the publication month, never the one it was written in or before
  if (direction > 0) return month > anchor.published.getUTCMonth() + 1 ? py : py + 1;
  if (anchor.future) return target < pub - 31 * dayMs ? py + 1 : py;
  // news reports the recent past: a month/day more than ~2 months ahead belongs to last year
  return target > pub + 62 * dayMs ? py - 1 : py;
}

/**
 * Resolves a date expression to an {@link EventDate}, or null when it cannot be written as a date
 * (no anchor for a relative expression, a fiscal period) or is not a valid calendar date.
 */
export function resolveDate(expr: DateExpression, anchor: DateAnchor): EventDate | null {
  if (expr.fiscal === true) return null;
  const pub = anchor.published;
  if (expr.dayOffset !== undefined) {
    if (pub === null) return null;
    return dayValue(new Date(pub.getTime() + expr.dayOffset * 86_400_000));
  }
  if (expr.weekday !== undefined) {
    if (pub === null) return null;
    const diff = (pub.getUTCDay() - expr.weekday + 7) % 7;
    let offset = -diff;
    if (expr.direction === 1) offset = (expr.weekday - pub.getUTCDay() + 7) % 7 || 7;
    else if (expr.direction === -1 && diff === 0) offset = -7;
    return dayValue(new Date(pub.getTime() + offset * 86_400_000));
  }
  if (expr.quarterOffset !== undefined) {
    if (pub === null) return null;
    const q = pub.getUTCFullYear() * 4 + Math.floor(pub.getUTCMonth() / 3) + expr.quarterOffset;
    return { value: `${Math.floor(q / 4)}-Q${(q % 4) + 1}`, precision: 'quarter' };
  }
  if (expr.monthOffset !== undefined) {
    if (pub === null) return null;
    const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + expr.monthOffset, 1));
    return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, precision: 'month' };
  }
  let year = expr.year;
  // a plain relative year, or a month of one ("in April of this year"); "next April" has a direction
  if (
    year === undefined &&
    expr.yearOffset !== undefined &&
    (expr.month === undefined || expr.direction === undefined)
  ) {
    const base = pub?.getUTCFullYear() ?? null;
    if (base === null) return null;
    year = base + expr.yearOffset;
  }
  if (expr.quarter !== undefined) {
    if (year === undefined) {
      const base = pub?.getUTCFullYear() ?? anchor.contextYear;
      if (base === null) return null;
      year = base;
      if (pub !== null && anchor.future && Math.floor(pub.getUTCMonth() / 3) + 1 > expr.quarter) year += 1;
    }
    return { value: `${year}-Q${expr.quarter}`, precision: 'quarter' };
  }
  if (expr.month !== undefined) {
    year ??= yearFor(expr.month, expr.day, anchor, expr.direction ?? 0) ?? undefined;
    if (year === undefined) return null;
    if (expr.day !== undefined) {
      if (!validDay(year, expr.month, expr.day)) return null;
      return { value: `${year}-${pad(expr.month)}-${pad(expr.day)}`, precision: 'day' };
    }
    return { value: `${year}-${pad(expr.month)}`, precision: 'month' };
  }
  if (year !== undefined) return { value: String(year), precision: 'year' };
  return null;
}

/** Parses a publication date (`YYYY-MM-DD` or a full ISO timestamp) to UTC midnight, or null. */
export function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const y = +(m[1] ?? 0);
  const mo = +(m[2] ?? 0);
  const d = +(m[3] ?? 0);
  if (!validDay(y, mo, d)) return null;
  return new Date(Date.UTC(y, mo - 1, d));
}
