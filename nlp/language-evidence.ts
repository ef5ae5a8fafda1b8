/**
 * Lexical and orthographic evidence for the language of a short Latin-script text (a headline or
 * one sentence), where franc's trigram profiles alone are unreliable: product names (DeepSeek, H20,
 * MI355X) dominate the few trigrams there are. Each candidate language collects points from its
 * function words, from letters only it uses (umlauts and ß, ñ, ã, ł, ş, å ...) and, for German and
 * English, from word endings and letter groups typical of the language (-ung, -lich, ge...t, sch;
 * -ing, -ed, -ly, 's, sh, wh). Name-like tokens (digits, inner capitals, all capitals) give no
 * evidence and are removed before franc sees the text.
 */

import { ENGLISH_NEWS_WORDS, GERMAN_NEWS_WORDS, NEIGHBOUR_FUNCTION_WORDS } from './language-lexicon.js';

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Function words per candidate language; a word listed for several languages counts for each. */
const FUNCTION_WORDS: Record<string, Set<string>> = {
  de: words(`der die das den dem des ein eine einen einem einer eines und oder aber ist sind war waren
    wird werden wurde wurden hat haben hatte sein seine seinen seiner seinem ihr ihre ihren ihrem nicht
    kein keine keinen mit von für auf aus bei nach vor über unter zum zur im am vom beim ins zu an auch
    als wie noch nur schon jetzt mehr sich so doch dass ob wenn weil kann können soll sollen will wollen
    muss müssen darf neue neuen neuer neues gegen bis um durch ohne seit laut wieder was wer warum wo
    sie er es wir man alle immer sehr bald erst ab heißt gibt kommt zeigt macht bringt steht geht`),
  en: words(`the a an and or but of to in on at for with from by as into onto over after before amid
    against about between through under without is are was were be been being has have had do does
    did will would can could should may might must not no its it this that these those their his her
    they we you our your who what why how when where which while than then there here up out off down
    new says said gets get got just now more most first last next all also only still vs via per if
    so back ahead amid behind despite`),
  fr: words(`le la les un une des du de et est en au aux pour par sur dans avec sont ses son sa ce cette
    qui que ne pas plus nouveau nouvelle nouvelles nouveaux leur selon après chez`),
  es: words(`el la los las un una unos unas de del a y en es por para con su sus que al se lo como más
    nuevo nueva nuevos pero tras sobre según desde`),
  it: words(`il lo la gli le un una a di del della dei degli delle e è in per con su che non sono al alla
    nuovo nuova dopo anche tra più`),
  pt: words(`o a os as um uma de do da dos das e em no na nos nas por para com que não é são seu sua ao
    novo nova mais após pela pelo`),
  nl: words(`de het een van en in op met voor niet is zijn wordt naar bij ook dat die om aan te nieuwe
    heeft meer dan na`),
  id: words(`yang dan di ke dari untuk dengan ini itu pada tidak adalah akan oleh dalam juga baru para
    secara telah atau bisa`),
  pl: words(`i w z na do się nie jest że to od po dla przez o jak ale co nowy nowe nowa już`),
  tr: words(`ve bir bu da de ile için olarak daha çok en yeni gibi ama sonra göre`),
  sv: words(`och att det som en ett är på för med till av den inte har om nya var efter från`),
  vi: words(`của và là có những các cho được trong với một không người này đã sẽ`),
  ...NEIGHBOUR_FUNCTION_WORDS,
};

/** Points a frequent news word of the general lexicon gives its language. */
const NEWS_WORD_POINTS = 0.9;
/** German compounds end in a frequent noun ("Rekordquartal", "Speicherpreise"): points for the head. */
const COMPOUND_HEAD_POINTS = 0.6;
const GERMAN_HEADS = [...GERMAN_NEWS_WORDS].filter((w) => w.length >= 5);

