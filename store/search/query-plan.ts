import { UserError } from '../../core/errors.js';
import { searchTokens } from '../../nlp/search-tokens.js';
import type { PhraseNode, QueryField, QueryNode, WordNode } from './query-parser.js';

/**
 * Turns a parsed query into an FTS5 MATCH expression (or, through a {@link MatchSyntax}, another index's
 * query) built only from tokens this module produced: every word and phrase goes through the one search
 * analyzer (nlp/search-tokens.ts) and every token is quoted, so nothing the analyst typed reaches the index
 * as syntax. Pure; the entity lookups are passed in.
 */

/** What the planner needs to know about entities, answered by the store. */
export interface EntityLookup {
  /** The (merge-resolved) ids of the entities an alias or name key (lower-cased, words joined by one space) names. */
  entitiesNamed(key: string): readonly string[];
  /** The entity an id names, merged ids resolved; null when there is none. */
  resolveEntity(id: string): string | null;
}

/** A filter of the query on article columns rather than on the text. */
export interface QueryFilter {
  field: Exclude<QueryField, 'entity'>;
  value: string;
  /** `-lang:de`: articles without this value. */
  exclude: boolean;
}

export interface QueryPlan<M = string> {
  /** The FTS5 MATCH expression (or what the plan's {@link MatchSyntax} builds). */
  match: M;
  filters: QueryFilter[];
  /** Analyzer tokens (of every language tried) whose occurrences a snippet highlights; `chip*` marks a prefix. */
  highlight: string[];
  /** Entities the query named (by alias or entity:), after merge resolution. */
  entities: string[];
}

export interface PlanOptions {
  /** Languages whose analysis every word is tried in; an article matches when any one agrees. */
  languages: readonly string[];
  lookup: EntityLookup;
  /** The entity token of an id in the index (store/search/search-documents.ts). */
  entityToken(id: string): string;
  /**
   * The one indexed term that starts with `prefix`, or null when none or several do. A prefix with one
   * term is searched as that exact term: the same articles and the same BM25 (one term, the same
   * occurrences), but FTS5 walks an exact term's doclist lazily, while a prefix has every doclist of its
   * terms read and merged in full, twice (the match and BM25's document count). Optional: without it every
   * prefix stays a prefix.
   */
  soleTermWithPrefix?(prefix: string): string | null;
}

/** The languages a word is analysed in when the query does not restrict the language. */
export const DEFAULT_QUERY_LANGUAGES = ['de', 'en', 'und'] as const;

/** The longest alias, in words, looked up among consecutive query words ("Kimi K2 Thinking"). */
const MAX_ALIAS_WORDS = 4;

/** NEAR groups are expanded into one group per combination of word variants, at most this many. */
const MAX_NEAR_COMBINATIONS = 16;

/** Shortest word that also matches as a prefix; shorter ones ("KI", "AI") would match too much. */
const PREFIX_MIN_LENGTH = 4;

function isPrefixable(token: string): boolean {
  return token.length >= PREFIX_MIN_LENGTH && !/\d/.test(token);
}

function planError(problem: string): UserError {
  return new UserError(`invalid query: ${problem}`, { details: [{ field: 'q', problem }] });
}

/**
 * How an index states what the planner decided: a term (analyzer tokens in sequence, a prefix when
 * `prefix`), alternatives, conjunctions, exclusions and NEAR groups. FTS5 ({@link FTS5_SYNTAX}) writes
 * strings; PostgreSQL (store/search/tsquery.ts) builds a tree it turns into a tsquery.
 */
export interface MatchSyntax<M> {
  term(tokens: readonly string[], prefix: boolean): M;
  any(parts: readonly M[]): M;
  all(parts: readonly M[]): M;
  allBut(base: M, excluded: readonly M[]): M;
  near(phrases: readonly (readonly string[])[], distance: number): M;
}

function quote(tokens: readonly string[]): string {
  return `"${tokens.join(' ').replace(/"/g, '""')}"`;
}

function anyOf(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' OR ')})`;
}

/** FTS5's MATCH syntax, every token sequence quoted. */
export const FTS5_SYNTAX: MatchSyntax<string> = {
  term: (tokens, prefix) => (prefix ? `${quote(tokens)}*` : quote(tokens)),
  any: anyOf,
  all: (parts) => (parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' AND ')})`),
  allBut: (base, excluded) => `(${[base, ...excluded.map((n) => `NOT ${n}`)].join(' ')})`,
  near: (phrases, distance) => `NEAR(${phrases.map(quote).join(' ')}, ${String(distance)})`,
};

