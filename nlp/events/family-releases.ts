/**
 * One launch of a family and its members is the family's event (the labelling rule for "Llama 4
 * Scout/Maverick", "Magistral Small/Medium"): when a text reports the release of a family, releases of
 * its members in the same text are that launch told again, not events of their own.
 */
import type { KnowledgeBase } from '../knowledge-base.js';
import type { FoundEvent } from '../types.js';
import { isNewVersionOf } from '../version-of-family.js';
import { datesNarrow } from './merge-events.js';

/** "a year after the first Gemma release", "der ursprünglichen Qwen-Familie": an earlier launch of the family. */
const EARLIER_BEFORE =
  /\b(?:first|original|previous|earlier|initial|erste[nmrs]?|ursprünglich\w*|vorherig\w*|frühere[nmrs]?)\s+(?:\S+\s+)?$/u;

/** Whether a family's release is told as an earlier launch than the one of its members in the text. */
function isEarlierLaunch(launch: FoundEvent, kb: KnowledgeBase): boolean {
  const entry = kb.byId.get(launch.subject.id);
  const lower = launch.evidence.toLowerCase();
  return [entry?.name ?? launch.subject.name, ...(entry?.aliases ?? [])].some((alias) => {
    const at = lower.indexOf(alias.toLowerCase());
    return at >= 0 && EARLIER_BEFORE.test(lower.slice(Math.max(0, at - 30), at));
  });
}

/**
 * Drops the releases of members whose family's release the same text reports on a compatible date
 * (none, the same, or one inside the other); members launched on dates of their own ("in July and September respectively")
 * stay. Keeps the rest in order.
 */
export function foldFamilyReleases(events: readonly FoundEvent[], kb: KnowledgeBase): FoundEvent[] {
  const familyRelease = new Map(events.filter((e) => e.type === 'release').map((e) => [e.subject.id, e]));
  return events.filter((e) => {
    if (e.type !== 'release') return true;
    const family = kb.byId.get(e.subject.id)?.family;
    const launch = family === undefined ? undefined : familyRelease.get(family);
    if (launch === undefined || isEarlierLaunch(launch, kb)) return true;
    if (isNewVersionOf(e.subject.name, launch.subject.name)) return true;
    return e.date !== null && launch.date !== null && !datesNarrow(e.date.value, launch.date.value);
  });
}
