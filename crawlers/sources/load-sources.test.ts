import { loadSources, parseSources } from './load-sources.js';

describe('sources registry', () => {
  it('ships at least 20 valid outlets in both languages and both categories, with unique ids', () => {
    const sources = loadSources();
    expect(sources.length).toBeGreaterThanOrEqual(20);
    for (const language of ['de', 'en'] as const) {
      for (const category of ['tech', 'finance'] as const) {
        expect(
          sources.filter((s) => s.language === language && s.category === category).length,
        ).toBeGreaterThan(0);
      }
    }
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const source of sources) {
      expect(source.feeds.length + source.sitemaps.length + source.sections.length).toBeGreaterThan(0);
    }
  });

  it('fills defaults and names the entry and field of a mistake', () => {
    const [source] = parseSources(
      JSON.stringify([
        { id: 'a', name: 'A', language: 'de', category: 'tech', homepage: 'https://a.example/' },
      ]),
      'test.json',
    );
    expect(source).toMatchObject({
      feeds: [],
      sitemaps: [],
      sections: [],
      intervalMinutes: 60,
      enabled: true,
    });
    expect(() => parseSources('[{"id":"A b"}]', 'test.json')).toThrow(/test\.json: invalid source at 0\.id/);
    expect(() => parseSources('{', 'test.json')).toThrow(/not valid JSON/);
    const twice = { id: 'a', name: 'A', language: 'de', category: 'tech', homepage: 'https://a.example/' };
    expect(() => parseSources(JSON.stringify([twice, twice]), 'test.json')).toThrow(/duplicate id "a"/);
  });
});