/**
 * The variants of a word minus those a shorter variant's prefix already matches: "verzöger"* finds every
 * article "verzögerung"* finds, so `("verzöger"* OR "verzögerung"*)` becomes `"verzöger"*`. The same
 * articles match; FTS5 reads each prefix's doclists twice per query (the match, and BM25's document count),
 * so every prefix left out saves a read of all its terms' occurrences.
 */
function withoutSubsumed(variants: readonly string[][], prefix: boolean): string[][] {
  if (!prefix) return [...variants];
  const prefixes = variants.flatMap((tokens) =>
    tokens.length === 1 && tokens[0] !== undefined && isPrefixable(tokens[0]) ? [tokens[0]] : [],
  );
  return variants.filter((tokens) => {
    const [only] = tokens;
    if (tokens.length !== 1 || only === undefined) return true;
    return !prefixes.some((p) => p !== only && only.startsWith(p));
  });
}

class Planner<M> {
  readonly highlight = new Set<string>();
  readonly entities = new Set<string>();

  constructor(
    private readonly options: PlanOptions,
    private readonly syntax: MatchSyntax<M>,
  ) {}

  /**
   * The distinct token sequences of a text across the query languages. Empty when every language with
   * stop words drops it all ("in", "an"): 'und' (no stop words, for articles in other languages) alone
   * does not keep a stop word searchable.
   */
  variants(text: string): string[][] {
    const seen = new Map<string, string[]>();
    let kept = false;
    for (const lang of this.options.languages) {
      const tokens = searchTokens(text, lang);
      if (tokens.length === 0) continue;
      if (lang !== 'und') kept = true;
      seen.set(tokens.join(' '), tokens);
    }
    return kept || !this.options.languages.some((l) => l !== 'und') ? [...seen.values()] : [];
  }

  /**
   * A word or phrase as text. A single-word variant of PREFIX_MIN_LENGTH letters or more also matches as
   * a prefix, which catches what the stemmer leaves apart and German compound heads ("Chip" finds
   * "Chips" and "Chipfertigung"); names with digits ("R2", "H20") match exactly.
   */
  text(node: WordNode | PhraseNode): M | null {
    const variants = this.variants(node.text);
    const prefix = node.type === 'word';
    const parts = withoutSubsumed(variants, prefix).map((tokens) => {
      const [only] = tokens;
      if (prefix && tokens.length === 1 && only !== undefined && isPrefixable(only)) {
        this.highlight.add(`${only}*`);
        const sole = this.options.soleTermWithPrefix?.(only) ?? null;
        return sole === null ? this.syntax.term(tokens, true) : this.syntax.term([sole], false);
      }
      for (const token of tokens) this.highlight.add(token);
      return this.syntax.term(tokens, false);
    });
    return parts.length === 0 ? null : this.syntax.any(parts);
  }

  entity(ids: readonly string[], words: readonly string[]): M {
    for (const id of ids) this.entities.add(id);
    for (const word of words)
      for (const tokens of this.variants(word)) for (const t of tokens) this.highlight.add(t);
    return this.syntax.any(ids.map((id) => this.syntax.term([this.options.entityToken(id)], false)));
  }

  /** A bare word that names an entity matches the articles the linker linked to it, not the text. */
  word(node: WordNode): M | null {
    const ids = this.options.lookup.entitiesNamed(node.text.toLowerCase());
    return ids.length > 0 ? this.entity(ids, [node.text]) : this.text(node);
  }

  near(items: readonly (WordNode | PhraseNode)[], distance: number): M | null {
    const choices = items.map((item) => this.variants(item.text));
    for (const tokens of choices.flat()) for (const t of tokens) this.highlight.add(t);
    if (choices.some((c) => c.length === 0)) return null;
    let combos: string[][][] = [[]];
    for (const choice of choices) {
      combos = combos.flatMap((combo) => choice.map((tokens) => [...combo, tokens]));
      if (combos.length > MAX_NEAR_COMBINATIONS)
        throw planError('a NEAR group has too many word forms; use fewer words or lang:de / lang:en');
    }
    return this.syntax.any(combos.map((combo) => this.syntax.near(combo, distance)));
  }

