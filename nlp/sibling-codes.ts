/**
 * Codes of one product line named bare after a member: "Die Kunlunxin M100 ... Im Jahr 2027 wird der
 * M300 ...", "Ascend 910C ... neue Generation 910D", "MI300X ... MI300A". Makers number a line's members
 * alike, so a bare code with the same letters and as many digits as the code of a product the text
 * names (or, for a numeric code, the same digits and another suffix letter) is a sibling of that
 * product: same kind, developer and family. The shape needs the named member as evidence; a bare code
 * alone says nothing, so siblings are weak: they become entities only when an event is about them.
 */
import type { ProductName } from './product-names.js';
import type { Sentence } from './sentences.js';
import type { EntityKind } from './types.js';

/** A product code: capital letters, two to four digits, up to two suffix letters ("M100", "MI300X", "910C"). */
const CODE = /^([A-Z]{1,4})?(\d{2,4})([A-Z]{0,2})$/u;
const CODE_IN_TEXT =
  /(?<![\p{L}\p{N}.-])(?:[A-Z]{1,4}\d{2,4}[A-Z]{0,2}|\d{3,4}[A-Z]{1,2})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** A product the text names: where, what kind, and whose. */
export interface NamedProduct {
  name: string;
  start: number;
  end: number;
  kind: EntityKind;
  developer?: string | undefined;
  family?: string | undefined;
}

/** Whether two codes are siblings of one line (see the module comment). */
function siblings(a: RegExpExecArray, b: RegExpExecArray): boolean {
  const [, letters = '', digits = '', suffix = ''] = a;
  const [, otherLetters = '', otherDigits = '', otherSuffix = ''] = b;
  if (a[0] === b[0]) return false;
  if (letters !== '') return letters === otherLetters && digits.length === otherDigits.length;
  return otherLetters === '' && digits === otherDigits && suffix !== '' && otherSuffix !== '';
}

/**
 * The named product whose sibling a bare code is, or undefined: lets a code found by another shape,
 * whose kind was a guess, take the kind and maker of its line.
 */
export function lineOf(code: string, products: readonly NamedProduct[]): NamedProduct | undefined {
  const own = CODE.exec(code);
  if (own === null) return undefined;
  return products.find((p) => {
    const other = CODE.exec(p.name.split(/[\s-]/u).pop() ?? '');
    return other !== null && siblings(other, own);
  });
}

/**
 * The bare sibling codes of the named products in a text (see the module comment), one per span, in
 * text order. `products` are the known and discovered products; `taken` tells spans already named.
 */
export function siblingCodes(
  sentences: readonly Sentence[],
  skip: ReadonlySet<number>,
  products: readonly NamedProduct[],
  taken: (start: number, end: number) => boolean,
): ProductName[] {
  const anchors = products.flatMap((p) => {
    const code = CODE.exec(p.name.split(/[\s-]/u).pop() ?? '');
    return code === null ? [] : [{ product: p, code }];
  });
  if (anchors.length === 0) return [];
  const out: ProductName[] = [];
  sentences.forEach((s, index) => {
    if (skip.has(index)) return;
    for (const m of s.text.matchAll(CODE_IN_TEXT)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const code = CODE.exec(m[0]);
      if (code === null || taken(start, end) || out.some((o) => o.start === start)) continue;
      const anchor = anchors.find((a) => siblings(a.code, code));
      if (anchor === undefined) continue;
      const { kind, developer, family } = anchor.product;
      out.push({ name: m[0], start, end, sentence: index, kind, developer, family, strong: false });
    }
  });
  return out;
}
