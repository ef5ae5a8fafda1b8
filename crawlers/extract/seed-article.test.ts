import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/package-root.js';
import { extractArticle } from './extract-article.js';

const seedFile = path.resolve(packageRoot(), '..', 'shared', 'seed', 'article-de.txt');
const haveSeed = fs.existsSync(seedFile);
if (!haveSeed)
  console.warn(
    `skipping the seed-article extraction test: ${seedFile} is absent (only on development machines)`,
  );

/**
 * Lays the seed article out the way a German finance site does: headline, byline, paragraphs, short
 * subheadings, and the two ad blocks as a bare "Anzeige" line followed by the promotion, inside the
 * article body, with navigation and a teaser list around it.
 */
function seedPage(text: string): string {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const body = blocks
    .map((block) =>
      block.length < 60 && !/[.!?]$/.test(block) && block !== 'Anzeige'
        ? `<h2>${block}</h2>`
        : `<p>${block}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>DeepSeek verschiebt R2 | Beispiel Finanzen</title>
<meta property="article:published_time" content="2025-08-15T09:30:00+02:00"></head>
<body><header><nav><a href="/">Start</a> <a href="/aktien">Aktien</a> <a href="/news">News</a></nav></header>
<main><article><h1>DeepSeek verschiebt R2</h1><p class="byline">Von Erika Muster</p>
${body}
</article><aside><h3>Weitere Artikel</h3><ul><li><a href="/a/1">Nvidia-Aktie: Was Anleger jetzt wissen müssen</a></li></ul></aside></main>
<footer>© Beispiel Finanzen</footer></body></html>`;
}

(haveSeed ? describe : describe.skip)(
  'extractArticle on the seed article (../shared/seed/article-de.txt)',
  () => {
    const text = haveSeed ? fs.readFileSync(seedFile, 'utf8') : '';
    const article = extractArticle(seedPage(text));

    it('keeps the news paragraphs', () => {
      expect(article.text).toContain('Der geplante Launch des R2-Modells wurde um Monate verschoben');
      expect(article.text).toContain('Das Training erfolgt nun wieder auf Nvidias H20-Chips');
      expect(article.text).toContain(
        'Die Verzögerung spielt Konkurrenten wie Alibaba mit ihrem Qwen3-Modell direkt in die Karten.',
      );
      expect(article.text).toContain(
        'Die Abhängigkeit Chinas von amerikanischer Halbleitertechnologie ist größer denn je.',
      );
    });

    it('drops both ad blocks and their stock promotion', () => {
      for (const ad of [
        'Anzeige',
        'Sollten Anleger sofort verkaufen?',
        'Kaufen oder verkaufen',
        'Gratis-Analyse',
        'Hier weiterlesen',
      ]) {
        expect(article.text).not.toContain(ad);
      }
    });

    it('reads author and date', () => {
      expect(article.authors).toEqual(['Erika Muster']);
      expect(article.publishedAt?.slice(0, 10)).toBe('2025-08-15');
    });
  },
);
