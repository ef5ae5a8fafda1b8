import { changeHeadline, describeChange, eventHeadline, eventSummary } from './describe-event.js';
import { formatDay, formatInstant, formatSources } from './format-values.js';
import { eventImportance } from './importance.js';
import type {
  DigestCandidate,
  DigestContent,
  DigestEvent,
  DigestLanguage,
  DigestPeriod,
  Subscriber,
  WatchItemHits,
} from './types.js';
import { fillTemplate, KIND_WORDS, WORDING } from './wording.js';

/** Sources listed per event; the rest are counted. */
export const SOURCES_SHOWN = 5;

/** Where the digest links to: an entity's view, and this subscriber's unsubscribe page. */
export interface DigestLinks {
  entity(id: string): string;
  unsubscribe: string;
}

export interface SourceLink {
  outlet: string;
  url: string;
  language: string | null;
}

/** One line item: an event, a candidate or a saved-search hit, already worded. */
export interface ViewItem {
  summary: string;
  meta: string;
  reason: string | null;
  evidence: string | null;
  sources: SourceLink[];
  moreSources: string | null;
}

export interface ViewBlock {
  heading: string;
  headingUrl: string | null;
  /** A line under the heading (the tracker change "planned (May 2025) → delayed (no date given)"). */
  line: string | null;
  items: ViewItem[];
}

export interface ViewSection {
  title: string;
  blocks: ViewBlock[];
}

/**
 * A digest worded and ordered but not laid out: the text and HTML renderers only place these strings,
 * so both parts say the same thing by construction. Strings are plain text; the HTML renderer escapes.
 */
export interface DigestView {
  language: DigestLanguage;
  subject: string;
  title: string;
  intro: string;
  sections: ViewSection[];
  footer: string;
  unsubscribeLabel: string;
  unsubscribeUrl: string;
}

interface Wordsmith {
  language: DigestLanguage;
  timeZone: string;
  links: DigestLinks;
}

function eventItem(event: DigestEvent, w: Wordsmith): ViewItem {
  const words = WORDING[w.language];
  const shown = event.sources.slice(0, SOURCES_SHOWN);
  const rest = event.sources.length - shown.length;
  return {
    summary: eventSummary(event, w.language),
    meta: `${fillTemplate(words.reported, { date: formatDay(event.firstReportedAt, w.language, w.timeZone) })} · ${formatSources(event.sourceCount, w.language)}`,
    reason: event.reason ? fillTemplate(words.reason, { reason: event.reason }) : null,
    evidence: (event.sources.find((s) => s.language === w.language) ?? event.sources[0])?.evidence ?? null,
    sources: shown.map((s) => ({ outlet: s.outlet, url: s.url, language: s.language })),
    moreSources: rest > 0 ? fillTemplate(words.moreSources, { count: String(rest) }) : null,
  };
}

function candidateBlock(candidate: DigestCandidate, w: Wordsmith): ViewBlock {
  const words = WORDING[w.language];
  const kind = KIND_WORDS[w.language][candidate.kind] ?? candidate.kind;
  const first = candidate.firstSource;
  const by = candidate.developer
    ? `${fillTemplate(words.candidateBy, { developer: candidate.developer })} · `
    : '';
  const seen = first
    ? fillTemplate(words.firstSeen, { date: formatDay(first.reportedAt, w.language, w.timeZone) })
    : '';
  return {
    heading: fillTemplate(words.candidateLine, { name: candidate.name, kind }),
    headingUrl: w.links.entity(candidate.id),
    line: null,
    items: [
      {
        summary: `${by}${seen}`,
        meta: '',
        reason: null,
        evidence: first?.evidence ?? null,
        sources: first ? [{ outlet: first.outlet, url: first.url, language: first.language }] : [],
        moreSources: null,
      },
    ],
  };
}

function watchItemBlock(item: WatchItemHits, w: Wordsmith): ViewBlock {
  return {
    heading: item.name,
    headingUrl: null,
    line: null,
    items: item.hits.map((hit) => ({
      summary: hit.title,
      meta: hit.publishedAt ? formatDay(hit.publishedAt, w.language, w.timeZone) : '',
      reason: null,
      evidence: hit.snippet || null,
      sources: [{ outlet: hit.outlet, url: hit.url, language: hit.language }],
      moreSources: null,
    })),
  };
}

/** Headlines for the subject line, most important first. */
export function subjectHeadlines(content: DigestContent, language: DigestLanguage): string[] {
  const fromChanges = content.trackerChanges.map((c) => changeHeadline(c, language));
  const fromGroups = content.groups
    .flatMap((g) => g.events.slice(0, 1))
    .sort((a, b) => eventImportance(b) - eventImportance(a))
    .map((e) => eventHeadline(e, language));
  const fromCandidates = content.candidates.map((c) => c.name);
  return [
    ...new Set([
      ...fromChanges,
      ...fromGroups,
      ...fromCandidates,
      ...content.watchItemHits.map((h) => h.name),
    ]),
  ];
}

/** The subject: the two most important headlines and how many more there are. */
export function digestSubject(content: DigestContent, language: DigestLanguage): string {
  const words = WORDING[language];
  const headlines = subjectHeadlines(content, language);
  if (headlines.length === 0) return words.quietSubject;
  const shown = headlines.slice(0, 2).join('; ');
  const more = headlines.length - 2;
  return more > 0 ? `${shown} (${fillTemplate(words.subjectMore, { count: String(more) })})` : shown;
}

/** Words and orders a digest's content for one subscriber and period. Pure. */
export function buildDigestView(
  content: DigestContent,
  subscriber: Subscriber,
  period: DigestPeriod,
  links: DigestLinks,
): DigestView {
  const language = subscriber.language;
  const words = WORDING[language];
  const w: Wordsmith = { language, timeZone: subscriber.timeZone, links };
  const range = {
    start: formatInstant(period.start, language, subscriber.timeZone),
    end: formatInstant(period.end, language, subscriber.timeZone),
  };
  const sections: ViewSection[] = [
    {
      title: words.sections.tracker,
      blocks: content.trackerChanges.map((change) => ({
        heading: changeHeadline(change, language),
        headingUrl: links.entity(change.entity.id),
        line: describeChange(change, language),
        items: change.events.map((e) => eventItem(e, w)),
      })),
    },
    {
      title: words.sections.events,
      blocks: content.groups.map((group) => ({
        heading: group.entity.name,
        headingUrl: links.entity(group.entity.id),
        line: null,
        items: group.events.map((e) => eventItem(e, w)),
      })),
    },
    { title: words.sections.candidates, blocks: content.candidates.map((c) => candidateBlock(c, w)) },
    { title: words.sections.watchItems, blocks: content.watchItemHits.map((h) => watchItemBlock(h, w)) },
  ].filter((section) => section.blocks.length > 0);
  return {
    language,
    subject: digestSubject(content, language),
    title: words.greeting,
    intro: fillTemplate(sections.length > 0 ? words.intro : words.quiet, range),
    sections,
    footer: fillTemplate(words.footer, { email: subscriber.email }),
    unsubscribeLabel: words.unsubscribe,
    unsubscribeUrl: links.unsubscribe,
  };
}
