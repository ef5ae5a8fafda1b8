/**
 * JSON text of frozen objects, kept as long as the object lives: a frozen value cannot change, so its
 * text can be reused by every answer that includes it.
 */
const fragments = new WeakMap<object, string>();

function fragment(value: unknown): string | undefined {
  // JSON.stringify gives undefined for undefined, functions and symbols, whatever its type says.
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return JSON.stringify(value);
  let json = fragments.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    fragments.set(value, json);
  }
  return json;
}

function arrayText(items: readonly unknown[]): string {
  const texts: string[] = [];
  // An index loop, not map: holes in a sparse array must come out as null, as JSON.stringify writes them.
  for (let i = 0; i < items.length; i++) texts.push(fragment(items[i]) ?? 'null');
  return `[${texts.join(',')}]`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

/**
 * The same text as `JSON.stringify(data)`, but frozen objects found in the answer's top-level arrays
 * (or as its top-level fields) are serialised once and their text reused afterwards.
 *
 * Why: list and timeline answers are pages of event views that the store memoises and freezes until
 * the database changes, and turning those views into text was the largest part of serving a page. Only
 * the top level is walked, so an answer costs no more than `JSON.stringify` when nothing is frozen.
 *
 * Contract: freeze only values frozen all the way down (a mutable part inside a frozen object would keep
 * its old text), and give them no `toJSON` that depends on its key.
 */
export function serializeJson(data: unknown): string {
  if (Array.isArray(data)) return arrayText(data);
  if (!isPlainObject(data)) return JSON.stringify(data);
  const fields: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const text = Array.isArray(value) ? arrayText(value) : fragment(value);
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${fields.join(',')}}`;
}
