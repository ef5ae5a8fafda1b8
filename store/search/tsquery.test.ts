import { parseQuery } from './query-parser.js';
import { planQuery, planQueryWith, type PlanOptions } from './query-plan.js';
import { lookupKeys } from './postgres-search-index.js';
import { exactCheck, needsNearCheck, toTsquery, TSQUERY_SYNTAX, tsLexeme } from './tsquery.js';

const options: PlanOptions = {
  languages: ['en'],
  lookup: {
    entitiesNamed: (key) => (key === 'kimi k2' ? ['moonshot-kimi-k2'] : []),
    resolveEntity: (id) => id,
  },
  entityToken: (id) => `e-${id}`,
};

function tsquery(q: string): string {
  return toTsquery(planQueryWith(parseQuery(q), options, TSQUERY_SYNTAX).match);
}

describe('tsquery of a planned query', () => {
  it('quotes every lexeme, so quotes and backslashes in a token stay text', () => {
    expect(tsLexeme("it's")).toBe("'it''s'");
    expect(tsLexeme('a\\b')).toBe("'a\\\\b'");
  });

  it('writes words, prefixes, phrases, OR, exclusion and entities as the FTS5 plan does', () => {
    expect(tsquery('licences')).toBe("'licenc':*");
    expect(tsquery('R2 delays')).toBe("( 'r2' & 'delai':* )");
    expect(tsquery('"export licence"')).toBe("( 'export' <-> 'licenc' )");
    expect(tsquery('R2 OR V4')).toBe("( 'r2' | 'v4' )");
    expect(tsquery('H20 -shares')).toBe("( 'h20' & !'share':* )");
    expect(tsquery('Kimi K2 release')).toBe("( 'e-moonshot-kimi-k2' & 'releas':* )");
    expect(planQuery(parseQuery('H20 -shares'), options).match).toBe('("h20" NOT "share"*)');
  });

  it('writes a NEAR group of two phrases without a common token as distance alternatives in both orders', () => {
    const near = planQueryWith(
      parseQuery('H20 -(R2 NEAR/2 "export licence")'),
      options,
      TSQUERY_SYNTAX,
    ).match;
    expect(needsNearCheck(near)).toBe(false);
    const r2 = "'r2'";
    const export_ = "( 'export' <-> 'licenc' )";
    expect(toTsquery(near)).toBe(
      `( 'h20' & !( ${r2} <1> ${export_} | ${export_} <1> ${r2} | ${r2} <2> ${export_} | ${export_} <2> ${r2} | ` +
        `${r2} <3> ${export_} | ${export_} <3> ${r2} ) )`,
    );
    // the coarse form (index first, ranking) writes the group as all its phrases and drops its exclusion
    expect(toTsquery(near, 'coarse')).toBe("'h20'");
    const kept = planQueryWith(parseQuery('H20 (R2 NEAR/2 "export licence")'), options, TSQUERY_SYNTAX).match;
    expect(toTsquery(kept, 'coarse')).toBe("( 'h20' & ( 'r2' & ( 'export' <-> 'licenc' ) ) )");
    // the GIN index's form has no positions: phrases as their lexemes, exclusions of phrases left out
    expect(toTsquery(kept, 'lexemes')).toBe("( 'h20' & ( 'r2' & ( 'export' & 'licenc' ) ) )");
    const phrases = planQueryWith(
      parseQuery('"export licence" -"R2 V4" -H20'),
      options,
      TSQUERY_SYNTAX,
    ).match;
    expect(toTsquery(phrases, 'lexemes')).toBe("( ( 'export' & 'licenc' ) & !'h20' )");
  });

  it('asks the index for all phrases of a NEAR group of three, or sharing a token, and checks positions', () => {
    const near = planQueryWith(
      parseQuery('H20 -(R2 NEAR/3 "export licence" NEAR/3 V4)'),
      options,
      TSQUERY_SYNTAX,
    ).match;
    expect(needsNearCheck(near)).toBe(true);
    // the exclusion of a NEAR group cannot narrow the index query: it is left to the exact check
    expect(toTsquery(near)).toBe("'h20'");
    const params: (string | number)[] = [];
    const sql = exactCheck(near, 'v', (value) => `@p${String(params.push(value))}`);
    expect(sql).toBe(
      '(v @@ CAST(@p1 AS tsquery) AND NOT (v @@ CAST(@p2 AS tsquery) AND modelwatch_near(v, CAST(@p3 AS json), CAST(@p4 AS integer))))',
    );
    expect(params).toEqual([
      "'h20'",
      "( 'r2' & ( 'export' <-> 'licenc' ) & 'v4' )",
      '["r2","export licenc","v4"]',
      3,
    ]);
    const shared = planQueryWith(
      parseQuery('"export licence" NEAR/2 licence'),
      options,
      TSQUERY_SYNTAX,
    ).match;
    expect(needsNearCheck(shared)).toBe(true);
    expect(toTsquery(shared)).toBe("( ( 'export' <-> 'licenc' ) & 'licenc' )");
  });
});

describe('entity lookups read before planning', () => {
  it('are the words, runs of up to four words (also across a field filter) and entity: ids', () => {
    const { names, ids } = lookupKeys(parseQuery('Kimi lang:en K2 (Ascend OR "x y") entity:deepseek-r2'));
    expect([...names].sort()).toEqual(['ascend', 'k2', 'kimi', 'kimi k2']);
    expect([...ids]).toEqual(['deepseek-r2']);
  });
});
