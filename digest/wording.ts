import type { ReleaseStatus } from '../store/release-tracker.js';
import type { DigestLanguage } from './types.js';

/**
 * Every word a digest uses, per language, as data: templates take `{name}` placeholders filled by
 * fillTemplate. Headlines (subject line) name the developer and the product when the developer is
 * known ("DeepSeek verschiebt R2"), else the product alone.
 */
export interface Wording {
  greeting: string;
  intro: string;
  quiet: string;
  sections: { tracker: string; events: string; candidates: string; watchItems: string };
  status: Record<ReleaseStatus, string>;
  /** Tracker change line: {before} -> {after}. */
  expectedWas: string;
  expectedNow: string;
  noDate: string;
  released: string;
  headlineWithDeveloper: Record<string, string>;
  headline: Record<string, string>;
  summary: Record<string, string>;
  reason: string;
  reported: string;
  sources: { one: string; other: string };
  moreSources: string;
  candidateLine: string;
  candidateBy: string;
  firstSeen: string;
  viewEntity: string;
  quietSubject: string;
  subjectMore: string;
  footer: string;
  unsubscribe: string;
  period: string;
  quarter: string;
}

const en: Wording = {
  greeting: 'Your modelwatch digest',
  intro: 'What happened between {start} and {end} to the models, chips and companies you watch.',
  quiet: 'Nothing new on your watch list between {start} and {end}.',
  sections: {
    tracker: 'Release tracker',
    events: 'Events by entity',
    candidates: 'New models and chips found',
    watchItems: 'Saved searches',
  },
  status: {
    announced: 'announced',
    planned: 'planned',
    delayed: 'delayed',
    released: 'released',
    cancelled: 'cancelled',
  },
  expectedWas: 'expected before: {date}',
  expectedNow: 'expected now: {date}',
  noDate: 'no date given',
  released: 'released: {date}',
  headlineWithDeveloper: {
    release: '{developer} releases {name}',
    plan: '{developer} plans {name} for {date}',
    delay: '{developer} delays {name}',
    cancellation: '{developer} cancels {name}',
    hardware_switch: '{developer} moves {name} to other hardware',
    export_control: 'Export controls on {developer} {name}',
    financial: '{name}: financial news',
  },
  headline: {
    release: '{name} released',
    plan: '{name} planned for {date}',
    delay: '{name} delayed',
    cancellation: '{name} cancelled',
    hardware_switch: '{name} moves to other hardware',
    export_control: 'Export controls on {name}',
    financial: '{name}: financial news',
  },
  summary: {
    release: '{subject} released{onDate}',
    plan: '{subject} expected{onDate}',
    delay: '{subject} delayed{onDate}',
    cancellation: '{subject} cancelled',
    hardware_switch: '{subject}: moves from {from} to {to}',
    hardware_switch_to: '{subject}: moves to {to}',
    export_control: 'Export control concerning {subject}{onDate}',
    financial: 'Financial news on {subject}{onDate}',
  },
  reason: 'reason: {reason}',
  reported: 'reported {date}',
  sources: { one: '{count} source', other: '{count} sources' },
  moreSources: '… and {count} more',
  candidateLine: '{name} ({kind})',
  candidateBy: 'by {developer}',
  firstSeen: 'first seen {date}',
  viewEntity: 'timeline',
  quietSubject: 'modelwatch: a quiet day',
  subjectMore: '+{count} more',
  footer: 'You receive this digest because {email} subscribed to modelwatch.',
  unsubscribe: 'Unsubscribe',
  period: '{start} – {end}',
  quarter: 'Q{quarter} {year}',
};

const de: Wording = {
  greeting: 'Ihr modelwatch-Digest',
  intro: 'Was zwischen {start} und {end} bei den Modellen, Chips und Unternehmen auf Ihrer Liste geschah.',
  quiet: 'Zwischen {start} und {end} gab es nichts Neues auf Ihrer Liste.',
  sections: {
    tracker: 'Release-Tracker',
    events: 'Ereignisse nach Thema',
    candidates: 'Neu entdeckte Modelle und Chips',
    watchItems: 'Gespeicherte Suchen',
  },
  status: {
    announced: 'angekündigt',
    planned: 'geplant',
    delayed: 'verschoben',
    released: 'veröffentlicht',
    cancelled: 'eingestellt',
  },
  expectedWas: 'bisher erwartet: {date}',
  expectedNow: 'jetzt erwartet: {date}',
  noDate: 'kein Datum genannt',
  released: 'veröffentlicht: {date}',
  headlineWithDeveloper: {
    release: '{developer} veröffentlicht {name}',
    plan: '{developer} plant {name} für {date}',
    delay: '{developer} verschiebt {name}',
    cancellation: '{developer} stellt {name} ein',
    hardware_switch: '{developer} wechselt bei {name} die Hardware',
    export_control: 'Exportkontrolle für {developer} {name}',
    financial: '{name}: Finanzmeldung',
  },
  headline: {
    release: '{name} veröffentlicht',
    plan: '{name} für {date} geplant',
    delay: '{name} verschoben',
    cancellation: '{name} eingestellt',
    hardware_switch: '{name} wechselt die Hardware',
    export_control: 'Exportkontrolle für {name}',
    financial: '{name}: Finanzmeldung',
  },
  summary: {
    release: '{subject} veröffentlicht{onDate}',
    plan: '{subject} erwartet{onDate}',
    delay: '{subject} verschoben{onDate}',
    cancellation: '{subject} eingestellt',
    hardware_switch: '{subject}: Wechsel von {from} zu {to}',
    hardware_switch_to: '{subject}: Wechsel zu {to}',
    export_control: 'Exportkontrolle betreffend {subject}{onDate}',
    financial: 'Finanzmeldung zu {subject}{onDate}',
  },
  reason: 'Grund: {reason}',
  reported: 'gemeldet am {date}',
  sources: { one: '{count} Quelle', other: '{count} Quellen' },
  moreSources: '… und {count} weitere',
  candidateLine: '{name} ({kind})',
  candidateBy: 'von {developer}',
  firstSeen: 'zuerst gesehen am {date}',
  viewEntity: 'Zeitleiste',
  quietSubject: 'modelwatch: ein ruhiger Tag',
  subjectMore: '+{count} weitere',
  footer: 'Sie erhalten diesen Digest, weil {email} modelwatch abonniert hat.',
  unsubscribe: 'Abbestellen',
  period: '{start} – {end}',
  quarter: '{quarter}. Quartal {year}',
};

export const WORDING: Readonly<Record<DigestLanguage, Wording>> = { en, de };

/** Entity kinds in each language. */
export const KIND_WORDS: Readonly<Record<DigestLanguage, Record<string, string>>> = {
  en: { model: 'model', chip: 'chip', organization: 'company' },
  de: { model: 'Modell', chip: 'Chip', organization: 'Unternehmen' },
};

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed in review. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
