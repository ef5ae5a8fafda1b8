import type { EventView } from '../store/event-views.js';

function describeDate(event: EventView): string {
  return event.date ? `${event.date.value} (${event.date.precision})` : 'no date given';
}

/** Roles in reading order ("developer: DeepSeek, from: Huawei Ascend, to: H20"); others keep their order after. */
const ROLE_ORDER = ['developer', 'from', 'to'];
const roleRank = (role: string): number => {
  const at = ROLE_ORDER.indexOf(role);
  return at < 0 ? ROLE_ORDER.length : at;
};

/**
 * Renders events as a plain-text timeline grouped by subject: one block per entity, one line per
 * event with its date, sources and languages, the evidence sentence and each source URL. Used by `demo`
 * so a person sees at a glance what the pipeline found.
 */
export function formatTimeline(events: readonly EventView[]): string {
  const bySubject = new Map<string, EventView[]>();
  for (const event of events) {
    const key = `${event.subject.name} [${event.subject.id}, ${event.subject.kind}]`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), event]);
  }
  const lines: string[] = [];
  for (const [subject, list] of [...bySubject].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(subject);
    for (const event of list) {
      const related = [...event.related]
        .sort((a, b) => roleRank(a.role) - roleRank(b.role))
        .map((r) => `${r.role}: ${r.name}`)
        .join(', ');
      lines.push(
        `  ${event.firstReportedAt.slice(0, 10)}  ${event.type.padEnd(15)} ${describeDate(event)}; ` +
          `${event.sourceCount} source${event.sourceCount === 1 ? '' : 's'} (${event.languages.join(', ')}); ` +
          `confidence ${event.confidence.toFixed(2)}${related ? `; ${related}` : ''}`,
      );
      if (event.reason) lines.push(`      reason: ${event.reason}`);
      const evidence = event.sources[0]?.evidence ?? '';
      lines.push(`      "${evidence.length > 180 ? `${evidence.slice(0, 177)}...` : evidence}"`);
      for (const source of event.sources) lines.push(`      - ${source.url} (${source.language ?? '?'})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
