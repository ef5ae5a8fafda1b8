/**
 * Who makes a hardware switch when that company also makes chips: "Tesla verlässt sich künftig auf
 * Nvidia statt auf eigene Dojo-Chips", "Tesla is reducing its reliance on Nvidia by running training
 * on its own AI5 chips".
 * Chip makers usually stand for their platforms in a switch ("moved to Nvidia"), so one is read as
 * the mover only from its position: with at most two words before it in a clause that opens before
 * the trigger, no other name and no preposition or contrast word before it, not as the vendor of
 * hardware ("Nvidia-GPUs", "Nvidia's H20") and not as the reporter of another's move ("Nvidia says").
 */
import type { KnowledgeBase } from '../knowledge-base.js';
import type { EventEntity } from '../types.js';
import type { Trigger } from './find-triggers.js';
import type { LocalMention } from './pick-subjects.js';
import type { SentenceContext } from './sentence-context.js';

/** A word that introduces a platform or a yardstick right before a name. */
const PLATFORM_BEFORE =
  /(?<![\p{L}\p{N}])(?:auf|on|onto|to|zu|zum|zur|von|vom|from|mit|with|statt|anstelle|anstatt|instead of|rather than|over|über|bei|by|für|for|of|des|der|than|als|wie|like|via|using|nutzt|nutzen|verwendet|laut|according to)\s+(?:[^\s,;]+\s+){0,2}$/u;
/** Hardware right after a name: the name is its vendor ("Nvidia-GPUs", "Googles TPUs", "AMD's MI300"). */
const HARDWARE_AFTER =
  /^(?:s|['’]s?)?[\s-]+(?:[^\s,;]+\s+)?(?:[\p{L}-]*(?:chips?|gpus?|tpus?|hardware|prozessor\w*|processors?|beschleuniger\w*|accelerators?|silicon|server\w*|cluster\w*|systeme?|systems?|plattform\w*|platforms?|cloud)|mi\d|h\d|b\d|gb\d)/u;

/** People or shares of a company, glued to its name ("Huawei-Ingenieure", "Nvidia-Aktien"): the company does not act. */
const STAFF_AFTER =
  /^(?:s|['’]s?)?[\s-]+(?:ingenieur|mitarbeiter|chef|manager|forscher|entwickler|sprecher|insider|engineer|staff|employee|executive|researcher|developer|spokes|aktie|papiere|titel|shares?|stock)/u;

/** A company that reports someone else's move ("Nvidia says Meta moved ...", "Nvidia zufolge"). */
const REPORTING_AFTER =
  /^\s*(?:(?:has|hat)\s+)?(?:says|said|sagt|sagte|erklärt\w*|teilte|told|reports?|reported|berichtet\w*|zufolge|confirm\w*|bestätigt\w*|:)/u;

/** A clause opens at the sentence start, after a semicolon or colon, or after a comma and a conjunction. */
const CONJUNCTION_OPENING =
  /^\s*(?:und|and|but|aber|doch|während|while|whereas|dass|that|da|weil|because|as|now|nun|so|nachdem|after|since|seit)\b/u;
const MAX_OPENING_WORDS = 2;

/**
 * The words between the start of the clause and `at` when there are at most two of them and the
 * clause opens a new statement (not a list item after a comma), else undefined.
 */
function clauseOpening(lower: string, at: number): { start: number; text: string } | undefined {
  const before = lower.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const text = before.slice(cut + 1);
  if (cut >= 0 && before[cut] === ',' && !CONJUNCTION_OPENING.test(text)) return undefined;
  if (text.trim().split(/\s+/u).filter(Boolean).length > MAX_OPENING_WORDS) return undefined;
  return { start: cut + 1, text };
}

/**
 * The chip makers of a sentence that are the agent of the switch `trigger` reports, in text order;
 * they are neither platforms of the switch nor excluded as its subject.
 */
export function switchAgents(trigger: Trigger, sc: SentenceContext): LocalMention[] {
  const { lower, doc } = sc;
  return sc.local.filter((m) => {
    if (m.mention.entry.kind !== 'organization' || !doc.chipMakers.has(m.mention.entry.id)) return false;
    if (m.end > trigger.start) return false;
    const opening = clauseOpening(lower, m.start);
    if (opening === undefined || PLATFORM_BEFORE.test(opening.text)) return false;
    if (sc.local.some((x) => x !== m && x.start >= opening.start && x.end <= m.start)) return false;
    return actsItself(m, lower);
  });
}

/**
 * Whether a company named at `m` can act in a switch: not named as the vendor of hardware
 * ("Nvidia-GPUs"), for its staff or shares ("Huawei-Ingenieure", "Nvidia-Aktien") or as a reporter.
 */
export function actsItself(m: LocalMention, lower: string): boolean {
  const after = lower.slice(m.end, m.end + 40);
  return !HARDWARE_AFTER.test(after) && !REPORTING_AFTER.test(after) && !namedForPeopleOrShares(m, lower);
}

/** "Huawei-Ingenieure", "Nvidia-Aktien": a company named for its people or its shares. */
export function namedForPeopleOrShares(m: LocalMention, lower: string): boolean {
  return STAFF_AFTER.test(lower.slice(m.end, m.end + 40));
}

/**
 * True when a switch by `agentId` involves a platform of another company. A chip maker that moves
 * between its own chips without naming training or inference ("Nvidia replaces the H20 with the B30A
 * for China") changes its product line; it does not switch hardware.
 */
export function involvesOtherVendor(
  agentId: string,
  related: readonly EventEntity[],
  kb: KnowledgeBase,
): boolean {
  return related.some((r) => (kb.byId.get(r.id)?.developer ?? r.id) !== agentId);
}
