/**
 * Language identification for article bodies and headlines. franc alone forces any text into the
 * candidate list it is given and guesses badly on one short sentence (STACK.md), so detection runs in
 * three steps: the writing system first (Japanese, Russian, Chinese never become de/en), then franc
 * restricted to a set of Latin-script candidates, checked against a function-word vote that is
 * reliable for German and English even on headlines, and finally the declared language as fallback.
 */
import { francAll } from 'franc';
import {
  functionWordsFound,
  hasForeignSpelling,
  lexicalEvidence,
  withoutNames,
} from './language-evidence.js';

/** Latin-script languages franc may choose from (ISO 639-3 -> ISO 639-1). */
const LATIN_CANDIDATES: Record<string, string> = {
  deu: 'de',
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  ind: 'id',
  pol: 'pl',
  tur: 'tr',
  swe: 'sv',
  vie: 'vi',
  dan: 'da',
  nob: 'no',
  afr: 'af',
};
const CYRILLIC_CANDIDATES: Record<string, string> = { rus: 'ru', ukr: 'uk' };

const GERMAN_WORDS = new Set(
  (
    'der die das den dem des und ist nicht mit von für auf sich ein eine einen einem einer im zu zum zur ' +
    'auch als bei nach wird wurde werden hat haben sind aus dass oder wie noch nur über durch soll seine ' +
    'ihre vom am beim kann neue neuen gegen wieder jetzt schon sei mehr doch'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'the and is of to in with that for on as by from has have was were are be its it this at an ' +
    'will which their after said new not or but than more been over into also would could about up'
  ).split(' '),
);

interface ScriptCounts {
  latin: number;
  cyrillic: number;
  han: number;
  kana: number;
  hangul: number;
  arabic: number;
  greek: number;
  hebrew: number;
  devanagari: number;
  thai: number;
  total: number;
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = {
    latin: 0,
    cyrillic: 0,
    han: 0,
    kana: 0,
    hangul: 0,
    arabic: 0,
    greek: 0,
    hebrew: 0,
    devanagari: 0,
    thai: 0,
    total: 0,
  };
  // by UTF-16 code, not by the string iterator's one-character strings: no counted range holds a
  // surrogate or a code point beyond U+FFFF, so a surrogate pair counts as nothing either way
  const end = Math.min(text.length, 4000);
  for (let i = 0; i < end; i += 1) {
    const cp = text.charCodeAt(i);
    if (cp < 0x41) continue;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) c.latin += 1;
    else if (cp >= 0x400 && cp <= 0x52f) c.cyrillic += 1;
    else if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) c.kana += 1;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) c.han += 1;
    else if (cp >= 0xac00 && cp <= 0xd7af) c.hangul += 1;
    else if (cp >= 0x600 && cp <= 0x6ff) c.arabic += 1;
    else if (cp >= 0x370 && cp <= 0x3ff) c.greek += 1;
    else if (cp >= 0x590 && cp <= 0x5ff) c.hebrew += 1;
    else if (cp >= 0x900 && cp <= 0x97f) c.devanagari += 1;
    else if (cp >= 0xe00 && cp <= 0xe7f) c.thai += 1;
    else continue;
    c.total += 1;
  }
  return c;
}

function nonLatinLanguage(c: ScriptCounts, text: string): string | null {
  const nonLatin = c.total - c.latin;
  if (c.total === 0 || nonLatin / c.total < 0.3) return null;
  if (c.kana > 0 && c.kana + c.han >= nonLatin * 0.5) return 'ja';
  if (c.hangul >= nonLatin * 0.5) return 'ko';
  if (c.han >= nonLatin * 0.5) return 'zh';
  if (c.cyrillic >= nonLatin * 0.5) {
    if (/[ђћџљњј]/u.test(text)) return 'sr';
    const [best] = francAll(text, { only: Object.keys(CYRILLIC_CANDIDATES) });
    return (best && CYRILLIC_CANDIDATES[best[0]]) ?? 'ru';
  }
  if (c.arabic >= nonLatin * 0.5) return 'ar';
  if (c.greek >= nonLatin * 0.5) return 'el';
  if (c.hebrew >= nonLatin * 0.5) return 'he';
  if (c.devanagari >= nonLatin * 0.5) return 'hi';
  if (c.thai >= nonLatin * 0.5) return 'th';
  return 'und';
}

/** Whether UTF-16 code `c` belongs to a word of the function-word vote: a-z, ä, ö, ü or ß. */
function isVoteLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
}

/**
 * German and English function words among the runs of a-z, ä, ö, ü and ß in the lower-cased first
 * 3,000 characters, plus half a German vote for an umlaut or ß anywhere. The runs are found by
 * character code: the regular expression's match objects cost twice as much.
 */
function functionWordVote(text: string): { de: number; en: number } {
  let de = 0;
  let en = 0;
  const lower = text.slice(0, 3000).toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (!isVoteLetter(lower.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < lower.length && isVoteLetter(lower.charCodeAt(i + 1))) i++;
    const w = lower.slice(start, i + 1);
    if (GERMAN_WORDS.has(w)) de += 1;
    if (ENGLISH_WORDS.has(w)) en += 1;
  }
  if (/[äöüß]/i.test(text)) de += 0.5;
  return { de, en };
}

function normalizeHint(hint: string | null | undefined): string | null {
  if (!hint) return null;
  const code = hint.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}

/** Below this many words a text is read as a headline or a single sentence. */
const SHORT_TEXT_WORDS = 40;

/**
 * Headlines and single sentences: function words, letters and word shapes per language, plus franc
 * (restricted to the Latin candidates) on the text without product names, weighted by how much text
 * it has. German or English needs some lexical evidence of its own; without any evidence the
 * declared language decides, then franc on enough text, else "und".
 */
