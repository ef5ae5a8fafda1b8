import { UserError } from '../../core/errors.js';
import { EVENT_TYPES } from '../../nlp/types.js';

/**
 * The analyst query language of GET /v1/search and `modelwatch search`, parsed into a tree: words (all
 * must match), "exact phrases", OR between alternatives, -exclusion (also NOT), parentheses, `a NEAR/n b`
 * (within n words; NEAR alone means 10) and field filters entity:ID, type:T, lang:de|en, source:ID.
 * AND is implicit and may be written. Pure: the tree says what the analyst asked for; query-plan.ts
 * turns it into index terms, so nothing typed here ever reaches a database as syntax.
 */

/** The field filters of the query language. */
export const QUERY_FIELDS = ['entity', 'type', 'lang', 'source'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type WordNode = { type: 'word'; text: string };
export type PhraseNode = { type: 'phrase'; text: string };
export type QueryNode =
  | WordNode
  | PhraseNode
  | { type: 'near'; items: (WordNode | PhraseNode)[]; distance: number }
  | { type: 'field'; field: QueryField; value: string }
  | { type: 'not'; item: QueryNode }
  | { type: 'and'; items: QueryNode[] }
  | { type: 'or'; items: QueryNode[] };

/** Limits that keep one query cheap; past them the query is refused with a message. */
export const QUERY_LIMITS = {
  maxLength: 500,
  maxTerms: 32,
  maxDepth: 8,
  maxNearDistance: 50,
  defaultNearDistance: 10,
} as const;

/** What a query over {@link QUERY_LIMITS}.maxLength characters is told (the parser and the API's schema). */
export const QUERY_TOO_LONG = `longer than ${QUERY_LIMITS.maxLength} characters; shorten the query`;

/** Checks of a field's value, with the message that says what a valid one looks like. */
const FIELD_VALUES: Record<QueryField, { valid: (v: string) => boolean; expected: string }> = {
  entity: {
    valid: (v) => /^[a-z0-9][a-z0-9.-]{0,99}$/.test(v),
    expected: 'an entity id such as entity:deepseek-r2',
  },
  type: {
    valid: (v) => (EVENT_TYPES as readonly string[]).includes(v),
    expected: `an event type: ${EVENT_TYPES.join(', ')}`,
  },
  lang: { valid: (v) => /^[a-z]{2,3}$/.test(v), expected: 'a language code such as lang:de or lang:en' },
  source: { valid: (v) => /^[a-z0-9][a-z0-9-]{0,99}$/.test(v), expected: 'a source id such as source:heise' },
};

type Lexeme =
  | { kind: 'word'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'field'; field: QueryField; value: string }
  | { kind: 'or' | 'not' | 'open' | 'close' }
  | { kind: 'near'; distance: number };

/** A malformed query: a 400 whose message says what to fix. */
function queryError(problem: string): UserError {
  return new UserError(`invalid query: ${problem}`, { details: [{ field: 'q', problem }] });
}

function wordLexeme(raw: string): Lexeme | null {
  if (raw === 'OR' || raw === '|') return { kind: 'or' };
  if (raw === 'AND') return null;
  if (raw === 'NOT') return { kind: 'not' };
  const near = /^NEAR(?:\/(\d+))?$/.exec(raw);
  if (near) {
    const distance = near[1] === undefined ? QUERY_LIMITS.defaultNearDistance : Number(near[1]);
    if (distance < 1 || distance > QUERY_LIMITS.maxNearDistance)
      throw queryError(`NEAR/${near[1] ?? ''} needs a distance from 1 to ${QUERY_LIMITS.maxNearDistance}`);
    return { kind: 'near', distance };
  }
  const field = /^([A-Za-z]+):(.*)$/.exec(raw);
  if (field) {
    const name = (field[1] ?? '').toLowerCase();
    const value = (field[2] ?? '').toLowerCase();
    if (!(QUERY_FIELDS as readonly string[]).includes(name))
      throw queryError(
        `unknown field "${name}:"; the fields are ${QUERY_FIELDS.map((f) => `${f}:`).join(' ')}`,
      );
    const check = FIELD_VALUES[name as QueryField];
    if (value === '') throw queryError(`${name}: needs a value, e.g. ${check.expected}`);
    if (!check.valid(value)) throw queryError(`${name}:${value} is not valid; expected ${check.expected}`);
    return { kind: 'field', field: name as QueryField, value };
  }
  return { kind: 'word', text: raw };
}

/** Splits the query into lexemes: quoted phrases, parentheses, '-' before a term, words and operators. */
function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query.charAt(i);
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (ch === '"') {
      const end = query.indexOf('"', i + 1);
      if (end < 0) throw queryError('a phrase has no closing quote: add " after its last word');
      out.push({ kind: 'phrase', text: query.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '(' || ch === ')') {
      out.push({ kind: ch === '(' ? 'open' : 'close' });
      i += 1;
    } else if (ch === '-' && i + 1 < query.length && !/[\s)]/u.test(query.charAt(i + 1))) {
      out.push({ kind: 'not' });
      i += 1;
    } else {
      const match = /^[^\s"()]+/u.exec(query.slice(i));
      const raw = match?.[0] ?? ch;
      const lexeme = wordLexeme(raw);
      if (lexeme) out.push(lexeme);
      i += raw.length;
    }
  }
  return out;
}

/** Recursive descent over the lexemes: or := and (OR and)*, and := near+, near := unary (NEAR unary)*. */
class Parser {
  private at = 0;
  private terms = 0;

  constructor(private readonly lexemes: readonly Lexeme[]) {}

  parse(): QueryNode {
    const node = this.or(0);
    const next = this.lexemes[this.at];
    if (next) throw queryError(next.kind === 'close' ? 'a ")" has no matching "("' : 'unexpected input');
    return node;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.at];
  }

  private or(depth: number): QueryNode {
    if (depth > QUERY_LIMITS.maxDepth)
      throw queryError(`parentheses nest deeper than ${QUERY_LIMITS.maxDepth}`);
    const items = [this.and(depth)];
    while (this.peek()?.kind === 'or') {
      this.at += 1;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close')
        throw queryError('OR needs a term on both sides, e.g. R2 OR V4');
      items.push(this.and(depth));
    }
    return items.length === 1 && items[0] ? items[0] : { type: 'or', items };
  }

  private and(depth: number): QueryNode {
    const items: QueryNode[] = [];
    for (let next = this.peek(); next && next.kind !== 'or' && next.kind !== 'close'; next = this.peek())
      items.push(this.near(depth));
    if (items.length === 0) {
      const next = this.peek();
      throw queryError(
        next?.kind === 'or'
          ? 'OR needs a term on both sides, e.g. R2 OR V4'
          : next?.kind === 'close'
            ? '"()" is empty: put words inside the parentheses'
            : 'the query is empty: type a word, a "phrase" or a field such as entity:deepseek-r2',
      );
    }
    return items.length === 1 && items[0] ? items[0] : { type: 'and', items };
  }

  private near(depth: number): QueryNode {
    const first = this.unary(depth);
    let next = this.peek();
    if (next?.kind !== 'near') return first;
    const items = [this.nearOperand(first)];
    let distance = 0;
    while (next?.kind === 'near') {
      distance = Math.max(distance, next.distance);
      this.at += 1;
      const operand = this.peek() ? this.unary(depth) : undefined;
      if (!operand) throw queryError('NEAR needs a word or "phrase" on both sides, e.g. R2 NEAR/5 delay');
      items.push(this.nearOperand(operand));
      next = this.peek();
    }
    return { type: 'near', items, distance };
  }

  private nearOperand(node: QueryNode): WordNode | PhraseNode {
    if (node.type === 'word' || node.type === 'phrase') return node;
    throw queryError('NEAR joins words or "phrases" only, not fields, exclusions or parentheses');
  }

  private unary(depth: number): QueryNode {
    const lexeme = this.peek();
    if (!lexeme) throw queryError('the query ends too early: a "-", NOT or "(" needs a term after it');
    this.at += 1;
    switch (lexeme.kind) {
      case 'not':
        if (!this.peek()) throw queryError('"-" or NOT needs a term after it, e.g. -Cloudflare');
        return { type: 'not', item: this.unary(depth) };
      case 'open': {
        const inner = this.or(depth + 1);
        if (this.peek()?.kind !== 'close') throw queryError('a "(" has no matching ")"');
        this.at += 1;
        return inner;
      }
      case 'word':
      case 'phrase':
        this.countTerm();
        return { type: lexeme.kind, text: lexeme.text };
      case 'field':
        this.countTerm();
        return { type: 'field', field: lexeme.field, value: lexeme.value };
      case 'near':
        throw queryError('NEAR needs a word or "phrase" on both sides, e.g. R2 NEAR/5 delay');
      default:
        throw queryError(
          lexeme.kind === 'or' ? 'OR needs a term on both sides' : 'a ")" has no matching "("',
        );
    }
  }

  private countTerm(): void {
    this.terms += 1;
    if (this.terms > QUERY_LIMITS.maxTerms)
      throw queryError(`more than ${QUERY_LIMITS.maxTerms} terms; shorten the query`);
  }
}

/**
 * Parses an analyst query into its tree, or throws a UserError (400) whose message says what to fix:
 * a missing quote or parenthesis, OR or NEAR without a term on one side, an unknown field or value, an
 * empty or too long query.
 */
export function parseQuery(query: string): QueryNode {
  if (query.length > QUERY_LIMITS.maxLength) throw queryError(QUERY_TOO_LONG);
  if (query.trim() === '')
    throw queryError('the query is empty: type a word, a "phrase" or a field such as entity:deepseek-r2');
  return new Parser(lex(query)).parse();
}
