/**
 * The NLP core's single entry point: text in, language, entities and events out. Pure: no database,
 * network, configuration or environment access, so the same call serves the CLI, the crawler
 * pipeline, the evaluation script and the tests.
 */
import { familiesNamedAsKind } from './family-as-kind.js';
import { parsePublished } from './dates.js';
import { discoverCandidates } from './discover-candidates.js';
import { KbIndex } from './kb-index.js';
import { extractEvents } from './extract-events.js';
import { defaultKnowledgeBase, type KbEntry, type KnowledgeBase } from './knowledge-base.js';
import { detectLanguage } from './language.js';
import { withElidedVersions } from './elided-versions.js';
import { EntryOverlay } from './entry-overlay.js';
import { linkEntities, type Mention } from './link-entities.js';
import { normalizeText } from './normalize-text.js';
import { candidateEntry, findProductNames, type ProductName } from './product-names.js';
import { findPromotionSentences } from './promotions.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Analysis, AnalysisInput, FoundEntity, FoundEvent } from './types.js';
import { mapPacked } from './packed.js';

function collectEntities(
  mentions: readonly Mention[],
  sentences: { text: string }[],
  skip: ReadonlySet<number>,
): FoundEntity[] {
  const byId = new Map<string, FoundEntity>();
  for (const m of mentions) {
    if (skip.has(m.sentence)) continue;
    const existing = byId.get(m.entry.id);
    if (existing) {
      existing.mentions += 1;
      continue;
    }
    const entity: FoundEntity = {
      id: m.entry.id,
      kind: m.entry.kind,
      name: m.entry.name,
      aliases: [...m.entry.aliases],
      mentions: 1,
      firstSentence: sentences[m.sentence]?.text ?? '',
    };
    if (m.entry.developer !== undefined) entity.developer = m.entry.developer;
    if (m.entry.candidate === true) {
      // A candidate stored from an earlier article: still one, with the family it was found in.
      entity.candidate = true;
      if (m.entry.family !== undefined) entity.family = m.entry.family;
    }
    byId.set(m.entry.id, entity);
  }
  return [...byId.values()];
}

/** The longest sentence read for entities and events (news sentences stay far below it). */
const MAX_SENTENCE_CHARS = 2000;

/**
 * Analyses one article or passage. The title, when given, is read as the first paragraph. Ad blocks
 * and stock-promotion teasers are ignored for both entities and events. `published` anchors relative
 * dates ("am Montag", "last Friday"); without it such dates come out as null rather than guessed.
 * `kb` defaults to the curated knowledge base in nlp/kb/.
 */
export function analyze(input: AnalysisInput, kb: KnowledgeBase = defaultKnowledgeBase): Analysis {
  return analyzeTraced(input, kb).analysis;
}

/** What {@link analyze} read on the way: the sentences, the skipped ones and every linked mention. */
export interface AnalysisTrace {
  analysis: Analysis;
  sentences: readonly Sentence[];
  skip: ReadonlySet<number>;
  mentions: readonly Mention[];
}

/**
 * {@link analyze} with the intermediate readings it made, for the scorer's training script and for
 * diagnostics; the analysis is the same.
 */
export function analyzeTraced(input: AnalysisInput, kb: KnowledgeBase = defaultKnowledgeBase): AnalysisTrace {
  const raw = input.title ? `${input.title}\n\n${input.text}` : input.text;
  const text = normalizeText(raw);
  const language = detectLanguage(text, input.lang ?? null);
  const sentences = splitSentences(text);
  const skip = new Set(findPromotionSentences(sentences));
  // a "sentence" of thousands of characters is a table or a list without stops, not prose: reading it
  // for events would cost time that grows with the square of its length
  sentences.forEach((s, i) => {
    if (s.text.length > MAX_SENTENCE_CHARS) skip.add(i);
  });
  const linked = withElidedVersions(text, linkEntities(text, sentences, kb), kb);
  const names = findProductNames(
    sentences,
    skip,
    linked,
    kb,
    language === 'de' || language === 'en' ? language : undefined,
  );
  const { mentions, kb: openKb } = withProductNames(linked, names, kb);
  const published = parsePublished(input.published);
  const reported = published ? published.toISOString().slice(0, 10) : null;
  const kindOnly = familiesNamedAsKind(text, mentions, kb);
  const entities = collectEntities(
    mentions.filter((m) => kb.byId.has(m.entry.id) && !kindOnly.has(m.entry.id)),
    sentences,
    skip,
  );
  const candidates = discoverCandidates(sentences, skip, mentions, kb);
  const spotted = withCandidateMentions(mentions, candidates, sentences, openKb);
  const events = extractEvents({
    sentences,
    mentions: spotted.mentions,
    kb: spotted.kb,
    skip,
    published,
    reported,
    candidates,
  });
  for (const candidate of [...namedCandidates(names, mentions, sentences, events), ...candidates])
    if (!entities.some((e) => e.id === candidate.id)) entities.push(candidate);
  return {
    analysis: { id: input.id, language, entities, events: events.map(withRoundedConfidence) },
    sentences,
    skip,
    mentions,
  };
}

