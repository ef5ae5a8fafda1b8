/**
 * The roles a company plays in a sentence that financial events and the discourse state ask about:
 * the owner of shares ("die Papiere von Broadcom", "die AMD-Titel"), a member of a list of companies
 * ("Die Papiere von Intel und AMD", "Qualcomm and rival chipmakers AMD and Nvidia"), and a partner:
 * an investor, a supplier's customer, a customer or a rival challenged ("backed by anchor investments
 * from a state fund, Alibaba and Tencent", "a key supplier to Nvidia and AMD", "Kunden wie Meta und
 * Microsoft", "challenge Nvidia"). A partner's figures did not move, so it is neither the subject of a
 * financial event nor the company a later sentence's shares belong to. The partner role word opens a
 * list: its first company follows within three words (a comma only right before it), each further one
 * is joined by a comma or a conjunction alone, so that the company acting in the next clause ("Kunden
 * wie Meta investieren kräftig, und Nvidia steigerte ...") is not taken.
 */
import { PARTNER_ROLE, SHARES_AFTER, SHARES_OF_BEFORE } from '../event-cues.js';
import type { LocalMention } from './pick-subjects.js';

/** The part of a mention the list reader needs: offsets into the text it is read with. */
interface Span {
  start: number;
  end: number;
}

/** Whether the company at `start`-`end` of `lower` is named as the owner of shares. */
export function ownsShares(start: number, end: number, lower: string): boolean {
  return (
    SHARES_OF_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) ||
    SHARES_AFTER.test(lower.slice(end, end + 30))
  );
}

/** What may stand between two listed companies: a conjunction, a comma, a few words and a legal form. */
const LIST_GAP =
  /^(?:\s*(?:inc\.?|corp\.?|co\.?|ltd\.?|ag|se))?\s*(?:,|und|and|sowie|&)\s*(?:(?:und|and)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/**
 * The companies listed right after `first` among `orgs` (in text order), each separated from the one
 * before by what `join` accepts (by default a conjunction or comma with a few words: "Intel und AMD",
 * "Qualcomm and rival chipmakers AMD and Nvidia"); `textOf` gives the text between two offsets.
 */
export function listedAfter<T extends Span>(
  first: T,
  orgs: readonly T[],
  textOf: (from: number, to: number) => string,
  idOf: (m: T) => string,
  join: RegExp = LIST_GAP,
): T[] {
  const listed: T[] = [];
  for (const m of orgs) {
    if (m.start < first.end || idOf(m) === idOf(first) || listed.some((x) => idOf(x) === idOf(m))) continue;
    if (!join.test(textOf((listed[listed.length - 1] ?? first).end, m.start).toLowerCase())) break;
    listed.push(m);
  }
  return listed;
}

/** What may stand between the role word and the first company: an article and a word or two ("a state fund,"). */
const FIRST_GAP = /^\s*(?:[^\s,.;:!?]+\s+){0,3}(?:,\s*)?$/u;
/** What joins two companies of a partner list: a comma or a conjunction alone. */
const LIST_JOIN = /^\s*(?:,|and|und|sowie|&|or|oder)\s*(?:(?:and|und|or|oder)\s+)?$/u;

/** The company mentions among `orgs` (in text order) that stand in a partner role in `lower`. */
export function partnerOrgs(orgs: readonly LocalMention[], lower: string): Set<LocalMention> {
  const partners = new Set<LocalMention>();
  if (orgs.length === 0) return partners;
  for (const role of lower.matchAll(PARTNER_ROLE)) {
    const from = role.index + role[0].length;
    const first = orgs.find((m) => m.start >= from);
    if (first === undefined || !FIRST_GAP.test(lower.slice(from, first.start))) continue;
    partners.add(first);
    const textOf = (a: number, b: number): string => lower.slice(a, b);
    for (const m of listedAfter(first, orgs, textOf, (x) => x.mention.entry.id, LIST_JOIN)) partners.add(m);
  }
  return partners;
}
