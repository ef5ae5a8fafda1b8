import { formatEventDate } from './format-values.js';
import type { DigestEvent, DigestLanguage, TrackerChange, TrackerPosition } from './types.js';
import { fillTemplate, WORDING } from './wording.js';

/**
 * A product's name without its developer's prefix when it carries one ("DeepSeek-R2" by DeepSeek reads
 * "R2"), so a headline says "DeepSeek verschiebt R2" rather than naming the company twice.
 */
export function shortName(name: string, developer: string | null): string {
  if (!developer) return name;
  const rest = name.slice(developer.length).replace(/^[\s-]+/, '');
  return name.toLowerCase().startsWith(developer.toLowerCase()) && rest.length > 0 ? rest : name;
}

function roleNames(event: DigestEvent, role: string): string {
  return event.related
    .filter((r) => r.role === role)
    .map((r) => r.name)
    .join(', ');
}

/** The developer named on an event (its `developer` related entity), if any. */
export function developerName(event: DigestEvent): string | null {
  return event.related.find((r) => r.role === 'developer')?.name ?? null;
}

/** A short headline for the subject line, in the reader's language. */
export function eventHeadline(event: DigestEvent, language: DigestLanguage): string {
  const words = WORDING[language];
  const developer = event.type === 'financial' ? null : developerName(event);
  const values = {
    developer: developer ?? '',
    name: shortName(event.subject.name, developer),
    date: event.date ? formatEventDate(event.date, language) : words.noDate,
  };
  const template = developer ? words.headlineWithDeveloper[event.type] : words.headline[event.type];
  return fillTemplate(template ?? '{name}', values);
}

/** The one-line summary of an event under its entity. */
export function eventSummary(event: DigestEvent, language: DigestLanguage): string {
  const words = WORDING[language];
  const onDate = event.date ? ` (${formatEventDate(event.date, language)})` : '';
  const from = roleNames(event, 'from');
  const values = { subject: event.subject.name, onDate, from, to: roleNames(event, 'to') || '?' };
  const key = event.type === 'hardware_switch' && !from ? 'hardware_switch_to' : event.type;
  return fillTemplate(words.summary[key] ?? '{subject}', values);
}

function describePosition(position: TrackerPosition, language: DigestLanguage): string {
  const words = WORDING[language];
  const date = position.status === 'released' ? position.released : position.expected;
  return `${words.status[position.status]} (${date ? formatEventDate(date, language) : words.noDate})`;
}

/** A tracker change as "geplant (Mai 2025) → verschoben (kein Datum genannt)". */
export function describeChange(change: TrackerChange, language: DigestLanguage): string {
  return `${describePosition(change.before, language)} → ${describePosition(change.after, language)}`;
}

/** The headline of a tracker change: the most telling of its events, worded for its new status. */
export function changeHeadline(change: TrackerChange, language: DigestLanguage): string {
  const byStatus: Record<string, string> = {
    delayed: 'delay',
    released: 'release',
    cancelled: 'cancellation',
    planned: 'plan',
  };
  const type = byStatus[change.after.status] ?? 'plan';
  const event = change.events.find((e) => e.type === type) ?? change.events[0];
  if (!event) return change.entity.name;
  return eventHeadline({ ...event, type, date: change.after.expected ?? change.after.released }, language);
}
