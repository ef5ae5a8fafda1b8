/**
 * Words the page shows for the API's fixed vocabulary (event types, release statuses, entity kinds,
 * languages) and the date formats it uses. Kept as data so a view never spells a label itself.
 */

import type { EventDate } from './api-client.js';

/** Event types in the order of the chart's lanes, with the label each lane shows. */
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  plan: 'Plan',
  delay: 'Delay',
  release: 'Release',
  cancellation: 'Cancellation',
  hardware_switch: 'Hardware switch',
  export_control: 'Export control',
  financial: 'Financial',
};

export const RELEASE_STATUS_LABELS: Readonly<Record<string, string>> = {
  announced: 'Announced',
  planned: 'Planned',
  delayed: 'Delayed',
  released: 'Released',
  cancelled: 'Cancelled',
};

export const KIND_LABELS: Readonly<Record<string, string>> = {
  model: 'Model',
  chip: 'Chip',
  organization: 'Organization',
};

export const LANGUAGE_LABELS: Readonly<Record<string, string>> = { de: 'German', en: 'English' };

export const CATEGORY_LABELS: Readonly<Record<string, string>> = { tech: 'Tech', finance: 'Finance' };

/** The label of a vocabulary word, or the word itself when the table does not know it. */
export function labelOf(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? value.replaceAll('_', ' ');
}

/** A timestamp as the calendar day it falls on (UTC), e.g. 2025-08-14. */
export function dayOf(timestamp: string | null | undefined): string {
  return timestamp ? timestamp.slice(0, 10) : '—';
}

/** An event date with its precision: 2025-05 reads "May 2025", 2025-Q3 "Q3 2025". */
export function formatEventDate(date: EventDate | null): string {
  if (!date) return 'date not given';
  const month = /^(\d{4})-(\d{2})$/.exec(date.value);
  if (month?.[1] && month[2]) {
    const name = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `${name} ${month[1]}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date.value);
  if (quarter) return `Q${quarter[2] ?? ''} ${quarter[1] ?? ''}`;
  return date.value;
}
