/**
 * Hardware switches told as a contrast between what was used before and what is used now, often
 * over two sentences: "Bislang lief die Inferenz auf Nvidia-GPUs. Inzwischen setzt ByteDance auf
 * eigene Chips." / "DeepSeek initially trained V4 on Ascend chips. The company moved training to
 * H800 GPUs." One segment (a sentence or a clause of it) names the earlier platform with a marker of
 * the past, a neighbouring segment of the same paragraph names another platform (or a generically
 * named one such as "domestic accelerators") with a marker of the present or of a move, and one of
 * them speaks of training, inference or compute. Hedged, negated and evaluative statements
 * ("evaluating Ascend chips") make no switch.
 */
import { COMPUTE_CONTEXT, GENERIC_PLATFORM, HEDGE } from '../event-cues.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Mention } from '../link-entities.js';
import type { Sentence } from '../sentences.js';
import { topicModelOf } from './switch-subject.js';
import type { EventEntity, FoundEntity, FoundEvent } from '../types.js';

/** Markers that a platform was used before. */
const PAST_USE =
  /\b(?:bislang|bisher|zunächst|ursprünglich|anfangs|früher|zuvor|traditionell|jahrelang|until now|so far|previously|initially|originally|at first|traditionally|historically|in the past|for years|had been|had (?:relied|used|trained|run)|have (?:long |historically |traditionally )?relied|used to)\b|\b(?:versuche|attempts?|efforts?)\s+(?:\S+\s+){0,3}?(?:auf|on|with|mit)\b/u;
/** Markers that another platform is used now, or that the work moved. */
const NOW_USE =
  /\b(?:inzwischen|mittlerweile|nun|jetzt|seither|seit dem|seitdem|seit anfang|seit beginn|künftig|stattdessen|now|has started|have started|started|instead|moved|moving|moves|switched|switching|shifted|shifting|verlager\w*|umgestellt|umgestiegen|wechselt\w*)\b/u;
/** Statements that are not (yet) a switch, and selling a platform rather than using it. */
const NOT_A_SWITCH =
  /\b(?:evaluat\w*|consider\w*|testing|tests|prüft|prüfen|erwäg\w*|plant|plans? to|would|würde|nicht|not|kein\w*|no longer able|sells?|sold|selling|supplies|supplying|verkauft\w*|vertreibt|liefert)\b/u;
/** Clause boundaries inside one sentence. */
const CLAUSE_SPLIT =
  /;|\s[–-]\s|,\s*(?=(?:aber|doch|jedoch|während|but|while|whereas|now|nun|inzwischen)\b)/u;

interface Segment {
  sentence: number;
  paragraph: number;
  start: number;
  end: number;
  lower: string;
  text: string;
}

function segmentsOf(sentences: readonly Sentence[], skip: ReadonlySet<number>): Segment[] {
  const out: Segment[] = [];
  sentences.forEach((s, index) => {
    if (skip.has(index)) return;
    let offset = 0;
    for (const part of s.text.split(CLAUSE_SPLIT)) {
      const at = s.text.indexOf(part, offset);
      const start = s.start + (at < 0 ? offset : at);
      out.push({
        sentence: index,
        paragraph: s.paragraph,
        start,
        end: start + part.length,
        lower: part.toLowerCase(),
        text: s.text,
      });
      offset = (at < 0 ? offset : at) + part.length;
    }
  });
  return out;
}

/** Everything the contrast pass needs. */
export interface ContrastContext {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  kb: KnowledgeBase;
  skip: ReadonlySet<number>;
  candidates: readonly FoundEntity[];
  reported: string | null;
  /** Ids of organizations that make chips (their names stand for their platforms). */
  chipMakers: ReadonlySet<string>;
}

/**
 * Finds hardware switches told as a before/now contrast within a sentence or across two adjacent
 * sentences of one paragraph. The subject is a model named in the two segments (a discovered
 * candidate model when the knowledge base has none), else a model named in the two sentences
 * before, else the developing organization; the earlier platform is related as "from", the new
 * one as "to".
 */
