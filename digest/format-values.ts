import type { EventDate } from '../nlp/types.js';
import type { DigestLanguage } from './types.js';
import { fillTemplate, WORDING } from './wording.js';

const LOCALES: Readonly<Record<DigestLanguage, string>> = { en: 'en-GB', de: 'de-DE' };

/** An event date in the reader's language at its precision: "14. August 2025", "August 2025", "Q3 2025". */
export function formatEventDate(date: EventDate, language: DigestLanguage): string {
  const locale = LOCALES[language];
  const [year = '', second = ''] = date.value.split('-');
  switch (date.precision) {
    case 'day':
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${date.value}T00:00:00Z`),
      );
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${date.value}-01T00:00:00Z`),
      );
    case 'quarter':
      return fillTemplate(WORDING[language].quarter, { quarter: second.replace('Q', ''), year });
    default:
      return date.value;
  }
}

/** A report instant as a date in the subscriber's zone ("14. Aug. 2025" / "14 Aug 2025"). */
export function formatDay(instant: Date, language: DigestLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone }).format(instant);
}

/** An instant with time in the subscriber's zone, for the period line. */
export function formatInstant(instant: Date, language: DigestLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}

/** A count in the reader's language ("1.234" / "1,234"). */
export function formatCount(count: number, language: DigestLanguage): string {
  return new Intl.NumberFormat(LOCALES[language]).format(count);
}

/** "1 source" / "3 Quellen", with the number formatted for the language. */
export function formatSources(count: number, language: DigestLanguage): string {
  const rule = new Intl.PluralRules(LOCALES[language]).select(count) === 'one' ? 'one' : 'other';
  return fillTemplate(WORDING[language].sources[rule], { count: formatCount(count, language) });
}
