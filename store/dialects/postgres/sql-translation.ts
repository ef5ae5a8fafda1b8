/** A read query in PostgreSQL's spelling, with what is needed to bind its parameters. */
export interface PostgresQuery {
  text: string;
  /** Parameter names in `$n` order. */
  names: string[];
  /** Parameters given as JSON arrays (SQLite's `json_each` lists) that bind as PostgreSQL arrays. */
  arrays: ReadonlySet<string>;
}

/** SQLite's list membership, `x IN (SELECT value FROM json_each(@list))`, and PostgreSQL's `x = ANY($n)`. */
const JSON_LIST = /\bIN\s*\(\s*SELECT\s+value\s+FROM\s+json_each\(@(\w+)\)\s*\)/g;

/**
 * String literals and quoted identifiers (kept as they are), parameters, and words: what the translation
 * looks at, in one pass so nothing inside a literal is touched.
 */
const TOKEN = /'(?:[^']|'')*'|"[^"]*"|@(\w+)|\b([A-Za-z_][A-Za-z0-9_]*)\b/g;

/**
 * Translates a read query written in SQLite's spelling (see store/read-store.ts) to PostgreSQL's:
 * CamelCase identifiers (Prisma's table and column names) are double-quoted, since PostgreSQL folds
 * unquoted names to lower case; `@name` parameters become `$n`; `IN (SELECT value FROM json_each(@list))`
 * becomes `= ANY($n)`. Keywords are written in capitals and lower-case names need no quotes, so a word is
 * quoted exactly when it mixes cases. Any other `json_each` is refused: such a query needs its own
 * PostgreSQL text (see event-reads.ts), not a silent mistranslation.
 */
export function toPostgresSql(sql: string): PostgresQuery {
  const names: string[] = [];
  const arrays = new Set<string>();
  const listed = sql.replace(JSON_LIST, (_match, name: string) => {
    arrays.add(name);
    return `= ANY(@${name})`;
  });
  if (/\bjson_each\b/.test(listed))
    throw new Error(`json_each outside "IN (SELECT value FROM json_each(@list))" has no translation: ${sql}`);
  const text = listed.replace(TOKEN, (token, parameter?: string, word?: string) => {
    if (parameter !== undefined) {
      let index = names.indexOf(parameter);
      if (index < 0) index = names.push(parameter) - 1;
      return `$${String(index + 1)}`;
    }
    if (word !== undefined && /[a-z]/.test(word) && /[A-Z]/.test(word)) return `"${word}"`;
    return token;
  });
  return { text, names, arrays };
}
