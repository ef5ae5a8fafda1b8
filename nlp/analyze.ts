/**
 * The NLP core's single entry point: text in, language, entities and events out. Pure: no database,
 * network, configuration or environment access, so the same call serves the CLI, the crawler
 * pipeline, the evaluation script and the tests.
 */
import { parsePublished } from './dates.js';
import { discoverCandidates } from './discover-candidates.js';
import { extractEvents } from './extract-events.js';
import { defaultKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { detectLanguage } from './language.js';
import { linkEntities, type Mention } from './link-entities.js';
import { normalizeText } from './normalize-text.js';
import { findPromotionSentences } from './promotions.js';
import { splitSentences } from './sentences.js';
import type { Analysis, AnalysisInput, FoundEntity } from './types.js';

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

/**
 * Analyses one article or passage. The title, when given, is read as the first paragraph. Ad blocks
 * and stock-promotion teasers are ignored for both entities and events. `published` anchors relative
 * dates ("am Montag", "last Friday"); without it such dates come out as null rather than guessed.
 * `kb` defaults to the curated knowledge base in nlp/kb/.
 */
export function analyze(input: AnalysisInput, kb: KnowledgeBase = defaultKnowledgeBase): Analysis {
  const raw = input.title ? `${input.title}\n\n${input.text}` : input.text;
  const text = normalizeText(raw);
  const language = detectLanguage(text, input.lang ?? null);
  const sentences = splitSentences(text);
  const skip = findPromotionSentences(sentences);
  const mentions = linkEntities(text, sentences, kb);
  const published = parsePublished(input.published);
  const reported = published ? published.toISOString().slice(0, 10) : null;
  const entities = collectEntities(mentions, sentences, skip);
  const candidates = discoverCandidates(sentences, skip, mentions, kb);
  for (const candidate of candidates) entities.push(candidate);
  const events = extractEvents({ sentences, mentions, kb, skip, published, reported, candidates });
  return { id: input.id, language, entities, events };
}
