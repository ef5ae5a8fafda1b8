import { MONTH_NAME_PATTERN, monthNumber } from '../../nlp/lexicon/months.js';

/** A month name or abbreviation (any case, see the `iu` flags below) with its optional period, as group. */
const MONTH_NAME = `(${MONTH_NAME_PATTERN})\\.?`;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatOffset(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '';
  if (raw === 'Z' || raw === 'z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (m === null) return '';
  return `${m[1] ?? '+'}${m[2] ?? '00'}:${m[3] ?? '00'}`;
}

function build(
  year: number,
  month: number,
  day: number,
  time?: { h: number; m: number; s: number; frac?: string | undefined; offset?: string | undefined },
): string | null {
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (time === undefined) return date;
  if (time.h > 23 || time.m > 59 || time.s > 59) return date;
  const frac = time.frac !== undefined && time.frac !== '' ? time.frac.slice(0, 4) : '';
  return `${date}T${pad(time.h)}:${pad(time.m)}:${pad(time.s)}${frac}${formatOffset(time.offset)}`;
}

/** Reads "13:37", "13.37 Uhr", "1:37 PM" after a date. */
function parseTrailingTime(rest: string): { h: number; m: number; s: number } | undefined {
  const m =
    /^[\s,|-]*(?:um\s+|at\s+|-\s*)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(uhr|am|pm|a\.m\.|p\.m\.)?/i.exec(
      rest,
    );
  if (m === null) return undefined;
  let h = Number(m[1]);
  const suffix = m[4]?.toLowerCase().replace(/\./g, '');
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  return { h, m: Number(m[2]), s: Number(m[3] ?? 0) };
}

/**
 * Turns a date as publishers write it into ISO 8601: machine formats (ISO 8601 with or without
 * offset, RFC 2822) and human ones in German and English ("19.04.2024, 13:37 Uhr",
 * "19. April 2024", "April 19, 2024 1:37 PM"). The page's own offset is kept rather than converted,
 * so the calendar day stays the one the publisher printed; a date without a time stays a date.
 * Returns null when no plausible date (1990-2100) is found.
 */
export function normalizeDate(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;

  const iso =
    /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i.exec(
      text,
    );
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, frac, offset] = iso;
    const time =
      h !== undefined && mi !== undefined
        ? { h: Number(h), m: Number(mi), s: Number(s ?? 0), frac, offset }
        : undefined;
    return build(Number(y), Number(mo), Number(d), time);
  }

  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(text);
  if (compact !== null) {
    const [, y, mo, d, h, mi, s] = compact;
    const time =
      h !== undefined && mi !== undefined ? { h: Number(h), m: Number(mi), s: Number(s ?? 0) } : undefined;
    return build(Number(y), Number(mo), Number(d), time);
  }

  const numeric = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(text);
  if (numeric !== null) {
    const [, d, mo, y] = numeric;
    const rest = text.slice(numeric.index + numeric[0].length);
    return build(Number(y), Number(mo), Number(d), parseTrailingTime(rest));
  }

  const shortYear = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(text);
  if (shortYear !== null) {
    const [, d, mo, y] = shortYear;
    const rest = text.slice(shortYear.index + shortYear[0].length);
    return build(2000 + Number(y), Number(mo), Number(d), parseTrailingTime(rest.replace(/^\s*\|/, '')));
  }

  const dayFirst = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+${MONTH_NAME}\\s+(\\d{4})`, 'iu').exec(text);
  if (dayFirst !== null) {
    const [, d, name, y] = dayFirst;
    const month = monthNumber(name ?? '');
    const rest = text.slice(dayFirst.index + dayFirst[0].length);
    if (month !== undefined) return build(Number(y), month, Number(d), parseTrailingTime(rest));
  }

  const monthFirst = new RegExp(
    `(?<!\\p{L})${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`,
    'iu',
  ).exec(text);
  if (monthFirst !== null) {
    const [, name, d, y] = monthFirst;
    const month = monthNumber(name ?? '');
    const rest = text.slice(monthFirst.index + monthFirst[0].length);
    if (month !== undefined) return build(Number(y), month, Number(d), parseTrailingTime(rest));
  }

  const parsed = Date.parse(text);
  if (!Number.isNaN(parsed) && /\d{4}/.test(text)) {
    const date = new Date(parsed);
    if (date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100)
      return date.toISOString().replace('.000Z', 'Z');
  }
  return null;
}
