/**
 * Recognises advertising and stock-promotion text inside an article body. Finance portals wrap news
 * in paid teasers ("Anzeige", "Nvidia-Aktie: Kaufen oder verkaufen?!", "Hier weiterlesen...") that
 * name tracked companies and must never produce events. Extraction upstream tries to remove them;
 * nlp/ drops them again because it cannot rely on that. The labels and phrases themselves are in
 * nlp/lexicon/promotion-phrases.ts, shared with extraction; this file only decides which sentences
 * around them go.
 */
import { AD_LABEL, PROMOTION_PHRASE, RELATED_LINKS_HEADING } from './lexicon/promotion-phrases.js';
import type { Sentence } from './sentences.js';
import { mapPacked } from './packed.js';

/**
 * A short paragraph that still reads as a news sentence: fifteen words or more, closed by a full stop
 * ("The Cyberspace Administration of China directed firms ... to cancel orders for the RTX6000D."). A
 * stray ad label above it (the ad itself removed by the crawler) does not make it a teaser.
 */
function isNewsSentence(text: string): boolean {
  return (
    /[^.]\.["'\s]*$/u.test(text) && text.split(/\s+/u).length >= 15 && !SALES_TALK.test(text.toLowerCase())
  );
}

/**
 * The voice of an advertiser: the seller or the reader addressed, or a price offered ("through our cloud
 * partners", "at a special launch price", "jetzt kaufen"). News speaks of companies in the third person.
 */
const SALES_TALK =
  /(?<![\p{L}])(?:our|we|you|your|unser\p{L}*|wir|special (?:offer|price|launch price)|launch price|einführungspreis\p{L}*|sonderpreis\p{L}*|sonderangebot\p{L}*|jetzt kaufen|buy now|order now|discount\p{L}*|rabatt\p{L}*)(?![\p{L}])/u;

/**
 * Returns the indices of sentences that belong to ads or promotion teasers: ad-marker lines, the
 * paragraph that follows a marker when it reads as a teaser (short, a question or exclamation, or a
 * promotion phrase), every paragraph containing a promotion phrase, and a following
 * paragraph that continues the promotion (starts with the teaser's stock name and a colon), and a
 * paragraph opened by a related-links heading.
 */
export function findPromotionSentences(sentences: readonly Sentence[]): Set<number> {
  const dropped = new Set<number>();
  const paragraphs = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const list = paragraphs.get(s.paragraph) ?? [];
    list.push(i);
    paragraphs.set(s.paragraph, list);
  });
  // A marker labels the teaser after it; a long, declarative news paragraph after a stray label
  // (crawled pages keep labels whose ad was removed) is not part of the ad.
  const isTeaser = (p: number): boolean => {
    const texts = mapPacked(paragraphs.get(p) ?? [], (i) => sentences[i]?.text ?? '');
    const joined = texts.join(' ');
    return (
      (joined.length < 200 && !isNewsSentence(joined)) ||
      texts.some((t) => PROMOTION_PHRASE.test(t) || /[?!]|\.\.\.$/u.test(t.slice(-3)))
    );
  };
  // a bulleted list of headlines: "- Nvidia's New Chip ... - OpenAI Just Released GPT-5 ..."
  const isLinkList = (p: number): boolean => {
    const first = paragraphs.get(p)?.[0];
    return first !== undefined && /^\s*[-•*–]\s/u.test(sentences[first]?.text ?? '');
  };
  const dropParagraph = (p: number): void => {
    for (const i of paragraphs.get(p) ?? []) dropped.add(i);
  };
  for (const [p, indices] of paragraphs) {
    const texts = mapPacked(indices, (i) => sentences[i]?.text ?? '');
    if (texts.length === 1 && AD_LABEL.test(texts[0] ?? '')) {
      dropParagraph(p);
      if (isTeaser(p + 1)) dropParagraph(p + 1);
      continue;
    }
    if (texts.some((t) => PROMOTION_PHRASE.test(t))) dropParagraph(p);
    // a related-links heading opens a paragraph of other stories' headlines, or stands alone above a
    // list of them
    if (RELATED_LINKS_HEADING.test(texts[0] ?? '')) {
      dropParagraph(p);
      if (texts.join(' ').length < 40) for (let q = p + 1; isLinkList(q); q++) dropParagraph(q);
    }
  }
  // a line-level marker inside a paragraph ("Anzeige" on its own line, teaser on the next line)
  sentences.forEach((s, i) => {
    if (!AD_LABEL.test(s.text)) return;
    dropped.add(i);
    const next = sentences[i + 1];
    if (next?.line === s.line + 1) dropped.add(i + 1);
  });
  return dropped;
}