function detectShortLatin(text: string, declared: string | null): string {
  const total: Record<string, number> = { ...lexicalEvidence(text) };
  const lexical = { ...total };
  const cleaned = withoutNames(text);
  const letters = (cleaned.match(/\p{L}/gu) ?? []).length;
  const ranked = letters >= 10 ? francAll(cleaned, { only: Object.keys(LATIN_CANDIDATES) }) : [];
  const low = ranked.length > 1 ? Math.min(...ranked.map(([, s]) => s)) : 0;
  const weight = Math.min(1.5, letters / 40);
  for (const [code3, s] of ranked) {
    const code = LATIN_CANDIDATES[code3];
    if (code === undefined || low >= 1) continue;
    total[code] = (total[code] ?? 0) + (weight * (s - low)) / (1 - low);
  }
  const order = Object.entries(total).sort((a, b) => b[1] - a[1]);
  const [best, second] = order;
  const hasOwnEvidence = best !== undefined && (lexical[best[0]] ?? 0) >= 0.5;
  if (best !== undefined && hasOwnEvidence) {
    if (best[0] === 'de' || best[0] === 'en') {
      const other = otherLanguageOverWeakEvidence(text, best[0], ranked);
      if (other !== null) return other;
    }
    const tied = second !== undefined && second[1] === best[1];
    if (tied && declared !== null && (declared === second[0] || declared === best[0])) return declared;
    return best[0];
  }
  if (declared !== null) return declared;
  const top = ranked[0];
  const francCode = top ? LATIN_CANDIDATES[top[0]] : undefined;
  return letters >= 20 && francCode !== undefined ? francCode : 'und';
}

/**
 * German or English chosen without a function word of its own while franc ranks another language
 * first and the text has function words of another language that German and English do not use:
 * then that language ("Aktien föll efter rapporten" is Swedish: "efter"; "osakkeet laskivat raportin
 * jälkeen" is Finnish), the one franc ranks higher among several. Without such words, a lower-case
 * word spelt with letters German and English never use gives "und" ("akcijas kritās pēc ziņojuma").
 * Returns null when German or English stands.
 */
function otherLanguageOverWeakEvidence(
  text: string,
  best: string,
  ranked: readonly (readonly [string, number])[],
): string | null {
  const francTop = ranked[0] ? LATIN_CANDIDATES[ranked[0][0]] : undefined;
  if (francTop === best || francTop === undefined) return null;
  const found = functionWordsFound(text);
  if ((found[best]?.size ?? 0) > 0) return null;
  const rivals = Object.keys(found).filter((l) => l !== 'de' && l !== 'en');
  // "akcijas kritās pēc ziņojuma", "menettää markkinoita": spelt as German and English never are
  if (rivals.length === 0) return hasForeignSpelling(text) ? 'und' : null;
  const rank = (l: string): number => {
    const i = ranked.findIndex(([c]) => LATIN_CANDIDATES[c] === l);
    return i < 0 ? ranked.length : i;
  };
  const size = (l: string): number => found[l]?.size ?? 0;
  return [...rivals].sort((a, b) => size(b) - size(a) || rank(a) - rank(b))[0] ?? null;
}

/**
 * franc's best Latin-script candidate for a long text (its first 1,000 characters) and its lead over the
 * runner-up; none when the text has too few Latin letters.
 */
function rankLatin(text: string, scripts: ScriptCounts): { francCode: string | undefined; margin: number } {
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  const ranked = scripts.latin >= 12 ? francAll(sample, { only: Object.keys(LATIN_CANDIDATES) }) : [];
  const [top, second] = ranked;
  return {
    francCode: top && top[0] !== 'und' ? LATIN_CANDIDATES[top[0]] : undefined,
    margin: top && second ? top[1] - second[1] : 0,
  };
}

/**
 * Identifies the language of `text` and returns an ISO 639-1 code ('de', 'en', ...), another ISO
 * code for languages without a two-letter code, or 'und' when it cannot tell. Text in a non-Latin
 * script gets that script's language and never 'de' or 'en'. When the text is too short or the
 * evidence is split, the declared language `hint` (page `<html lang>` or the source's language) wins.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const declared = normalizeHint(hint);
  const scripts = countScripts(text);
  const nonLatin = nonLatinLanguage(scripts, text);
  if (nonLatin !== null) return nonLatin;
  if (scripts.latin < 3) return declared ?? 'und';
  const words = text.split(/\s+/).length;
  if (words < SHORT_TEXT_WORDS) return detectShortLatin(text, declared);

  const vote = functionWordVote(text);
  const votes = vote.de + vote.en;

  // Function words decide between German and English when there are enough of them, and alone when
  // they are dense: franc, the costliest step, could not overrule them then, so it is not run.
  if (votes >= 3 && (vote.de >= 2 * vote.en || vote.en >= 2 * vote.de)) {
    const byWords = vote.de > vote.en ? 'de' : 'en';
    if (votes / words > 0.12) return byWords;
    const { francCode, margin } = rankLatin(text, scripts);
    if (francCode === undefined || francCode === 'de' || francCode === 'en') return byWords;
    // franc sees another language while function words are sparse relative to length
    return margin > 0.05 ? francCode : byWords;
  }
  const { francCode, margin } = rankLatin(text, scripts);
  if (francCode !== undefined && (scripts.latin >= 60 || margin > 0.1)) {
    if (
      (francCode === 'de' || francCode === 'en') &&
      declared !== null &&
      declared !== francCode &&
      votes === 0
    ) {
      return declared;
    }
    return francCode;
  }
  if (declared !== null) return declared;
  if (votes > 0 && vote.de !== vote.en) return vote.de > vote.en ? 'de' : 'en';
  return francCode ?? 'und';
}
