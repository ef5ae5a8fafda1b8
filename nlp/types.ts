/**
 * The shapes nlp/ hands to the rest of modelwatch. They mirror the `analyze` contract in DESIGN.md:
 * extra fields are allowed, the named ones are fixed.
 */

export const ENTITY_KINDS = ['organization', 'model', 'chip'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_TYPES = [
  'release',
  'plan',
  'delay',
  'cancellation',
  'hardware_switch',
  'export_control',
  'financial',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A normalised date: `value` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn` or `YYYY` matching `precision`. */
export interface EventDate {
  value: string;
  precision: DatePrecision;
}

/** One text to analyse: an article body or a passage. `published` anchors relative dates. */
export interface AnalysisInput {
  id: string;
  text: string;
  title?: string | undefined;
  /** Declared language (page or source), used when detection is unsure. */
  lang?: string | undefined;
  /** Publication date, ISO 8601 (`YYYY-MM-DD` or a full timestamp). */
  published?: string | undefined;
}

/** A knowledge-base entity (or a discovered candidate) as it appears in output. */
export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface FoundEntity extends EntityRef {
  /** How many times the entity was mentioned in the text. */
  mentions: number;
  /** The first sentence that mentions it, for evidence. */
  firstSentence: string;
  /** Company that develops or makes it (entity id), when the knowledge base says so. */
  developer?: string | undefined;
  /** True for names found by discovery that are not in the knowledge base yet. */
  candidate?: boolean | undefined;
  /** For a discovered variant of a known family ("Claude Opus 4.1"), the family's entity id. */
  family?: string | undefined;
}

export interface EventEntity {
  id: string;
  name: string;
  /** What the entity is to the event, e.g. `from`, `to`, `developer`, `inference`, `competitor`. */
  role?: string | undefined;
}

export interface FoundEvent {
  type: EventType;
  subject: { id: string; name: string };
  related: EventEntity[];
  /** The date the text gives the event, normalised; null when the text gives none. */
  date: EventDate | null;
  /** The publication date of the text (YYYY-MM-DD) when known. */
  reported: string | null;
  /** 0..1 */
  confidence: number;
  evidence: string;
  /** A stated cause (e.g. for a delay), when the text gives one. */
  reason?: string | undefined;
}

export interface Analysis {
  id: string;
  /** ISO 639-1 (`de`, `en`), another ISO 639 code for other languages, or `und`. */
  language: string | null;
  entities: FoundEntity[];
  events: FoundEvent[];
}
