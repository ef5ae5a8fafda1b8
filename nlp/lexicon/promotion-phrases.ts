/**
 * The one list of words and phrases that mark advertising inside news text: the labels publishers put
 * on ads ("Anzeige", "Sponsored") and the phrases of paid stock-promotion teasers and reader prompts
 * ("Nvidia-Aktie: Kaufen oder verkaufen?!", "Hier weiterlesen...", "Sign up for our newsletter").
 * Text carrying them is never news and must not yield entities or events. Extraction drops such blocks
 * from the article (crawlers/extract/extract-body.ts); analysis skips such sentences again
 * (nlp/promotions.ts) because text can reach it from elsewhere. Data only: each side keeps its engine.
 *
 * Both engines drop the whole paragraph around a phrase, so a phrase must not plausibly stand in news
 * prose: "sign up to the" is not listed ("companies that sign up to the code of practice"), "sign up
 * for our" is. "subscribe to" is the known borderline case (news about paid plans); it stays because
 * pages use it for their own offers far more often.
 */

/** A promotion phrase as a regular-expression source (matched case-insensitively), with a sample. */
export interface PromotionPhrase {
  pattern: string;
  /** A line the pattern must match; the tests check every one. */
  example: string;
}

/** Words that, standing alone on a line (or in brackets, or with a colon), label what follows as an ad. */
export const AD_LABEL_WORDS: readonly string[] = [
  'anzeige',
  'werbung',
  'gesponsert',
  'partnerinhalt',
  'partner-inhalt',
  'advertisement',
  'advertisment',
  'advertorial',
  'ad',
  'sponsored',
  'sponsored content',
  'promotion',
  'paid content',
  'paid post',
  'paid partner',
  'paid partnership',
];

/**
 * A whole line that is only an ad label: one of {@link AD_LABEL_WORDS}, optionally in brackets or with
 * a colon ("[Anzeige]", "Werbung:"). Test it on one trimmed line, block or sentence; the text after the
 * label belongs to the ad.
 */
export const AD_LABEL = new RegExp(
  `^\\s*[[(]?\\s*(?:${AD_LABEL_WORDS.join('|')})\\s*[\\])]?\\s*:?\\s*$`,
  'iu',
);

/**
 * A whole block that is an ad label naming its advertiser ("Anzeige - Musterbank", "Präsentiert von
 * Musterbank"). Only for blocks of a page: a sentence of this shape is as often the teaser itself
 * glued to its label ("Anzeige: Nvidia-Aktie: Jetzt kaufen?"), whose mentions analysis still counts.
 */
export const ADVERTISER_LABEL = /^\s*(?:anzeige\s*[-–:]\s*.{0,40}|präsentiert von .{0,40})$/iu;

/** Phrases of stock-promotion teasers, paywall and newsletter prompts (matched anywhere, any case). */
export const PROMOTION_PHRASES: readonly PromotionPhrase[] = [
  // German stock-promotion teasers of finance portals
  { pattern: 'kaufen(?:, halten)? oder verkaufen', example: 'Nvidia-Aktie: Kaufen oder verkaufen?!' },
  { pattern: 'aktie: kaufen', example: 'Kontor-Aktie: Kaufen, bevor es zu spät ist?' },
  {
    pattern: 'sollten anleger (?:jetzt|sofort|verkaufen|kaufen|einsteigen)',
    example: 'Sollten Anleger sofort verkaufen?',
  },
  { pattern: 'lohnt sich (?:doch )?(?:der|ein) einstieg', example: 'Oder lohnt sich doch der Einstieg?' },
  {
    pattern: 'gratis[- ]?analyse',
    example: 'Die neue Gratis-Analyse verrät, was Anleger jetzt tun sollten.',
  },
  {
    pattern: 'kostenlose[nr]? (?:analyse|sonderreport|report)',
    example: 'Fordern Sie jetzt den kostenlosen Report an.',
  },
  { pattern: 'sonderreport', example: 'Der neue Sonderreport zu Chip-Aktien ist da.' },
  { pattern: 'exklusive[rn]? (?:aktien)?analyse', example: 'Unsere exklusive Aktienanalyse zeigt es.' },
  { pattern: 'handlungsbedarf f(?:ü|ue)r', example: 'Handlungsbedarf für Kontor-Aktionäre?' },
  { pattern: 'dringende[rn]? handlungsbedarf', example: 'Dringender Handlungsbedarf!' },
  { pattern: 'erfahren sie,? was jetzt zu tun', example: 'Erfahren Sie, was jetzt zu tun ist.' },
  { pattern: '(?:hier|jetzt) weiterlesen', example: 'Hier weiterlesen...' },
  {
    pattern: 'jetzt (?:gratis|kostenlos|anfordern|herunterladen|lesen)',
    example: 'Analyse jetzt kostenlos anfordern',
  },
  // English stock-promotion teasers
  { pattern: 'buy or sell[?!]', example: 'Kontor stock: buy or sell?!' },
  { pattern: 'free (?:report|analysis)', example: 'Get our free report on three AI stocks.' },
  { pattern: '(?:start|get|claim) (?:your |a )?free trial', example: 'Start your free trial today.' },
  { pattern: 'click here to', example: 'Click here to get the app.' },
  { pattern: 'read more\\.\\.\\.', example: 'Read more...' },
  // newsletter and subscription prompts
  { pattern: 'jetzt abonnieren', example: 'Jetzt abonnieren und weiterlesen' },
  { pattern: 'newsletter (?:abonnieren|bestellen)', example: 'Newsletter abonnieren' },
  { pattern: 'zum newsletter', example: 'Hier geht es zum Newsletter' },
  { pattern: 'unser(?:en)? newsletter', example: 'Unser Newsletter' },
  {
    pattern: 'melden sie sich (?:hier )?(?:für|zum)',
    example: 'Melden Sie sich hier für unseren täglichen Newsletter an.',
  },
  { pattern: 'sign up now', example: 'Sign up now and stay ahead.' },
  { pattern: 'sign up (?:for|to) our', example: 'Sign up for our daily push alerts.' },
  {
    pattern: 'sign up for the [^.]{0,40}newsletter',
    example: 'Sign up for the Nature Briefing newsletter',
  },
  { pattern: 'subscribe (?:to|now)', example: 'Subscribe to our RSS feed' },
];

/** Any of {@link PROMOTION_PHRASES}, anywhere in the text, in any case. */
export const PROMOTION_PHRASE = new RegExp(PROMOTION_PHRASES.map((p) => p.pattern).join('|'), 'iu');

/**
 * Headings that open a list of links to other articles ("Related Reading", "Lesen Sie auch"): the
 * headlines after them are other stories, not this article's news. Extraction drops them as short
 * reader-prompt lines (crawlers/extract/boilerplate-rules.ts); analysis drops the list they open.
 */
export const RELATED_LINKS_HEADINGS: readonly string[] = [
  'related (?:reading|articles|stories|news|coverage|posts)',
  'read (?:more|next|also)',
  'also read',
  'more (?:on this|from us|stories)',
  'recommended (?:reading|for you)',
  'lesen sie (?:auch|mehr)',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie (?:auch )?interessieren',
  'weitere (?:artikel|beiträge|meldungen)',
];

/** One of {@link RELATED_LINKS_HEADINGS} standing alone or before a colon, at the start of a text. */
export const RELATED_LINKS_HEADING = new RegExp(
  `^\\s*(?:${RELATED_LINKS_HEADINGS.join('|')})\\s*(?::|$)`,
  'iu',
);
