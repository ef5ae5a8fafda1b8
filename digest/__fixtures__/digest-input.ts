import type { TrackerEvent } from '../../store/release-tracker.js';
import type { DigestEvent, DigestInput, DigestSource } from '../types.js';
import { watchListSchema, type WatchList } from '../watch-list.js';

/** Our own invented reports around a delayed model, for digest tests. */
const at = (iso: string) => new Date(iso);

function source(overrides: Partial<DigestSource> = {}): DigestSource {
  return {
    url: 'https://news.example/tech/r2-spaeter.html',
    title: 'Zeitplan für R2 wackelt',
    outlet: 'Beispiel-News',
    language: 'de',
    evidence: 'DeepSeek schiebt den Start von R2 auf unbestimmte Zeit.',
    reportedAt: at('2025-08-14T08:15:00Z'),
    recordedAt: at('2025-08-14T08:20:00Z'),
    ...overrides,
  };
}

const deepseek = { id: 'deepseek', name: 'DeepSeek', kind: 'organization', role: 'developer' };

export const r2Plan: DigestEvent = {
  id: 1,
  type: 'plan',
  subject: { id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model' },
  related: [deepseek],
  date: { value: '2025-05', precision: 'month' },
  reason: null,
  confidence: 0.85,
  firstReportedAt: at('2025-02-26T10:00:00Z'),
  lastReportedAt: at('2025-02-26T10:00:00Z'),
  sourceCount: 1,
  sources: [
    source({
      reportedAt: at('2025-02-26T10:00:00Z'),
      recordedAt: at('2025-02-26T10:05:00Z'),
      evidence: 'R2 soll im Mai kommen.',
    }),
  ],
};

export const r2Delay: DigestEvent = {
  ...r2Plan,
  id: 2,
  type: 'delay',
  date: null,
  reason: 'training on other chips failed',
  confidence: 0.95,
  firstReportedAt: at('2025-08-14T08:15:00Z'),
  lastReportedAt: at('2025-08-14T12:00:00Z'),
  sourceCount: 2,
  sources: [
    source(),
    source({
      url: 'https://wire.example/en/r2-delayed',
      outlet: 'Example Wire',
      language: 'en',
      evidence: 'DeepSeek has pushed back R2 <for now> & says "soon".',
      reportedAt: at('2025-08-14T12:00:00Z'),
      recordedAt: at('2025-08-14T12:10:00Z'),
    }),
  ],
};

export const h20Licence: DigestEvent = {
  id: 3,
  type: 'export_control',
  subject: { id: 'nvidia-h20', name: 'H20', kind: 'chip' },
  related: [{ id: 'nvidia', name: 'Nvidia', kind: 'organization', role: 'developer' }],
  date: { value: '2025-08-12', precision: 'day' },
  reason: null,
  confidence: 0.9,
  firstReportedAt: at('2025-08-14T15:00:00Z'),
  lastReportedAt: at('2025-08-14T15:00:00Z'),
  sourceCount: 1,
  sources: [
    source({
      url: 'https://wire.example/en/h20-licence',
      outlet: 'Example Wire',
      language: 'en',
      evidence: 'Washington granted the first H20 licences on 12 August.',
      reportedAt: at('2025-08-14T15:00:00Z'),
      recordedAt: at('2025-08-14T15:01:00Z'),
    }),
  ],
};

export const nvidiaResults: DigestEvent = {
  ...h20Licence,
  id: 4,
  type: 'financial',
  subject: { id: 'nvidia', name: 'Nvidia', kind: 'organization' },
  related: [],
  date: { value: '2025-08-14', precision: 'day' },
  sources: [
    source({ ...h20Licence.sources[0], evidence: 'Nvidia shares rose 1,234.5 points in a made-up index.' }),
  ],
};

export function trackerEventOf(event: DigestEvent): TrackerEvent {
  const { id, type, date, reason, confidence, firstReportedAt, lastReportedAt } = event;
  return { id, type, date, reason, confidence, firstReportedAt, lastReportedAt };
}

/** A digest input for 15 August 2025 07:00 UTC, watching DeepSeek R2 and H20 unless told otherwise. */
export function digestInput(
  overrides: { watch?: Partial<WatchList>; language?: 'de' | 'en'; events?: DigestEvent[] } = {},
): DigestInput {
  const events = overrides.events ?? [r2Delay, h20Licence, nvidiaResults];
  return {
    subscriber: {
      id: 1,
      email: 'analyst@example.org',
      watch: watchListSchema.parse({ entities: ['deepseek-r2', 'nvidia-h20'], ...overrides.watch }),
      timeZone: 'Europe/Berlin',
      sendHour: 7,
      language: overrides.language ?? 'de',
      quietDays: false,
    },
    period: {
      start: at('2025-08-14T05:00:00Z'),
      end: at('2025-08-15T05:00:00Z'),
      recordedSince: at('2025-08-14T05:00:00Z'),
      previousEventIds: [],
    },
    events,
    trackerEvents: new Map([['deepseek-r2', [trackerEventOf(r2Plan), trackerEventOf(r2Delay)]]]),
    candidates: [
      {
        id: 'candidate-zeta-9',
        name: 'Zeta-9',
        kind: 'model',
        developer: 'Example Labs',
        recordedAt: at('2025-08-14T09:00:00Z'),
        firstSource: source({
          evidence: 'Example Labs stellte das neue Sprachmodell Zeta-9 vor.',
          reportedAt: at('2025-08-14T09:00:00Z'),
        }),
      },
    ],
    watchItemHits: [],
  };
}
