import { UserError } from '../../core/errors.js';
import { parseQuery } from './query-parser.js';
import { DEFAULT_QUERY_LANGUAGES, planQuery, type EntityLookup } from './query-plan.js';

const ALIASES: Record<string, string[]> = {
  r2: ['deepseek-r2'],
  'deepseek-r2': ['deepseek-r2'],
  'kimi k2': ['moonshot-kimi-k2'],
  ascend: ['huawei-ascend'],
};
const lookup: EntityLookup = {
  entitiesNamed: (key) => ALIASES[key] ?? [],
  resolveEntity: (id) =>
    id === 'old-r2' ? 'deepseek-r2' : id in { 'deepseek-r2': 1, nvidia: 1 } ? id : null,
};

function plan(query: string, languages: readonly string[] = DEFAULT_QUERY_LANGUAGES) {
  return planQuery(parseQuery(query), { languages, lookup, entityToken: (id) => `e-${id}` });
}

describe('planQuery', () => {
  it('analyses a word in German and English and quotes every variant', () => {
    // German stem "verzöger"; the word itself (English and other languages) starts with it, so the
    // prefix of the stem already finds everything the word's prefix would
    expect(plan('Verzögerung').match).toBe('"verzöger"*');
    // neither form starts with the other: both stay
    expect(plan('delayed').match).toBe('("delayed"* OR "delai"*)');
    expect(plan('delays', ['en']).match).toBe('"delai"*');
  });

  it('matches names with digits exactly and splits a hyphenated word into a phrase', () => {
    expect(plan('H20').match).toBe('"h20"');
    expect(plan('H20-Chips', ['de']).match).toBe('"h20 chips"');
  });

  it('replaces a word or consecutive words that name an entity by the entity token', () => {
    const r2 = plan('R2 Verzögerung');
    expect(r2.match).toBe('("e-deepseek-r2" AND "verzöger"*)');
    expect(r2.entities).toEqual(['deepseek-r2']);
    expect(r2.highlight).toContain('r2');
    expect(plan('Kimi K2 release', ['en']).match).toBe('("e-moonshot-kimi-k2" AND "releas"*)');
    expect(plan('entity:old-r2').match).toBe('"e-deepseek-r2"');
  });

  it('keeps a quoted name as text and NEAR over every combination of word forms', () => {
    expect(plan('"R2"').match).toBe('"r2"');
    expect(plan('"Training gescheitert"', ['de']).match).toBe('"training gescheiter"');
    expect(plan('R2 NEAR/4 training', ['de', 'en']).match).toBe(
      '(NEAR("r2" "training", 4) OR NEAR("r2" "train", 4))',
    );
  });

  it('builds OR and NOT from the tree, with exclusions after what they exclude from', () => {
    expect(plan('H20 -Aktie', ['de']).match).toBe('("h20" NOT "akti"*)');
    expect(plan('(H20 -Aktie) OR Ascend', ['de']).match).toBe('(("h20" NOT "akti"*) OR "e-huawei-ascend")');
  });

  it('takes lang:, type: and source: out as filters, and lang: chooses the analysis language', () => {
    const p = plan('Verzögerung lang:de -type:financial source:heise');
    expect(p.match).toBe('"verzöger"*');
    expect(p.filters).toEqual([
      { field: 'lang', value: 'de', exclude: false },
      { field: 'type', value: 'financial', exclude: true },
      { field: 'source', value: 'heise', exclude: false },
    ]);
  });

  it('drops stop words of both languages but keeps a word that is a stop word in one only', () => {
    expect(plan('in H20').match).toBe('"h20"');
    expect(plan('die H20', ['de', 'en']).match).toBe('("die" AND "h20")');
  });

  it('escapes what it quotes, so a typed quote or operator stays text', () => {
    expect(plan('R2" OR "1"="1').match).not.toContain('"1"="1"');
    expect(plan('*R2* ^Ascend', ['und']).match).toBe('("r2" AND "ascend"*)');
  });

  it.each([
    ['-H20', 'needs something to exclude from'],
    ['in an', 'nothing to search for'],
    ['(lang:de OR R2)', 'filters the whole query'],
    ['R2 OR -Cloudflare', 'must stand beside a word'],
    ['entity:unknown-thing', 'unknown entity "unknown-thing"'],
    ['training NEAR delays NEAR releases NEAR licences NEAR shipments', 'too many word forms'],
  ])('%j is refused with a message that says what to fix', (query, message) => {
    expect(() => plan(query)).toThrow(UserError);
    expect(() => plan(query)).toThrow(message);
  });

  it('searches a prefix with one indexed term as that exact term, and keeps a prefix with several', () => {
    const terms: Record<string, string | null> = { verzöger: 'verzöger', chip: null };
    const withTerms = (query: string) =>
      planQuery(parseQuery(query), {
        languages: ['de'],
        lookup,
        entityToken: (id) => `e-${id}`,
        soleTermWithPrefix: (prefix) => terms[prefix] ?? null,
      });
    expect(withTerms('Verzögerung').match).toBe('"verzöger"');
    expect(withTerms('Verzögerung').highlight).toEqual(['verzöger*']);
    expect(withTerms('Chip Verzögerung').match).toBe('("chip"* AND "verzöger")');
    // names with digits and phrases were never prefixes
    expect(withTerms('"Verzögerung" H20').match).toBe('("verzöger" AND "h20")');
  });
});