/**
 * Confidences are sums of steps of 0.05; rounded to two places they print as written (0.8, not
 * 0.7999999999999999) and compare right against thresholds such as the tracker's 0.8.
 */
function withRoundedConfidence(event: FoundEvent): FoundEvent {
  return { ...event, confidence: Math.round(event.confidence * 100) / 100 };
}

/**
 * The linked mentions with the discovered product names added (a variant's name replaces the mention
 * of its family inside it), and the knowledge base extended by the names' synthetic entries.
 */
function withProductNames(
  linked: readonly Mention[],
  names: readonly (ProductName & { replaces?: Mention | undefined })[],
  kb: KnowledgeBase,
): { mentions: Mention[]; kb: KnowledgeBase } {
  if (names.length === 0) return { mentions: [...linked], kb };
  const replaced = new Set(names.map((n) => n.replaces).filter((m) => m !== undefined));
  const byId = EntryOverlay.over(kb.byId);
  const added: Mention[] = names.map((n) => {
    const entry = byId.entryFor(candidateEntry(n));
    return { entry, text: n.spelled ?? n.name, start: n.start, end: n.end, sentence: n.sentence };
  });
  const mentions = [...linked.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
  return { mentions, kb: extendedKb(kb, byId) };
}

/** The knowledge base with the entries of `byId` it does not have yet. */
function extendedKb(kb: KnowledgeBase, byId: EntryOverlay): KnowledgeBase {
  const added = byId.addedBeyond(kb.byId);
  const extended = { entries: [...kb.entries, ...added], byId };
  KbIndex.extendAll(kb, extended, added);
  return extended;
}

/**
 * The mentions with every occurrence of a name found by context discovery ("the model BAGEL", "trägt
 * den Namen TeleChat2-115B") added, so that events can be about it; names already linked stay as they are.
 */
function withCandidateMentions(
  mentions: readonly Mention[],
  candidates: readonly FoundEntity[],
  sentences: readonly Sentence[],
  kb: KnowledgeBase,
): { mentions: Mention[]; kb: KnowledgeBase } {
  if (candidates.length === 0) return { mentions: [...mentions], kb };
  const byId = EntryOverlay.over(kb.byId);
  const added: Mention[] = [];
  for (const c of candidates) {
    const fresh: KbEntry = { id: c.id, kind: c.kind, name: c.name, aliases: [c.name] };
    if (c.developer !== undefined) fresh.developer = c.developer;
    if (c.family !== undefined) fresh.family = c.family;
    const entry = byId.entryFor(fresh);
    const name = new RegExp(
      `(?<![\\p{L}\\p{N}])${c.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    sentences.forEach((s, i) => {
      for (const m of s.text.matchAll(name)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const overlaps = (x: Mention): boolean => x.start < end && x.end > start;
        if (!mentions.some(overlaps) && !added.some(overlaps))
          added.push({ entry, text: m[0], start, end, sentence: i });
      }
    });
  }
  if (added.length === 0) return { mentions: [...mentions], kb };
  const all = [...mentions, ...added].sort((a, b) => a.start - b.start);
  return { mentions: all, kb: extendedKb(kb, byId) };
}

/**
 * Discovered names that become candidate entities: those whose shape makes them a product, and the
 * others only when an event is about them (a bare code beside a verb is not news by itself).
 */
function namedCandidates(
  names: readonly ProductName[],
  mentions: readonly Mention[],
  sentences: readonly { text: string }[],
  events: readonly FoundEvent[],
): FoundEntity[] {
  const inEvents = new Set(events.flatMap((e) => [e.subject.id, ...mapPacked(e.related, (r) => r.id)]));
  const out = new Map<string, FoundEntity>();
  for (const n of names) {
    const entry = candidateEntry(n);
    if (out.has(entry.id)) continue;
    if (!n.strong && !inEvents.has(entry.id)) continue;
    const entity: FoundEntity = {
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      aliases: [...entry.aliases],
      mentions: mentions.filter((m) => m.entry.id === entry.id).length,
      firstSentence: sentences[n.sentence]?.text ?? '',
      candidate: true,
    };
    if (n.developer !== undefined) entity.developer = n.developer;
    if (n.family !== undefined) entity.family = n.family;
    out.set(entry.id, entity);
  }
  return [...out.values()];
}
