/**
 * A product code named bare in a text that names its maker: "Kunlunxin stellte zwei Chips vor: Der
 * M100 ... Der M300 ..." names the Kunlun M100 and M300, whose knowledge-base aliases all carry the
 * line's name ("Kunlun M100"). The maker named in the text is the evidence; a code is read only when it
 * ends exactly one alias of that maker's products, so two lines of one maker sharing a code stay unread.
 */
import type { KbEntry, KnowledgeBase } from './knowledge-base.js';

/** A code of letters then digits, perhaps with a letter suffix: "M100", "B30A", "MI308X". */
const CODE_SHAPE = String.raw`\p{Lu}{1,3}\d{2,4}\p{Lu}{0,2}`;
const CODE = new RegExp(`^${CODE_SHAPE}$`, 'u');
/** ... standing in a text, not followed by more of a word. */
const CODE_IN_TEXT = new RegExp(`${CODE_SHAPE}(?![\\p{L}\\p{N}])`, 'gu');

const codesByKb = new WeakMap<KnowledgeBase, ReadonlyMap<string, ReadonlyMap<string, KbEntry>>>();

/** For each developer id, its products by the code that closes one of their aliases (unique codes only). */
function codesByDeveloper(kb: KnowledgeBase): ReadonlyMap<string, ReadonlyMap<string, KbEntry>> {
  const cached = codesByKb.get(kb);
  if (cached !== undefined) return cached;
  const all = new Map<string, Map<string, KbEntry | null>>();
  for (const entry of kb.entries) {
    if (entry.developer === undefined || entry.kind === 'organization' || entry.candidate === true) continue;
    const codes = all.get(entry.developer) ?? new Map<string, KbEntry | null>();
    all.set(entry.developer, codes);
    for (const alias of entry.aliases) {
      const code = /\s(\S+)$/u.exec(alias)?.[1];
      if (code === undefined || !CODE.test(code)) continue;
      const seen = codes.get(code);
      codes.set(code, seen === undefined || seen === entry ? entry : null);
    }
  }
  const out = new Map<string, ReadonlyMap<string, KbEntry>>();
  for (const [developer, codes] of all) {
    const unique = new Map([...codes].filter((e): e is [string, KbEntry] => e[1] !== null));
    if (unique.size > 0) out.set(developer, unique);
  }
  codesByKb.set(kb, out);
  return out;
}

/** A bare code found in a text: the product it names and its span. */
export interface MakerCode {
  entry: KbEntry;
  start: number;
  end: number;
}

/**
 * The bare codes of `text` that name a product of a maker the text names (`makers`: ids of the
 * organizations mentioned), outside the spans already `taken` by mentions. Codes the knowledge base
 * lists as aliases on their own are linked by the alias matcher already and are not looked for here.
 */
export function makerCodes(
  text: string,
  kb: KnowledgeBase,
  makers: ReadonlySet<string>,
  taken: readonly { start: number; end: number }[],
): MakerCode[] {
  const byDeveloper = codesByDeveloper(kb);
  const wanted = new Map<string, KbEntry>();
  for (const maker of makers)
    for (const [code, entry] of byDeveloper.get(maker) ?? [])
      if (!entry.aliases.includes(code)) wanted.set(code, entry);
  if (wanted.size === 0) return [];
  const out: MakerCode[] = [];
  for (const m of text.matchAll(CODE_IN_TEXT)) {
    const entry = wanted.get(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (entry === undefined || /[\p{L}\p{N}-]/u.test(text[start - 1] ?? '')) continue;
    if (taken.some((t) => t.start < end && t.end > start)) continue;
    out.push({ entry, start, end });
  }
  return out;
}
