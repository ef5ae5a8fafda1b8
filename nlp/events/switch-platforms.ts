/**
 * The platforms of a hardware switch in one sentence: the target ("to"), the source ("from", after
 * "statt", "instead of", or the earlier chip a return goes back from) and platforms kept only for
 * inference beside a training move. Chips and chipmakers count as platforms.
 */
import { GENERIC_PLATFORM, RETURN_MOVE } from '../event-cues.js';
import type { EventEntity } from '../types.js';
import type { Trigger } from './find-triggers.js';
import type { LocalMention } from './pick-subjects.js';
import { pushUnique } from './related-entities.js';
import type { SentenceContext } from './sentence-context.js';
import { namedForPeopleOrShares } from './switch-agent.js';

/** Triggers that say a move happened (not a contrast like "statt"): they may go to an unnamed target. */
const MOVE_VERB =
  /^(?:mov|shift|switch|migrat|pivot|verlager|umgestellt|umgestiegen|wechsel|ausweich|turn|ditch|abandon|adopt|begin|began|begun|start|transition|now\s)/u;
/** Own or domestic chips in use since a time: the move to them, its target generic. */
const OWN_IN_USE = /\bseit\b|\bsince\b|been (?:using|deploying|running)/u;
const FROM_BEFORE =
  /(statt|anstelle|anstatt|instead of|rather than|from|weg von|away from|in place of|over|swap(?:s|ped|ping)?|(?:abhängigkeit|reliance|dependence|dependency)\s+(?:von|on|upon))\s+(?:(?!(?:to|onto|into|for)\s)\S+\s+){0,3}$/u;
