import { searchTokens } from './search-tokens.js';

describe('searchTokens', () => {
  test('keeps umlauts and ß and stems German words', () => {
    const tokens = searchTokens('Die Verzögerung des R2-Modells: Größere Probleme', 'de');
    expect(tokens).toContain('r2');
    expect(tokens.some((t) => t.startsWith('verzöger'))).toBe(true);
    expect(tokens.some((t) => t.startsWith('größ') || t.startsWith('gröss'))).toBe(true);
    expect(tokens).not.toContain('die');
  });

  test('indexing and querying meet on the same stems', () => {
    const doc = new Set(searchTokens('DeepSeek verzögert den Start', 'de'));
    expect(searchTokens('Verzögerung', 'de').every((t) => doc.has(t))).toBe(true);
    const en = new Set(searchTokens('Nvidia was granted export licences for H20 chips', 'en'));
    for (const t of searchTokens('H20 export licence', 'en')) expect(en.has(t)).toBe(true);
  });
});
