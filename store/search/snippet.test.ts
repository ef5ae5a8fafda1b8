import { buildSnippet, SNIPPET_CHARS } from './snippet.js';

const TEXT =
  'Am Montag legte der Konzern seine Zahlen vor. ' +
  'Viele Anleger warteten vor allem auf Aussagen zur Lage in China. '.repeat(4) +
  'Der Start des neuen Modells wurde verzögert, weil das Training auf den neuen Chips scheiterte. ' +
  'Eine Verzögerung um mehrere Monate gilt als wahrscheinlich. ' +
  'Zum Schluss ging es um die Dividende.'.repeat(3);

describe('buildSnippet', () => {
  it('marks every inflection the analyzer maps onto a query token, in the passage that has them', () => {
    const segments = buildSnippet(TEXT, 'de', new Set(['verzöger']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['verzögert', 'Verzögerung']);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 4);
  });

  it('marks words that start with a prefix token', () => {
    const segments = buildSnippet(TEXT, 'de', new Set(['chip*', 'training']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Training', 'Chips']);
  });

  it('prefers the window with the most distinct query words', () => {
    const segments = buildSnippet(TEXT, 'de', new Set(['china', 'dividend', 'verzöger', 'monat']));
    const marked = segments.filter((s) => s.match).map((s) => s.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['verzögert', 'verzögerung', 'monate']));
  });

  it('shows the start of the text when nothing matches, cut at a word boundary', () => {
    const segments = buildSnippet(TEXT, 'de', new Set(['r2']));
    expect(segments).toHaveLength(1);
    expect(segments[0]?.match).toBe(false);
    expect(segments[0]?.text.startsWith('Am Montag legte')).toBe(true);
    expect(segments[0]?.text.endsWith(' …')).toBe(true);
  });

  it('returns text as written, never markup, whatever the article contains', () => {
    const segments = buildSnippet('<script>alert(1)</script> R2 kommt', 'de', new Set(['r2']));
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', match: false },
      { text: 'R2', match: true },
      { text: ' kommt', match: false },
    ]);
  });
});
