import { UserError } from '../../core/errors.js';
import { parseQuery, QUERY_LIMITS } from './query-parser.js';

const word = (text: string) => ({ type: 'word', text });
const phrase = (text: string) => ({ type: 'phrase', text });

describe('parseQuery', () => {
  it('reads words as an implicit AND, and ignores a written AND', () => {
    expect(parseQuery('R2 Verzögerung')).toEqual({ type: 'and', items: [word('R2'), word('Verzögerung')] });
    expect(parseQuery('R2 AND Verzögerung')).toEqual(parseQuery('R2 Verzögerung'));
    expect(parseQuery('  R2  ')).toEqual(word('R2'));
  });

  it('keeps a hyphen inside a word and reads a leading one (or NOT) as exclusion', () => {
    expect(parseQuery('DeepSeek-R2')).toEqual(word('DeepSeek-R2'));
    expect(parseQuery('R2 -Cloudflare')).toEqual({
      type: 'and',
      items: [word('R2'), { type: 'not', item: word('Cloudflare') }],
    });
    expect(parseQuery('R2 NOT Cloudflare')).toEqual(parseQuery('R2 -Cloudflare'));
    expect(parseQuery('R2 -"object storage"')).toEqual({
      type: 'and',
      items: [word('R2'), { type: 'not', item: phrase('object storage') }],
    });
  });

  it('binds AND tighter than OR, and parentheses group', () => {
    expect(parseQuery('a b OR c')).toEqual({
      type: 'or',
      items: [{ type: 'and', items: [word('a'), word('b')] }, word('c')],
    });
    expect(parseQuery('a (b OR c)')).toEqual({
      type: 'and',
      items: [word('a'), { type: 'or', items: [word('b'), word('c')] }],
    });
    expect(parseQuery('a | b')).toEqual({ type: 'or', items: [word('a'), word('b')] });
  });

  it('reads "phrases" and NEAR/n between words or phrases, NEAR alone as 10', () => {
    expect(parseQuery('"export licence"')).toEqual(phrase('export licence'));
    expect(parseQuery('R2 NEAR/5 "training failed"')).toEqual({
      type: 'near',
      items: [word('R2'), phrase('training failed')],
      distance: 5,
    });
    expect(parseQuery('a NEAR b NEAR/3 c')).toEqual({
      type: 'near',
      items: [word('a'), word('b'), word('c')],
      distance: QUERY_LIMITS.defaultNearDistance,
    });
  });

  it('reads field filters, lower-casing names and values', () => {
    expect(parseQuery('entity:DeepSeek-R2 Type:delay lang:de source:heise')).toEqual({
      type: 'and',
      items: [
        { type: 'field', field: 'entity', value: 'deepseek-r2' },
        { type: 'field', field: 'type', value: 'delay' },
        { type: 'field', field: 'lang', value: 'de' },
        { type: 'field', field: 'source', value: 'heise' },
      ],
    });
    expect(parseQuery('-type:financial H20')).toEqual({
      type: 'and',
      items: [{ type: 'not', item: { type: 'field', field: 'type', value: 'financial' } }, word('H20')],
    });
    // a colon after something that is not a field name is part of a word
    expect(parseQuery('10:30')).toEqual(word('10:30'));
  });

  it.each([
    ['', 'the query is empty'],
    ['   ', 'the query is empty'],
    ['"open', 'no closing quote'],
    ['(a OR b', 'a "(" has no matching ")"'],
    ['a)', 'a ")" has no matching "("'],
    ['()', '"()" is empty'],
    ['OR a', 'OR needs a term on both sides'],
    ['a OR', 'OR needs a term on both sides'],
    ['a OR OR b', 'OR needs a term on both sides'],
    ['NEAR a', 'NEAR needs a word'],
    ['a NEAR', 'NEAR needs a word'],
    ['a NEAR/99 b', 'distance from 1 to 50'],
    ['a NEAR/3 -b', 'NEAR joins words or "phrases" only'],
    ['a NEAR/3 (b OR c)', 'NEAR joins words or "phrases" only'],
    ['a NOT', 'needs a term after it'],
    ['title:R2', 'unknown field "title:"'],
    ['lang:', 'lang: needs a value'],
    ['lang:deutsch', 'lang:deutsch is not valid'],
    ['type:rumour', 'expected an event type: release, plan'],
    ['entity:Deep_Seek', 'entity:deep_seek is not valid'],
    ['x'.repeat(QUERY_LIMITS.maxLength + 1), 'longer than 500 characters'],
    [
      Array.from({ length: QUERY_LIMITS.maxTerms + 1 }, (_, i) => `w${String(i)}`).join(' '),
      'more than 32 terms',
    ],
    ['('.repeat(12) + 'a' + ')'.repeat(12), 'nest deeper than 8'],
  ])('%j is refused with a message that says what to fix', (query, message) => {
    let error: unknown;
    try {
      parseQuery(query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).status).toBe(400);
    expect((error as UserError).message).toContain(message);
  });
});
