import { MONTH_NAME_PATTERN } from '../../nlp/lexicon/months.js';
import { normalizeSpacing } from '../../nlp/normalize-text.js';

/** Words that open a byline rather than name a person ("Von", "By", "Ein Kommentar von", ...). */
const LEADING_WORDS =
  /^(?:(?:ein(?:e)?\s+)?(?:kommentar|analyse|gastbeitrag|interview|essay|kolumne|bericht|reportage|text|recherche|story)\s+(?:von|by)\b|written\s+by|reported\s+by|posted\s+by|story\s+by|text\s*:|autor(?:in|en)?\s*:|author\s*:|authors\s*:|von|by|mit|with|text|fotos?\s*:)\s*/iu;

/** Job titles and roles that follow names in bylines; a part made of these is not a name. */
const ROLE_WORDS =
  /\b(?:reporter(?:in)?|correspondent|editor|editorial|writer|columnist|contributor|contributing|journalist(?:in)?|producer|analyst|senior|chief|deputy|staff writer|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|ressortleiter(?:in)?|chefredakteur(?:in)?|volontär(?:in)?|freie[rn]? mitarbeiter(?:in)?|leiter(?:in)?|head of|mitarbeiter(?:in)?|updated|aktualisiert|published|veröffentlicht|minuten|minutes|min read|lesezeit)\b/iu;

/** Where a byline turns into a date or time ("Stand:", "12.03.2024", "10:15", "Sept. 12", "3. März 2024"). */
const DATE_LIKE = new RegExp(
  `\\b(?:Stand|Updated|Aktualisiert)\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}\\b|\\b(?:${MONTH_NAME_PATTERN})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTH_NAME_PATTERN})\\.?\\s+\\d{4}`,
  'iu',
);

/** Profile links glued to a name by the page's markup ("Sarah LazareTwitter"). */
const GLUED_SOCIAL =
  /(?<=\p{Ll})(?:Twitter|Facebook|Instagram|LinkedIn|Bluesky|Threads|Mastodon|E-?Mail|Email)\b.*$/u;

/** Up to two lower-case words, then "von" or "by" and a capitalised word: the label is cut. */
const LABEL_BEFORE_BY = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=(?:von|by)\s+\p{Lu})/u;

const SEPARATORS = /\s*(?:,|;|\||\/|&|\+|\bund\b|\band\b|\bsowie\b|\bu\.\b)\s*/iu;

/**
 * Turns raw byline strings ("Von Anna Muster und Max Beispiel, Redakteurin", "By JANE DOE |
 * Published 3:04 PM", "https://site/autor/x") into person (or agency) names: no leading "Von"/"By",
 * no dates, times, e-mail addresses, URLs or job titles; split on commas, "und", "and" and "&";
 * de-duplicated case-insensitively, order kept. Downstream code counts sources per author, so a
 * byline fragment such as "Redakteurin" must never become an author.
 */
export function cleanAuthorNames(raw: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    let text = normalizeSpacing(entry);
    if (text === '' || /^https?:\/\//i.test(text)) continue;
    text = text.replace(/\S+@\S+\.\S+/g, ' ');
    text = text.replace(/\((?:[^()]*)\)/g, ' ');
    // "capital von Jemima Kelly": a lower-case label (section, brand) before "von"/"by" is no name.
    text = text.replace(LABEL_BEFORE_BY, '');
    text = text.replace(LEADING_WORDS, '').replace(GLUED_SOCIAL, '');
    // "Anna Muster, 12.03.2024, 10:15 Uhr": everything from the first date on is not a name.
    const dateAt = text.search(DATE_LIKE);
    if (dateAt >= 0) text = text.slice(0, dateAt);
    for (let part of text.split(SEPARATORS)) {
      part = part.replace(LEADING_WORDS, '').replace(/^[\s\-–—:·•]+|[\s\-–—:·•.]+$/gu, '');
      if (!isPlausibleName(part)) continue;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(normalizeSpacing(part));
    }
  }
  return names;
}

function isPlausibleName(part: string): boolean {
  if (part.length < 2 || part.length > 60) return false;
  if (!/\p{L}/u.test(part)) return false;
  if (ROLE_WORDS.test(part)) return false;
  if (/^(?:und|and|von|by|mehr|more|alle|all|team)$/iu.test(part)) return false;
  if (part.split(/\s+/).length > 6) return false;
  return true;
}
