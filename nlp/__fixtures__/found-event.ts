import type { FoundEvent } from '../types.js';

/** An event as the extractors hand it on, for tests: subject `id`, no date, confidence 0.7 unless `over` says. */
export function foundEvent(id: string, over: Partial<FoundEvent> = {}): FoundEvent {
  return {
    type: 'release',
    subject: { id, name: id },
    related: [],
    date: null,
    reported: null,
    confidence: 0.7,
    evidence: `${id} evidence`,
    ...over,
  };
}
