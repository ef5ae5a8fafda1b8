/**
 * The one table of German and English month names. Date parsing in extraction (printed dates such as
 * "19. März 2024", "Sept. 5, 2024"), date expressions in analysis ("Anfang Jänner") and the sentence
 * splitter ("20. Jan. 2025" is not a sentence end) all read it, so a spelling added here is known
 * everywhere at once. Data only: each reader keeps its own matching rules.
 */

interface MonthEntry {
  month: number;
  /** Full names as printed, German and Austrian first, then English ("Maerz" is "März" typed without umlaut). */
  names: readonly string[];
  /** Abbreviations as printed, without their period ("Jan." is written `Jan`). */
  abbreviations: readonly string[];
}

const MONTH_TABLE: readonly MonthEntry[] = [
  { month: 1, names: ['Januar', 'Jänner', 'January'], abbreviations: ['Jan', 'Jän'] },
  { month: 2, names: ['Februar', 'February'], abbreviations: ['Feb'] },
  { month: 3, names: ['März', 'Maerz', 'March'], abbreviations: ['Mär', 'Mar'] },
  { month: 4, names: ['April'], abbreviations: ['Apr'] },
  { month: 5, names: ['Mai', 'May'], abbreviations: [] },
  { month: 6, names: ['Juni', 'June'], abbreviations: ['Jun'] },
  { month: 7, names: ['Juli', 'July'], abbreviations: ['Jul'] },
  { month: 8, names: ['August'], abbreviations: ['Aug'] },
  { month: 9, names: ['September'], abbreviations: ['Sept', 'Sep'] },
  { month: 10, names: ['Oktober', 'October'], abbreviations: ['Okt', 'Oct'] },
  { month: 11, names: ['November'], abbreviations: ['Nov'] },
  { month: 12, names: ['Dezember', 'December'], abbreviations: ['Dez', 'Dec'] },
];

const spellings = (e: MonthEntry): string[] => [...e.names, ...e.abbreviations];

const BY_LOWER_CASE = new Map<string, number>(
  MONTH_TABLE.flatMap((e) => spellings(e).map((w) => [w.toLowerCase(), e.month] as const)),
);

/**
 * Every month name and abbreviation as printed (capitalised), longest first, as one regular-expression
 * alternation without a group: `September|Dezember|...|Jan`. Longest first so that a match never stops
 * inside a longer name ("Mär" in "März", "Jun" in "Juni") when what follows the name is not checked for
 * a word boundary. Use it with the `i` flag to accept any case; without it only capitalised names match,
 * which keeps the English modal "may" ("prices may rise") out. The abbreviations' optional
 * period is the caller's to add (`\.?`).
 */
export const MONTH_NAME_PATTERN: string = MONTH_TABLE.flatMap(spellings)
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .join('|');

/**
 * The month abbreviations in lower case without period (`jan`, `sept`, `mär`, ...), for tokenisers
 * that must not read "Jan." as the end of a sentence.
 */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_TABLE.flatMap((e) =>
  e.abbreviations.map((a) => a.toLowerCase()),
);

/**
 * The month (1-12) a name or abbreviation stands for, in any case and with or without one trailing
 * period ("MÄRZ", "Sept.", "dec"); undefined for any other word, including misspellings and
 * prefixes ("Septem"), so callers can tell a month from a word that only looks like one.
 */
export function monthNumber(word: string): number | undefined {
  return BY_LOWER_CASE.get(word.toLowerCase().replace(/\.$/, ''));
}