export function findContrastSwitches(ctx: ContrastContext): FoundEvent[] {
  const { mentions, kb, chipMakers } = ctx;
  const segments = segmentsOf(ctx.sentences, ctx.skip);
  const inSeg = (seg: Segment): Mention[] => mentions.filter((m) => m.start >= seg.start && m.end <= seg.end);
  const isPlatform = (m: Mention): boolean => m.entry.kind === 'chip' || chipMakers.has(m.entry.id);
  const developer = (m: Mention): string =>
    m.entry.kind === 'chip' ? (m.entry.developer ?? m.entry.id) : m.entry.id;
  const events: FoundEvent[] = [];

  for (let i = 0; i < segments.length; i += 1) {
    const past = segments[i];
    if (past === undefined || !PAST_USE.test(past.lower)) continue;
    const from = inSeg(past).filter(isPlatform);
    if (from.length === 0) continue;
    // the present segment may come after the past one or (in one sentence) before it
    const neighbours = segments.filter((s, j) => j !== i && Math.abs(s.sentence - past.sentence) <= 1);
    for (const now of neighbours) {
      if (!NOW_USE.test(now.lower) || NOT_A_SWITCH.test(now.lower) || HEDGE.test(now.lower)) continue;
      if (!COMPUTE_CONTEXT.test(`${past.lower} ${now.lower}`)) continue;
      const fromDevs = new Set(from.map(developer));
      const to = inSeg(now).filter((m) => isPlatform(m) && !fromDevs.has(developer(m)));
      const generic =
        GENERIC_PLATFORM.test(now.lower) ||
        /\b\p{L}+['’]s\s+(?:own\s+)?(?:ai\s+)?(?:chips|accelerators|processors)\b/u.test(now.lower) ||
        /\b(?:chips?|beschleuniger|accelerators?) aus (?:heimischer|eigener|chinesischer) (?:produktion|entwicklung|fertigung)\b/u.test(
          now.lower,
        );
      if (to.length === 0 && !generic) continue;
      const subject = pickSubject(ctx, past, now);
      if (subject === null) continue;
      const both = `${past.lower} ${now.lower}`;
      const purpose = /train/u.test(both)
        ? 'training'
        : /inferen|betrieb|run\b|running/u.test(both)
          ? 'inference'
          : 'training';
      const related: EventEntity[] = [];
      const dev = kb.byId.get(subject.id)?.developer;
      if (dev !== undefined) {
        const d = kb.byId.get(dev);
        if (d) related.push({ id: d.id, name: d.name, role: 'developer' });
      }
      const chipOrMaker = (list: Mention[]): Mention | undefined =>
        list.find((m) => m.entry.kind === 'chip') ?? list[0];
      const toM = chipOrMaker(to);
      if (toM) related.push({ id: toM.entry.id, name: toM.entry.name, role: 'to' });
      const fromM = chipOrMaker(from);
      if (fromM) related.push({ id: fromM.entry.id, name: fromM.entry.name, role: 'from' });
      const evidence =
        past.sentence === now.sentence
          ? past.text
          : `${ctx.sentences[Math.min(past.sentence, now.sentence)]?.text ?? ''} ${ctx.sentences[Math.max(past.sentence, now.sentence)]?.text ?? ''}`;
      const ev: FoundEvent = {
        type: 'hardware_switch',
        subject,
        related,
        date: null,
        reported: ctx.reported,
        confidence: past.sentence === now.sentence ? 0.65 : 0.55,
        evidence,
      };
      ev.reason = purpose;
      events.push(ev);
      break;
    }
  }
  return events;
}

function pickSubject(ctx: ContrastContext, past: Segment, now: Segment): { id: string; name: string } | null {
  const { mentions, chipMakers } = ctx;
  const sentencesOf = new Set([past.sentence, now.sentence]);
  const lo = Math.min(past.sentence, now.sentence);
  // the model whose work moved: named in the present segment first, then in the past one
  const inSegment = (seg: Segment): Mention | undefined =>
    mentions.find((m) => m.start >= seg.start && m.end <= seg.end && m.entry.kind === 'model');
  const model =
    inSegment(now) ??
    inSegment(past) ??
    mentions.find((m) => sentencesOf.has(m.sentence) && m.entry.kind === 'model');
  if (model) return { id: model.entry.id, name: model.entry.name };
  for (const c of ctx.candidates) {
    if (c.kind !== 'model') continue;
    if ([...sentencesOf].some((s) => ctx.sentences[s]?.text.includes(c.name)))
      return { id: c.id, name: c.name };
  }
  const earlier = [...mentions]
    .reverse()
    .find((m) => m.sentence < lo && lo - m.sentence <= 2 && m.entry.kind === 'model');
  if (earlier) return { id: earlier.entry.id, name: earlier.entry.name };
  const org = mentions.find(
    (m) =>
      m.sentence >= lo - 1 &&
      m.sentence <= Math.max(past.sentence, now.sentence) &&
      m.entry.kind === 'organization' &&
      !chipMakers.has(m.entry.id),
  );
  if (!org) return null;
  const hi = Math.max(past.sentence, now.sentence);
  const topic = topicModelOf(
    org.entry,
    mentions,
    lo,
    ctx.sentences[hi]?.text.toLowerCase() ?? '',
    ctx.skip,
    ctx.sentences[lo - 1]?.text,
  );
  return topic ? { id: topic.id, name: topic.name } : { id: org.entry.id, name: org.entry.name };
}