  node(node: QueryNode): M | null {
    switch (node.type) {
      case 'word':
        return this.word(node);
      case 'phrase':
        return this.text(node);
      case 'near':
        return this.near(node.items, node.distance);
      case 'field':
        return this.field(node.field, node.value);
      case 'or':
        return this.or(node.items);
      case 'and':
        return this.and(node.items);
      case 'not':
        throw planError(
          'an exclusion must stand beside a word it excludes from, e.g. R2 -Cloudflare; in OR write (R2 -Cloudflare) OR V4',
        );
    }
  }

  field(field: QueryField, value: string): M {
    if (field !== 'entity')
      throw planError(`${field}: filters the whole query; put it outside parentheses, OR and NEAR`);
    const id = this.options.lookup.resolveEntity(value);
    if (id === null)
      throw planError(`unknown entity "${value}" in entity:; find ids with GET /v1/entities?q=NAME`);
    return this.entity([id], []);
  }

  or(items: readonly QueryNode[]): M | null {
    const parts = items.map((item) => this.node(item)).filter((p): p is M => p !== null);
    return parts.length === 0 ? null : this.syntax.any(parts);
  }

  /** Consecutive bare words that together are an entity's alias ("Kimi K2") become one entity term. */
  and(items: readonly QueryNode[]): M | null {
    const positive: M[] = [];
    const negative: M[] = [];
    for (let i = 0; i < items.length; i += 1) {
      const alias = this.aliasAt(items, i);
      if (alias) {
        positive.push(this.entity(alias.ids, alias.words));
        i += alias.words.length - 1;
        continue;
      }
      const item = items[i];
      if (!item) continue;
      const part = item.type === 'not' ? this.node(item.item) : this.node(item);
      if (part !== null) (item.type === 'not' ? negative : positive).push(part);
    }
    if (positive.length === 0) {
      if (negative.length > 0)
        throw planError('an exclusion needs something to exclude from: add a word, e.g. R2 -Cloudflare');
      return null;
    }
    const base = this.syntax.all(positive);
    return negative.length === 0 ? base : this.syntax.allBut(base, negative);
  }

  private aliasAt(
    items: readonly QueryNode[],
    start: number,
  ): { ids: readonly string[]; words: string[] } | null {
    const words: string[] = [];
    for (let i = start; i < items.length && words.length < MAX_ALIAS_WORDS; i += 1) {
      const item = items[i];
      if (item?.type !== 'word') break;
      words.push(item.text);
    }
    for (let n = words.length; n >= 2; n -= 1) {
      const ids = this.options.lookup.entitiesNamed(words.slice(0, n).join(' ').toLowerCase());
      if (ids.length > 0) return { ids, words: words.slice(0, n) };
    }
    return null;
  }
}

/** Splits the top level into its field filters on article columns and the rest of the query. */
function splitFilters(root: QueryNode): { rest: QueryNode[]; filters: QueryFilter[] } {
  const items = root.type === 'and' ? root.items : [root];
  const rest: QueryNode[] = [];
  const filters: QueryFilter[] = [];
  for (const item of items) {
    const inner = item.type === 'not' ? item.item : item;
    if (inner.type === 'field' && inner.field !== 'entity')
      filters.push({ field: inner.field, value: inner.value, exclude: item.type === 'not' });
    else rest.push(item);
  }
  return { rest, filters };
}

/**
 * Plans a parsed query: its MATCH expression, its filters on article columns (type:, lang:, source: at
 * the top level, possibly excluded) and the tokens to highlight. Words are analysed in every language of
 * `options.languages` (an article in either language matches), unless the query says lang:X, which
 * analyses them in X alone. Throws a UserError (400) when nothing is left to search for, an exclusion has
 * nothing to exclude from, a field filter sits inside OR or parentheses, or entity: names no entity.
 */
export function planQuery(root: QueryNode, options: PlanOptions): QueryPlan {
  return planQueryWith(root, options, FTS5_SYNTAX);
}

/** {@link planQuery} for an index whose query `syntax` builds (PostgreSQL's tsquery tree). */
export function planQueryWith<M>(
  root: QueryNode,
  options: PlanOptions,
  syntax: MatchSyntax<M>,
): QueryPlan<M> {
  const { rest, filters } = splitFilters(root);
  const lang = filters.find((f) => f.field === 'lang' && !f.exclude)?.value;
  const planner = new Planner(lang === undefined ? options : { ...options, languages: [lang] }, syntax);
  const match = rest.length > 0 ? planner.and(rest) : null;
  if (match === null)
    throw planError(
      'nothing to search for: add a word, a "phrase" or entity:ID (very common words such as "the" or "und" are not indexed)',
    );
  return { match, filters, highlight: [...planner.highlight], entities: [...planner.entities] };
}
