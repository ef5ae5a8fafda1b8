import { random } from '../bench-data.js';
import {
  AUTHORS,
  CHIPS,
  DE_SENTENCES,
  DE_TITLES,
  EN_SENTENCES,
  EN_TITLES,
  MODELS,
  SECTIONS,
  WORDS,
} from './news-vocabulary.js';

export interface NewsArticle {
  title: string;
  html: string;
  published: string;
  language: 'de' | 'en';
}

type Pick = <T>(items: readonly T[]) => T;

/** The values an article's slots are filled with, drawn once per article so its sentences agree. */
function slotValues(pick: Pick, rnd: () => number): Record<string, () => string> {
  const [org, model] = pick(MODELS);
  const [chipMaker, chip] = pick(CHIPS);
  const [chipMaker2, chip2] = pick(CHIPS);
  const fixed: Record<string, string> = { org, model, chipMaker, chip, chipMaker2, chip2 };
  const slots: Record<string, () => string> = {
    pct: () => String(2 + Math.floor(rnd() * 38)),
    num: () => String(20 + Math.floor(rnd() * 4000)),
    days: () => String(5 + Math.floor(rnd() * 80)),
  };
  for (const [name, value] of Object.entries(fixed)) slots[name] = () => value;
  for (const [name, list] of Object.entries(WORDS)) {
    slots[name] = () => pick(list);
    slots[`${name}2`] = () => pick(list);
  }
  return slots;
}

/** Replaces every `{slot}` (nested ones too: a market phrase has a `{pct}`) from `slots`. */
function fill(template: string, slots: Record<string, () => string>): string {
  let text = template;
  for (let depth = 0; depth < 3 && text.includes('{'); depth += 1)
    text = text.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name]?.() ?? whole);
  return text;
}

/** A few distinct sentences from one pool, in random order. */
function sentencesFrom(pool: readonly string[], count: number, rnd: () => number): string[] {
  const order = pool.map((s) => ({ s, key: rnd() })).sort((a, b) => a.key - b.key);
  return order.slice(0, count).map((o) => o.s);
}

function paragraphs(language: 'de' | 'en', rnd: () => number, slots: Record<string, () => string>) {
  const pools = language === 'de' ? DE_SENTENCES : EN_SENTENCES;
  const plan: [keyof typeof pools, number][] = [
    ['lead', 1],
    ['detail', 2 + Math.floor(rnd() * 3)],
    ['context', 2 + Math.floor(rnd() * 2)],
    ['voice', 1 + Math.floor(rnd() * 2)],
    ['market', rnd() < 0.5 ? 1 : 0],
    ['detail', 1],
    ['outlook', 1 + Math.floor(rnd() * 2)],
  ];
  const sentences = plan.flatMap(([part, n]) => sentencesFrom(pools[part], n, rnd));
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 2)
    out.push(
      sentences
        .slice(i, i + 2)
        .map((s) => fill(s, slots))
        .join(' '),
    );
  return out;
}

/**
 * Article `index` of the synthetic news site: English or German (one in three), a headline and 5-8
 * paragraphs assembled from sentence templates and vocabularies of our own writing, seeded by the index
 * so every run serves the same pages. Articles name known models and chips and report releases, delays
 * and hardware switches, so the whole analysis path runs; they differ enough that near-duplicate
 * detection does not pair them.
 */
export function newsArticle(index: number, base: string): NewsArticle {
  const rnd = random(index * 7919 + 17);
  const pick: Pick = (items) => items[Math.floor(rnd() * items.length)] as (typeof items)[number];
  const language = index % 3 === 2 ? 'de' : 'en';
  const slots = slotValues(pick, rnd);
  const title = fill(pick(language === 'de' ? DE_TITLES : EN_TITLES), slots);
  const body = paragraphs(language, rnd, slots);
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((index / 40) * 86_400_000) + index * 61_000);
  const published = day.toISOString().replace(/\.\d+Z$/, 'Z');
  const section = pick(SECTIONS);
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title} | Bench News</title>
<link rel="canonical" href="${base}/news/${index}.html"><meta property="article:published_time" content="${published}">
<meta name="author" content="${pick(AUTHORS)}"></head><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">${language === 'de' ? 'Von' : 'By'} ${pick(AUTHORS)}</p>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>${language === 'de' ? 'Mehr zum Thema' : 'More news'}</h2><ul><li><a href="/${section}/">${section}</a></li><li><a href="/news/${index + 1}.html">${fill(pick(EN_TITLES), slots)}</a></li></ul></aside></main>
<footer><p>Bench News sample site</p></footer></body></html>`;
  return { title, html, published, language };
}