/** Letters (lower case) that point to a language, with the points one word containing them gives. */
const LETTERS: { re: RegExp; points: Record<string, number> }[] = [
  { re: /ß/u, points: { de: 2 } },
  { re: /[äöü]/u, points: { de: 1.2, sv: 0.4, tr: 0.4 } },
  { re: /å/u, points: { sv: 1.2, da: 0.8, no: 0.8 } },
  { re: /[æø]/u, points: { da: 1.2, no: 1.2 } },
  { re: /ë/u, points: { lb: 1.5, af: 0.6, nl: 0.3 } },
  { re: /ñ|[¿¡]/u, points: { es: 2 } },
  { re: /[ãõ]/u, points: { pt: 2 } },
  { re: /ç/u, points: { fr: 1, pt: 1, tr: 0.5 } },
  { re: /[èêâîôûù]|é(?!i)/u, points: { fr: 1, it: 0.3, pt: 0.3 } },
  { re: /éi/u, points: { lb: 1.5 } },
  { re: /[áíóú]/u, points: { es: 0.8, pt: 0.8 } },
  { re: /[àìò]$/u, points: { it: 1.2 } },
  { re: /[ąęłśżźćń]/u, points: { pl: 2 } },
  { re: /[şğı]/u, points: { tr: 2 } },
  { re: /[ơưđạảấầẩẫậắằẳẵặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, points: { vi: 2 } },
];

/** English words ending in -en, which otherwise point to German. */
const ENGLISH_EN = words(`been seen often even open chosen taken given broken hidden between when then
  than eleven seven green screen token golden sudden garden citizen women children kitchen listen
  happen happens written driven proven spoken frozen stolen fallen risen`);
/** German lower-case words ending in -s that are not English plurals or verbs. */
const GERMAN_S = words(`bereits stets erstmals eines alles etwas nichts rechts links teils jeweils
  morgens abends eigens anders falls zuletzt bisweilen keines meines deines seines ihres unseres
  anfangs nachts tags damals abseits`);

/** Frequent German adjectives in -es (before a neuter noun). */
const GERMAN_ES = words(`neues großes erstes eigenes kleines gutes letztes anderes weiteres nächstes
  schnelles hohes starkes ganzes offenes altes neuartiges günstiges`);

const NAME_LIKE = /\d|\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u;

/** A token of the text with what the evidence rules need to know about it. */
interface Token {
  word: string;
  lower: string;
  nameLike: boolean;
  capitalised: boolean;
  next: string | undefined;
}

function tokenize(text: string): Token[] {
  const raw = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/[.'’-]+$/u, ''));
  return raw.map((word, i) => ({
    word,
    lower: word.toLowerCase(),
    nameLike: word.split('-').some((part) => NAME_LIKE.test(part)),
    capitalised: /^\p{Lu}/u.test(word),
    next: raw[i + 1],
  }));
}

function add(score: Record<string, number>, points: Record<string, number>, times = 1): void {
  for (const [lang, p] of Object.entries(points)) score[lang] = (score[lang] ?? 0) + p * times;
}

function germanAndEnglishShape(t: Token, score: Record<string, number>): void {
  const w = t.lower;
  if (t.nameLike) return;
  if (/(ung|ungen|heit|keit|schaft|lich|isch|ieren|iert)$/u.test(w) && w.length >= 6) add(score, { de: 1 });
  if (w.includes('sch')) add(score, { de: 0.7 });
  if (/tz/u.test(w)) add(score, { de: 0.4 });
  if (/^\p{Lu}?\p{Ll}+-\p{Lu}\p{Ll}{2,}/u.test(t.word)) add(score, { de: 0.6 });
  if (t.capitalised) return;
  if (/^ge\p{Ll}{3,}t$/u.test(w)) add(score, { de: 1 });
  // third person singular of German weak verbs on -t/-d stems ("startet", "meldet", "rechnet")
  else if (w.length >= 6 && /(tet|det|chnet|ffnet)$/u.test(w)) add(score, { de: 0.8 });
  if (w.length >= 4 && w.endsWith('en') && !ENGLISH_EN.has(w)) add(score, { de: 0.5, nl: 0.3 });
  if (w.length >= 5 && w.endsWith('ing')) add(score, { en: 1 });
  if (w.length >= 5 && w.endsWith('ed')) add(score, { en: 1 });
  if (w.length >= 4 && w.endsWith('ly')) add(score, { en: 1 });
  if (/['’]s$/u.test(t.word)) add(score, { en: 1.5 });
  if (/(^|[^c])sh|wh|ea|ou|ay|ow|aw|oo|th/u.test(w)) add(score, { en: 0.4 });
  if (w.length >= 4 && /[^su]s$/u.test(w) && !GERMAN_S.has(w)) {
    // "neues Modell": a German adjective before a noun, not an English plural or verb ("shelves Llama")
    const before = t.next !== undefined && /^\p{Lu}\p{Ll}/u.test(t.next);
    add(
      score,
      before && (GERMAN_ES.has(w) || /(isches|iges|eres|stes)$/u.test(w)) ? { de: 0.5 } : { en: 0.6 },
    );
  }
}

function newsWords(t: Token, bare: string, score: Record<string, number>): void {
  const parts = bare.split('-').filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? bare;
  if (GERMAN_NEWS_WORDS.has(bare) || (parts.length > 1 && GERMAN_NEWS_WORDS.has(last)))
    add(score, { de: NEWS_WORD_POINTS });
  else if (
    t.capitalised &&
    last.length >= 8 &&
    GERMAN_HEADS.some((h) => last.endsWith(h) && last.length - h.length >= 3)
  )
    add(score, { de: COMPOUND_HEAD_POINTS });
  if (ENGLISH_NEWS_WORDS.has(bare) || (parts.length > 1 && ENGLISH_NEWS_WORDS.has(last)))
    add(score, { en: NEWS_WORD_POINTS });
}

/**
 * Points per candidate language (ISO 639-1) from function words, letters and word shapes of
 * `text`; only languages with some evidence appear. Possessive 's is read before apostrophes are
 * stripped, so "Moonshot AI's" counts for English.
 */
export function lexicalEvidence(text: string): Record<string, number> {
  const score: Record<string, number> = {};
  for (const t of tokenize(text.slice(0, 3000))) {
    const bare = t.lower.replace(/['’]s$/u, '');
    for (const [lang, list] of Object.entries(FUNCTION_WORDS)) if (list.has(bare)) add(score, { [lang]: 1 });
    // "KI" (künstliche Intelligenz) is German; English writes AI
    if (t.word.split('-').includes('KI')) add(score, { de: 1 });
    // Luxembourgish elides the article before consonants too ("d'Regierung"); French only before vowels
    if (/^d['’][bcdfgjklmnpqrstvwz]/u.test(t.lower)) add(score, { lb: 1.5 });
    else if (/^d['’][aeiouäöüé]/u.test(t.lower)) add(score, { lb: 0.7, fr: 0.7 });
    if (t.nameLike) continue;
    newsWords(t, bare, score);
    for (const { re, points } of LETTERS) if (re.test(t.lower)) add(score, points);
    if (t.lower.length >= 5 && /(kan|nya)$/u.test(t.lower)) add(score, { id: 0.8 });
    germanAndEnglishShape(t, score);
  }
  return score;
}

/**
 * Frequent function words of Latin-script languages that are not candidates (Finnish, Estonian),
 * whose umlauts otherwise read as German. They only ever keep a text from being German or English.
 */
const RIVAL_ONLY_WORDS: Record<string, Set<string>> = {
  fi: words(`ja on ei se että kuin myös mutta tai oli ovat jälkeen kanssa mukaan uusi uuden uutta vuonna
    nyt tämä joka jotka sekä ennen aikana vielä jo lähes yli alle mukaan takia vuoksi`),
  et: words(`ja on ei see kui ka aga või oli pärast koos järgi uus uue mis kes mida ning veel nüüd seda
    ning oma üle alla enne ajal tõttu juba`),
};
/** Words German or English also use as function words: they tell no other language. */
const GERMAN_OR_ENGLISH = new Set([...(FUNCTION_WORDS.de ?? []), ...(FUNCTION_WORDS.en ?? []), 'in']);

/**
 * The function words of each language that occur in `text` (lower case). For languages other than
 * German and English only words that German and English do not use count ("efter", not "in").
 */
export function functionWordsFound(text: string): Record<string, Set<string>> {
  const found: Record<string, Set<string>> = {};
  const lists = { ...FUNCTION_WORDS, ...RIVAL_ONLY_WORDS };
  for (const t of tokenize(text.slice(0, 3000))) {
    const bare = t.lower.replace(/['’]s$/u, '');
    for (const [lang, list] of Object.entries(lists)) {
      if (!list.has(bare)) continue;
      if (lang !== 'de' && lang !== 'en' && GERMAN_OR_ENGLISH.has(bare)) continue;
      (found[lang] ??= new Set()).add(bare);
    }
  }
  return found;
}

/**
 * Letters and letter pairs that German and English spelling never uses (Baltic, Slavic, Hungarian,
 * Romanian, Nordic letters; Finnish "ää", "yy"). French accents are left out: loanwords carry them.
 */
const FOREIGN_LETTERS = /[āēīōūņļķģčšžřůěőűășțşğıđąęłśźżćńñãõåæøþðœ]|ää|öö|yy|äy|yä|öy/u;

/** True when a lower-case word that is not a name is spelled in a way German and English never are. */
export function hasForeignSpelling(text: string): boolean {
  return tokenize(text.slice(0, 3000)).some(
    (t) => !t.nameLike && !t.capitalised && FOREIGN_LETTERS.test(t.lower),
  );
}

/** `text` without name-like tokens (digits, inner or all capitals), which only add noise to franc. */
export function withoutNames(text: string): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, (w) =>
    w.split('-').some((part) => NAME_LIKE.test(part)) ? ' ' : w,
  );
}
