/**
 * Companies named in a partner role: investors, suppliers' customers, customers, a rival challenged
 * ("backed by anchor investments from a state fund, Alibaba and Tencent",
 * "a key supplier to Nvidia and AMD", "Kunden wie Meta und Microsoft", "challenge Nvidia"). Their
 * figures did not move, so they are neither the subject of a financial event nor the company a later
 * sentence's shares belong to. The role word opens a list: its first company follows within three words
 * (a comma only right before it), each further one is joined by a comma or a conjunction alone, so that
 * the company acting in the next clause ("Kunden wie Meta investieren kräftig, und Nvidia steigerte ...")
 * is not taken.
 */
import { PARTNER_ROLE } from '../event-cues.js';

/** The part of a mention this module needs: offsets into the text it is read with. */
interface Span {
  start: number;
  end: number;
}

/** What may stand between the role word and the first company: an article and a word or two ("a state fund,"). */
const FIRST_GAP = /^\s*(?:[^\s,.;:!?]+\s+){0,3}(?:,\s*)?$/u;
/** What joins two companies of the list. */
const LIST_JOIN = /^\s*(?:,|and|und|sowie|&|or|oder)\s*(?:(?:and|und|or|oder)\s+)?$/u;

/** The mentions among `orgs` (in text order) that stand in a partner role in `lower`. */
export function partnerOrgs<T extends Span>(orgs: readonly T[], lower: string): Set<T> {
  const partners = new Set<T>();
  if (orgs.length === 0) return partners;
  for (const role of lower.matchAll(PARTNER_ROLE)) {
    const from = role.index + role[0].length;
    let last: T | undefined;
    for (const m of orgs) {
      if (m.start < from) continue;
      const gap = lower.slice(last?.end ?? from, m.start);
      if (last === undefined ? !FIRST_GAP.test(gap) : !LIST_JOIN.test(gap)) break;
      partners.add(m);
      last = m;
    }
  }
  return partners;
}