/** Between a vendor and its chip: "Nvidia H20", "Nvidias H20", "Nvidia's H20", "Nvidia-H20". */
const VENDOR_GAP = /^(?:s|['’]s?)?[\s-]?$/u;
/** "von NVIDIAs Systemen auf Huawei-Hardware": German "von ... auf" names the source with "von". */
const VON_BEFORE = /\bvon\s+$/u;
/** "kehrt Nvidia den Rücken": the platform turned away from. */
const BACK_TURNED_AFTER = /^\s*(?:\S+\s+){0,2}?den rücken\b/u;
/** "von NVIDIA ... auf", and "wendet sich von NVIDIA ab" (turning away names the source). */
const AUF_AFTER = /^\S*\s+(?:(?:\S+\s+){0,3}?(?:auf|zu)\s|ab\b)/u;
/** "chips from Huawei", "Chips von Huawei": the maker of the chips, not the platform left. */
const MAKER_BEFORE =
  /(?:chips?|gpus?|tpus?|prozessoren|beschleuniger\w*|hardware|processors?|accelerators?)\s+(?:von|vom|from|made by)\s+$/u;
/**
 * The text before a platform without its maker phrase: "instead of chips from Nvidia" leaves "instead
 * of", a contrast; "using chips from Huawei" leaves "using", none.
 */
function beforeMaker(before: string): string {
  const maker = MAKER_BEFORE.exec(before);
  return maker === null ? before : before.slice(0, maker.index);
}

const CLAUSE_BREAK = /,|;| - | während | while | whereas | wobei /u;
/** A clause of its own after a comma and a conjunction, a semicolon or a dash: ", and pivot", "; sie wechselte", " - The company plans". */
const COORDINATED_CLAUSE = /,\s*(?:and|und|sowie|then|dann|but|aber)\s|;\s|\s[-–—]\s/u;

interface PlatformRole {
  m: LocalMention;
  ref: EventEntity;
  role: 'from' | 'inference' | null;
}

/** "Huaweis Hardware" after "Ascend-Chips": a chipmaker stands for its chip named earlier. */
function resolveRef(m: LocalMention, sc: SentenceContext): EventEntity {
  const entry = m.mention.entry;
  if (entry.kind === 'organization' && sc.doc.chipMakers.has(entry.id)) {
    const chip = sc.doc.lastMentionBefore(
      m.mention.start,
      (x) => x.entry.kind === 'chip' && x.entry.developer === entry.id,
    );
    if (chip) return { id: chip.entry.id, name: chip.entry.name };
  }
  return { id: entry.id, name: entry.name };
}

/** "Nvidia's H20": the vendor named with its own chip is not a second platform. */
function isVendorOfNext(m: LocalMention, sc: SentenceContext): boolean {
  return sc.local.some(
    (x) =>
      x.mention.entry.kind === 'chip' &&
      x.mention.entry.developer === m.mention.entry.id &&
      x.start >= m.end &&
      VENDOR_GAP.test(sc.text.slice(m.end, x.start)),
  );
}

const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');

/** The clause of the sentence around a position, between clause breaks. */
function clauseAt(low: string, pos: number): string {
  let start = 0;
  for (const m of low.matchAll(CLAUSE_BREAKS)) {
    if (m.index >= pos) return low.slice(start, m.index);
    start = m.index + m[0].length;
  }
  return low.slice(start);
}

function platformRoles(sc: SentenceContext, platforms: readonly LocalMention[]): PlatformRole[] {
  const low = sc.lower;
  const clauseOf = (pos: number): string => clauseAt(low, pos);
  return platforms.map((m) => {
    const isFrom =
      FROM_BEFORE.test(beforeMaker(low.slice(Math.max(0, m.start - 50), m.start))) ||
      (!MAKER_BEFORE.test(low.slice(Math.max(0, m.start - 30), m.start)) &&
        ((VON_BEFORE.test(low.slice(Math.max(0, m.start - 10), m.start)) &&
          AUF_AFTER.test(low.slice(m.end, m.end + 50))) ||
          BACK_TURNED_AFTER.test(low.slice(m.end, m.end + 30))));
    // "Ascend only for inference" beside a training move; a move of inference itself has its target
    const isInference =
      /train/u.test(low) && /inferen/u.test(clauseOf(m.start)) && !/train/u.test(clauseOf(m.start));
    return { m, ref: resolveRef(m, sc), role: isFrom ? 'from' : isInference ? 'inference' : null };
  });
}

/**
 * A return ("wieder auf Nvidia") without a named source comes from the last chip named in an
 * earlier sentence of another vendor, else from the platform kept for inference.
 */
function returnSource(
  to: EventEntity,
  related: readonly EventEntity[],
  sc: SentenceContext,
): EventEntity | undefined {
  const { doc } = sc;
  const toEntry = doc.kb.byId.get(to.id);
  const previous = doc.lastMentionBefore(
    sc.sentence.start,
    (x) =>
      x.sentence < sc.index &&
      !doc.skip.has(x.sentence) &&
      x.entry.kind === 'chip' &&
      x.entry.id !== to.id &&
      x.entry.developer !== toEntry?.developer,
  );
  if (previous) return { id: previous.entry.id, name: previous.entry.name, role: 'from' };
  const inference = related.find((r) => r.role === 'inference');
  return inference === undefined ? undefined : { id: inference.id, name: inference.name, role: 'from' };
}

/**
 * The platforms of a switch as related entities: the first unmarked platform after the trigger (else
 * any unmarked one) is the target, marked ones keep their role. Null when the sentence names no
 * platform, or no target unless a generic one ("heimische Chips") stands beside a named source.
 * `agents` are chip makers that make the switch rather than being its platform (switch-agent.ts).
 */
export function switchPlatforms(
  trigger: Trigger,
  sc: SentenceContext,
  agents: readonly LocalMention[],
): EventEntity[] | null {
  const platforms = sc.local.filter(
    (m) =>
      !agents.includes(m) &&
      (m.mention.entry.kind === 'chip' ||
        (sc.doc.chipMakers.has(m.mention.entry.id) &&
          !isVendorOfNext(m, sc) &&
          !namedForPeopleOrShares(m, sc.lower))),
  );
  // "moved training to domestic accelerators": a generic target alone, for an explicit purpose
  if (platforms.length === 0)
    return (MOVE_VERB.test(trigger.text) || OWN_IN_USE.test(trigger.text)) &&
      GENERIC_PLATFORM.test(sc.lower) &&
      /train|inferen|ki-modell|ai model|sprachmodell|language model/u.test(sc.lower)
      ? []
      : null;
  // "disband the Dojo team, reassign its engineers, and pivot away from ...": a platform in an earlier
  // coordinated clause is not where the move goes (one fronted or in a parenthesis still is)
  const roles = platformRoles(sc, platforms).filter(
    (r) =>
      r.role !== null ||
      r.m.start >= trigger.start ||
      !COORDINATED_CLAUSE.test(sc.lower.slice(r.m.end, trigger.start)),
  );
  // inside a German verb bracket ("greift Microsoft nun auf die H200 zurück") a named chip beats a company
  const target =
    roles.find((r) => r.role === null && r.m.start >= trigger.end) ??
    roles.find((r) => r.role === null && r.m.start >= trigger.start && r.m.mention.entry.kind === 'chip') ??
    roles.find((r) => r.role === null && r.m.mention.entry.kind === 'chip') ??
    roles.find((r) => r.role === null);
  if (!target && !(GENERIC_PLATFORM.test(sc.lower) && roles.some((r) => r.role === 'from'))) return null;
  const to = target?.ref ?? { id: '', name: '' };
  const related: EventEntity[] = [];
  if (target) pushUnique(related, { ...to, role: 'to' });
  for (const r of roles) {
    if (r === target || r.ref.id === to.id) continue;
    if (r.role !== null) pushUnique(related, { ...r.ref, role: r.role });
  }
  if (!related.some((r) => r.role === 'from') && RETURN_MOVE.test(trigger.text + ' ' + sc.lower)) {
    const source = returnSource(to, related, sc);
    if (source !== undefined) pushUnique(related, source);
  }
  return related;
}
