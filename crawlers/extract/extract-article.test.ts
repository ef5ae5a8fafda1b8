import { readFileSync } from 'node:fs';
import { decodeHtml } from './decode-html.js';
import { extractArticle } from './extract-article.js';

const fixture = (name: string): string =>
  decodeHtml(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)));

describe('extractArticle on a German finance page with ad blocks', () => {
  const article = extractArticle(fixture('finance-ad-de.html'));

  it('keeps the article paragraphs in reading order, lead and section headline included', () => {
    expect(article.paragraphs[0]).toMatch(/^Der fiktive Chiphersteller Kontor legt/);
    expect(article.paragraphs).toContain('Probleme bei der Fertigung');
    const order = ['Ursprünglich sollte', 'Nach Angaben', 'Für die Kunden', 'Analysten sehen'].map((start) =>
      article.paragraphs.findIndex((p) => p.startsWith(start)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('drops ad labels, stock promotions and their calls to action', () => {
    expect(article.text).not.toMatch(
      /Anzeige|Werbung|Kaufen oder verkaufen|Sollten Anleger|Gratis-Analyse|weiterlesen/,
    );
  });

  it('drops cookie banner, navigation, share bar, newsletter box, comments, related links and footer', () => {
    expect(article.text).not.toMatch(/Cookies|Märkte|Teilen|Newsletter|Leser42|Quartalszahlen|Alle Rechte/);
  });

  it('reads metadata from JSON-LD first and cleans the author names', () => {
    expect(article.title).toBe('Chiphersteller Kontor verschiebt Marktstart');
    expect(article.authors).toEqual(['Greta Beispiel', 'Jonas Muster']);
    expect(article.publishedAt).toBe('2025-03-02T09:15:00+01:00');
    expect(article.modifiedAt).toBe('2025-03-02T11:40:00+01:00');
    expect(article.languageHint).toBe('de');
    expect(article.section).toBe('Technologie');
    expect(article.topics).toEqual(['Chips', 'KI', 'Kontor']);
    expect(article.canonicalUrl).toBe('https://www.boersenblick.example/tech/kontor-verschiebt?a=1&b=2');
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
  });
});

describe('extractArticle on an English page without JSON-LD', () => {
  const article = extractArticle(fixture('byline-en.html'), { url: 'https://example-times.test/x' });

  it('strips the site name from the title and cleans the meta author line', () => {
    expect(article.title).toBe('Lab ships open-weight model ahead of schedule');
    expect(article.authors).toEqual(['JANE DOE', 'Omar Sample']);
  });

  it('falls back to <time> for the date and to og:url for the canonical URL', () => {
    expect(article.publishedAt).toBe('2025-06-10');
    expect(article.canonicalUrl).toBe('https://example-times.test/tech/lab-ships-model');
    expect(article.url).toBe('https://example-times.test/x');
    expect(article.languageHint).toBe('en');
  });

  it('keeps the story and drops byline, ad, read-more link, share buttons and sidebar', () => {
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0]).toMatch(/^An independent research lab/);
    expect(article.paragraphs[3]).toMatch(/^The lab said/);
    expect(article.text).not.toMatch(
      /Advertisement|premium plan|Read more|Share on|Most read|By Jane|Updated/,
    );
  });
});

describe('extractArticle date precedence', () => {
  const article = extractArticle(fixture('dates-precedence.html'));

  it('prefers JSON-LD over meta tags over <time>, and keeps the publisher offset', () => {
    expect(article.publishedAt).toBe('2024-01-04T22:30:00-05:00');
    expect(article.modifiedAt).toBe('2024-01-06T10:30:00Z');
    expect(article.title).toBe('Structured headline wins');
    expect(article.authors).toEqual(['Kim Example']);
    expect(article.languageHint).toBe('en');
  });

  it('uses meta tags when JSON-LD has no date, and <time> when neither has one', () => {
    const withoutJsonLd = fixture('dates-precedence.html').replace(/<script[\s\S]*?<\/script>/, '');
    expect(extractArticle(withoutJsonLd).publishedAt).toBe('2024-01-05T08:00:00Z');
    const onlyTime = withoutJsonLd.replace(/<meta property="article:[^>]*>/g, '');
    expect(extractArticle(onlyTime).publishedAt).toBe('2023-12-31');
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('gives empty text for a section page of teasers', () => {
    const article = extractArticle(fixture('no-article.html'));
    expect(article.paragraphs).toEqual([]);
    expect(article.text).toBe('');
    expect(article.title).toBe('Startseite');
  });

  it.each([
    '',
    '<html></html>',
    'not html at all <<<',
    '<p>Hi</p>',
    '<html><body><script>var a = 1;</script></body></html>',
  ])('does not crash on %j', (html) => {
    const article = extractArticle(html);
    expect(article.text).toBe('');
    expect(article.authors).toEqual([]);
    expect(article.publishedAt).toBeNull();
    expect(article.canonicalUrl).toBeNull();
  });
});

describe('extractArticle on a page served as ISO-8859-1', () => {
  it('keeps umlauts and ß after decoding', () => {
    const bytes = readFileSync(new URL('./__fixtures__/latin1-de.html', import.meta.url));
    const article = extractArticle(decodeHtml(bytes, 'text/html'));
    expect(article.title).toBe('Größere Chips für Übersee');
    expect(article.text).toContain('Süddeutschland läuft über Plan');
    expect(article.text).toContain('heißt');
  });
});

describe('extractArticle when structured data names only the outlet', () => {
  const html = (byline: string): string => `<html><head>
    <meta property="og:site_name" content="Beispielblatt">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Beispielblatt"}}</script>
    </head><body><article><h1>H</h1><p class="byline">${byline}</p>
    <p>Ein ausreichend langer Absatz mit echtem Inhalt, damit die Seite als Artikel zählt und der Text bleibt.</p>
    <p>Noch ein Absatz mit weiterem Inhalt, der die Mindestlänge des Artikeltextes sicher überschreitet.</p></article></body></html>`;

  it('prefers a person named in the visible byline', () => {
    expect(extractArticle(html('Von Clara Beispiel, Beispielblatt')).authors).toEqual(['Clara Beispiel']);
  });

  it('keeps the outlet when the byline names no person', () => {
    expect(extractArticle(html('Folgen')).authors).toEqual(['Beispielblatt']);
  });
});

describe('extractArticle on boxes and cards set into an article page', () => {
  const article = extractArticle(fixture('teasers-inset-en.html'));

  it('keeps the story, its subhead and a paragraph that only starts with a link', () => {
    expect(article.paragraphs[0]).toMatch(/^The fictional chip maker Northwind/);
    expect(article.paragraphs).toContain('Packaging is the bottleneck');
    expect(article.text).toContain('A spokesperson said the company would not comment further');
    expect(article.paragraphs[article.paragraphs.length - 1]).toMatch(/^Northwind's shares fell/);
  });

  it('drops a boilerplate-named box among the paragraphs even when it holds much of the text', () => {
    expect(article.text).not.toMatch(/Dear customer|roadmap|Samples already delivered/);
  });

  it('drops embedded social posts', () => {
    expect(article.text).not.toMatch(/Big news from Northwind|@someanalyst/);
  });

  it('drops teaser cards (linked headline, then a summary) below the story', () => {
    expect(article.text).not.toMatch(/runs on a laptop|egress fees|high-bandwidth memory/);
  });
});

describe('extractArticle author sources beyond a plain name', () => {
  const page = (
    head: string,
    body = '',
  ): string => `<html><head>${head}</head><body><article><h1>H</h1>${body}
    <p>Ein ausreichend langer Absatz mit echtem Inhalt, damit die Seite als Artikel zählt und der Text bleibt.</p>
    </article></body></html>`;

  it('joins schema.org givenName and familyName when a Person has no name', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[
      {"@type":"Person","givenName":"Anna Giulia","familyName":"Beispiel"},{"@type":"Person","familyName":"Muster"}]}</script>`;
    expect(extractArticle(page(ld)).authors).toEqual(['Anna Giulia Beispiel', 'Muster']);
  });

  it('reads the twitter-card "Written by" label when the author meta tag is only an e-mail address', () => {
    const labelled = `<meta name="author" content="a.beispiel@zeitung.example">
      <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Anna Beispiel">
      <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 Minuten">`;
    expect(extractArticle(page(labelled)).authors).toEqual(['Anna Beispiel']);
    const misc = `<meta name="author" content="m.muster@zeitung.example">
      <meta name="twitter:misc:Written by" content="Max Muster">`;
    expect(extractArticle(page(misc)).authors).toEqual(['Max Muster']);
  });

  it("treats the outlet's initials as the outlet and prefers a linked author page", () => {
    const head = `<meta property="og:site_name" content="Juristische Rundschau Online"><meta name="author" content="JRO">`;
    const byline = `<p class="meta">von <a href="/autoren/name/clara-beispiel">Dr. Clara Beispiel</a></p>`;
    expect(extractArticle(page(head, byline)).authors).toEqual(['Dr. Clara Beispiel']);
    expect(extractArticle(page(head)).authors).toEqual(['JRO']);
  });

  it('collapses indentation before judging a byline too long to be one', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Beispielblatt"}}</script>`;
    const indent = ' '.repeat(120);
    const byline = `<div class="authors">${indent}<span>wirtschaft</span>${indent}<span>von</span>${indent}<b>Clara Beispiel</b>${indent}</div>`;
    expect(extractArticle(page(head, byline)).authors).toEqual(['Clara Beispiel']);
  });
});

describe('extractArticle on bullet lists inside the article', () => {
  const article = extractArticle(fixture('lists-de.html'));

  it('keeps a list the text leads into, item by item and in place', () => {
    const at = article.paragraphs.indexOf('192 GByte HBM3e-Speicher');
    expect(at).toBeGreaterThan(0);
    expect(article.paragraphs[at - 1]).toMatch(/technischen Daten des Chips/);
    expect(article.paragraphs.slice(at + 1, at + 3)).toEqual([
      'Fertigung im 3-Nanometer-Verfahren',
      'Leistungsaufnahme bis 1000 Watt',
    ]);
  });

  it('drops a highlights list that stands on its own and a list of links', () => {
    expect(article.text).not.toMatch(/Mehr Speicher als der Vorgänger|Marktstart im Herbst/);
    expect(article.text).not.toMatch(/verdoppelt den Umsatz|eigenen Trainingschip/);
  });
});

describe('extractArticle on ad labels and promotion phrases shared with analysis', () => {
  // news paragraphs longer than an ad teaser, so the one after the label ends the ad
  const news = [
    'Der Chiphersteller Kontor hat den Marktstart seines neuen KI-Beschleunigers auf das dritte Quartal verschoben, wie das Unternehmen am Montag in Hamburg mitteilte.',
    'Als Grund nannte Kontor Verzögerungen beim Auftragsfertiger, der die zugesagten Stückzahlen frühestens im Sommer liefern kann; erste Muster erreichten zudem nicht die geplante Leistung.',
    'Kunden sollen die ersten Systeme nun im Herbst erhalten. Analysten rechnen damit, dass Kontor dadurch im laufenden Geschäftsjahr weniger Umsatz mit Rechenzentren macht als bisher erwartet.',
  ];
  const html = `<html><body><article><h1>Kontor verschiebt Marktstart</h1>
    <p>${news[0] ?? ''}</p><p>[Anzeige]</p><p>Kontor-Aktie: Jetzt einsteigen?</p>
    <p>${news[1] ?? ''}</p><p>Analyse jetzt kostenlos anfordern und erfahren Sie, was jetzt zu tun ist.</p>
    <p>${news[2] ?? ''}</p></article></body></html>`;

  it('drops a bracketed label with its teaser and a promotion paragraph, keeping the news', () => {
    expect(extractArticle(html).paragraphs).toEqual(news);
  });
});
