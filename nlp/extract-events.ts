/**
 * Event extraction: sentence by sentence, a trigger from the lexicon (event-cues.ts) plus a named
 * subject of the right kind make an event. Questions, denials, hedged statements, negated triggers,
 * ad blocks and comparison baselines make none. Dates come from the same sentence and are resolved
 * against the publication date; the evidence is the sentence itself.
 */
import { findDateExpressions, resolveDate, type DateAnchor } from './dates.js';
import {
  ANAPHOR,
  COMPARISON_BEFORE,
  COMPUTE_CONTEXT,
  DENIAL,
  EVENT_NOUN_START,
  EXPORT_ALLOW,
  EXPORT_EXCLUDE,
  FINANCIAL_EXCLUDE,
  FINANCIAL_MOVE,
  GENERIC_PLATFORM,
  REASON,
  REVENUE_SHARE,
  SUPERSEDED,
  VAGUE_TIME,
} from './event-cues.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Mention } from './link-entities.js';
import type { Sentence } from './sentences.js';
import { familyIds, variantNameAfter } from './discover-candidates.js';
import { findContrastSwitches } from './events/switch-contrast.js';
import { topicModelOf } from './events/switch-subject.js';
import { clauseWindow, findTriggers, type Trigger } from './events/find-triggers.js';
import { isAttributive, isHedged } from './events/hedging.js';
import { pickSubjects, type LocalMention } from './events/pick-subjects.js';
import { mergeEvents } from './events/merge-events.js';
import { developerOf, pushUnique } from './events/related-entities.js';
import { suppressEvents } from './events/suppress-events.js';
import {
  EVENT_TYPES,
  type EntityKind,
  type EventEntity,
  type EventType,
  type FoundEntity,
  type FoundEvent,
} from './types.js';

/** Everything event extraction needs about one analysed text. */
export interface EventContext {
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  kb: KnowledgeBase;
  /** Sentence indices to ignore (ads, promotion teasers). */
  skip: ReadonlySet<number>;
  published: Date | null;
  /** `published` as YYYY-MM-DD, or null. */
  reported: string | null;
  /** Discovered candidate entities (unknown model names), usable as subjects of hardware switches. */
  candidates?: readonly FoundEntity[];
}

const SUBJECT_KINDS: Record<EventType, EntityKind[]> = {
  release: ['model', 'chip'],
  plan: ['model', 'chip'],
  delay: ['model', 'chip'],
  cancellation: ['model', 'chip'],
  hardware_switch: ['model', 'organization'],
  export_control: ['chip'],
  financial: ['organization'],
};

const BASE_CONFIDENCE: Record<EventType, number> = {
  release: 0.75,
  plan: 0.7,
  delay: 0.8,
  cancellation: 0.75,
  hardware_switch: 0.75,
  export_control: 0.75,
  financial: 0.7,
};

const ANAPHORIC_NOUN =
  /^(verzögerung|verschiebung|delay|launch|release|veröffentlichung|markteinführung|cancellation|absage|exportverbot|ban)$/u;
const DEFINITE_BEFORE = /\b(die|diese|der|dieser|the|this|that|such|solche\w*)\s+(?:\S+\s+)?$/u;
const PRONOUN_START =
  /^(it|es|er|sie|this|dieses?|the (?:new |updated |latest )?(?:model|chip|system)|das (?:neue )?(?:modell|system)|der (?:neue )?chip)\b/u;
const RETURN_SWITCH = /(wieder|zurück|rückkehr|back to|return|revert)/u;
const FROM_BEFORE =
  /(statt|anstelle|anstatt|instead of|rather than|from|weg von|away from|in place of)\s+(?:\S+\s+){0,3}$/u;
/** Verbs that impose a restriction; a sentence without a named chip needs one to pass it on. */
const IMPOSE =
  /(verhäng|verbiet|verbot|untersag|angewiesen|anweis|verschärf|erlass|ordered|orders|imposed|impose|banned|bars|barred|halted|tightened|tighten|prohibit|blocked|restricted|cut off)/u;
/** Stopping orders, purchases or tests of a product is a buyer's act (often an import ban), not a cancellation. */
const CANCEL_NOT_PRODUCT = /\b(bestellung\w*|orders?|käufe|kauf|purchas\w*|buying|tests?)\b/u;
const RESPECTIVELY = /\b(respectively|beziehungsweise|jeweils)\b/u;
const PLURAL_ANAPHOR =
  /\b(?:both|the two|these|the new) models\b|\b(?:die|beide|diese) (?:neuen |beiden )?modelle\b/u;
const ORG_ANAPHOR =
  /^(?:so\s+)?(?:the (?:company|chipmaker|firm|group)|(?:das|der|die) (?:unternehmen|konzern|chipkonzern|chiphersteller|gruppe|firma)|it|es|er)\b/u;
/** Between a vendor and its chip: "Nvidia H20", "Nvidias H20", "Nvidia's H20", "Nvidia-H20". */
const VENDOR_GAP = /^(?:s|['’]s?)?[\s-]?$/u;
/** A licence named as a noun, neither granted nor required by the trigger itself. */
const LICENCE_NOUN = /^(?:export\s+)?licen[cs](?:es?|ing)$|^(?:export|ausfuhr)?lizenz\p{L}*$/u;
const QUESTION_END = /\?[!?"')\]\s]*$/u;

/**
 * Extracts the events of one text. Returns at most one event per type and subject (and, for hardware
 * switches, per target platform), keeping the best-dated, most confident evidence.
 */
export function extractEvents(ctx: EventContext): FoundEvent[] {
  const { sentences, mentions, kb, skip } = ctx;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const families = familyIds(kb);
  const variantOf = (m: Mention): { id: string; name: string } | undefined => {
    const sentence = sentences[m.sentence];
    const name = sentence === undefined ? null : variantNameAfter(sentence, m, families);
    const c = name === null ? undefined : ctx.candidates?.find((x) => x.name === name);
    return c === undefined ? undefined : { id: c.id, name: c.name };
  };
  const chipMakers = new Set<string>();
  for (const e of kb.entries) if (e.kind === 'chip' && e.developer !== undefined) chipMakers.add(e.developer);

  const events: FoundEvent[] = [];
  let contextYear: number | null = null;
  let recentSubjects: { mention: Mention; sentence: number; baseline: boolean }[] = [];
  let recentOrgs: { mention: Mention; sentence: number }[] = [];
  const polarityOf = new Map<FoundEvent, string>();
  const triggerOf = new Map<FoundEvent, Trigger>();
  const tags = {
    polarityOf: (e: FoundEvent) => polarityOf.get(e),
    triggerOf: (e: FoundEvent) => triggerOf.get(e),
  };
  let pendingExport: {
    sentence: number;
    paragraph: number;
    date: FoundEvent['date'];
    evidence: string;
    polarity: string;
  } | null = null;

  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    const yearMatches = [...s.matchAll(/\b(19[89]\d|20[0-4]\d)\b/gu)];
    const sentenceYear = yearMatches.length > 0 ? Number(yearMatches[yearMatches.length - 1]?.[1]) : null;
    const yearBefore = contextYear;
    if (sentenceYear !== null) contextYear = sentenceYear;
    if (skip.has(index)) return;
    const sentMentions = bySentence.get(index) ?? [];
    // "Nvidias H20-Chips": the company named with its own chip is the chip's vendor, not a platform
    const local: LocalMention[] = sentMentions
      .filter(
        (m) =>
          m.entry.kind !== 'organization' ||
          !sentMentions.some(
            (x) =>
              x.entry.kind === 'chip' &&
              x.entry.developer === m.entry.id &&
              x.start - m.end <= 2 &&
              x.start >= m.end,
          ),
      )
      .map((m) => ({ mention: m, start: m.start - sentence.start, end: m.end - sentence.start }));
    const lower = s.toLowerCase();
    const remember = (): void => {
      for (const m of sentMentions) {
        const before = lower.slice(Math.max(0, m.start - sentence.start - 60), m.start - sentence.start);
        if (m.entry.kind !== 'organization')
          recentSubjects.push({ mention: m, sentence: index, baseline: COMPARISON_BEFORE.test(before) });
      }
      recentSubjects = recentSubjects.filter((r) => index - r.sentence <= 3);
      const org = local.find((m) => m.mention.entry.kind === 'organization');
      if (org) recentOrgs = [{ mention: org.mention, sentence: index }];
    };
    if (QUESTION_END.test(s) || DENIAL.test(lower)) {
      remember();
      return;
    }
    const dates = findDateExpressions(s);
    const found: FoundEvent[] = [];

    let unplacedExport: { trigger: Trigger; date: FoundEvent['date'] } | null = null;
    for (const type of EVENT_TYPES) {
      if (
        type === 'financial' &&
        (!FINANCIAL_MOVE.test(lower) || FINANCIAL_EXCLUDE.test(lower) || REVENUE_SHARE.test(lower))
      )
        continue;
      if (type === 'export_control' && EXPORT_EXCLUDE.test(lower)) continue;
      if (type === 'hardware_switch' && !COMPUTE_CONTEXT.test(lower)) continue;
      if (
        type === 'plan' &&
        (SUPERSEDED.test(lower) || (dates.every((d) => d.fiscal === true) && !VAGUE_TIME.test(lower)))
      )
        continue;
      const triggers = findTriggers(type, lower, dates.length > 0);
      // "granted export licences": a bare licence noun takes the polarity of the verb around it
      const permits = triggers.some((t) => exportPolarity(t) === 'allow');
      for (const trigger of triggers) {
        if (isHedged(type, s, lower, trigger)) continue;
        if (
          type === 'cancellation' &&
          CANCEL_NOT_PRODUCT.test(
            lower.slice(clauseWindow(lower, trigger.start, trigger.end)[0], trigger.start),
          )
        )
          continue;
        const event =
          type === 'hardware_switch'
            ? buildSwitch(trigger, local, lower, s, index)
            : buildEvent(type, trigger, local, lower, s);
        const polarity =
          type !== 'export_control'
            ? ''
            : permits && LICENCE_NOUN.test(trigger.text)
              ? 'allow'
              : exportPolarity(trigger);
        for (const e of event) {
          polarityOf.set(e, polarity);
          triggerOf.set(e, trigger);
          if (
            !found.some(
              (f) => f.type === e.type && f.subject.id === e.subject.id && polarityOf.get(f) === polarity,
            )
          )
            found.push(e);
        }
        if (type === 'export_control' && event.length === 0 && unplacedExport === null)
          unplacedExport = { trigger, date: pickDate(trigger, false) };
        if (type === 'hardware_switch' && event.length > 0) break;
      }
    }

    // "Washington verhängte neue Exportbeschränkungen. Betroffen ist der H20.": a restriction
    // without a named chip is completed by the chips the next sentence of the paragraph names
    if (
      pendingExport !== null &&
      pendingExport.sentence === index - 1 &&
      pendingExport.paragraph === sentence.paragraph &&
      !found.some((f) => f.type === 'export_control')
    ) {
      const pending = pendingExport;
      const chips = pickSubjects(
        ['chip'],
        { type: 'export_control', start: 0, end: 0, text: '' },
        local,
        lower,
      );
      for (const c of chips) {
        const entry = c.mention.entry;
        const ev: FoundEvent = {
          type: 'export_control',
          subject: { id: entry.id, name: entry.name },
          related: developerOf(entry.id, kb),
          date: pending.date ?? pickDate({ type: 'export_control', start: 0, end: 0, text: '' }, false),
          reported: ctx.reported,
          confidence: BASE_CONFIDENCE.export_control - 0.15,
          evidence: `${pending.evidence} ${s}`,
        };
        polarityOf.set(ev, pending.polarity);
        found.push(ev);
      }
    }
    pendingExport =
      unplacedExport === null || !IMPOSE.test(lower) || found.some((f) => f.type === 'export_control')
        ? null
        : {
            sentence: index,
            paragraph: sentence.paragraph,
            date: unplacedExport.date,
            evidence: s,
            polarity: exportPolarity(unplacedExport.trigger),
          };

    function buildEvent(
      type: EventType,
      trigger: Trigger,
      loc: LocalMention[],
      low: string,
      text: string,
    ): FoundEvent[] {
      let subjects = pickSubjects(SUBJECT_KINDS[type], trigger, loc, low);
      let confidence = BASE_CONFIDENCE[type];
      const anaphoric =
        ANAPHORIC_NOUN.test(trigger.text) &&
        DEFINITE_BEFORE.test(low.slice(Math.max(0, trigger.start - 30), trigger.start));
      if (anaphoric) subjects = subjects.filter((m) => m.start >= trigger.end && m.start - trigger.end <= 60);
      // "the recently banned H20": an attributive participle modifies the mention right after it
      if (isAttributive(type, lower, trigger)) {
        const next = loc.filter(
          (m) =>
            SUBJECT_KINDS[type].includes(m.mention.entry.kind) &&
            m.start >= trigger.end &&
            m.start - trigger.end <= 25,
        );
        if (next.length > 0) subjects = next.slice(0, 1);
      }
      // "It was released on May 28 as an updated R1 checkpoint": the pronoun, not R1, is the subject
      // "Diese Entscheidung ...": a determiner before a noun is not a pronoun
      const pronounStart =
        PRONOUN_START.test(low) &&
        !/^dies\w*\s+(?!(?:modell|chip|system)\b)\p{Lu}/u.test(text.replace(/^\S+/u, (w) => w.toLowerCase()));
      const pronounSubject = pronounStart && !subjects.some((m) => m.start < trigger.start);
      const anaphor = ANAPHOR.exec(low);
      const eventNounStart = EVENT_NOUN_START.test(low);
      // "The delay also hands an opening to rivals": a definite event noun without its own subject
      // is the event already reported (its subject), never whatever the previous sentence named
      const corefers = anaphoric && subjects.length === 0;
      const polarity = type === 'export_control' ? exportPolarity(trigger) : '';
      const reported = corefers
        ? [...events, ...found]
            .reverse()
            .find((e) => e.type === type && (polarityOf.get(e) ?? '') === polarity)
        : undefined;
      const reportedMention =
        reported === undefined ? undefined : mentions.find((m) => m.entry.id === reported.subject.id);
      if (reportedMention !== undefined) {
        subjects = [{ mention: reportedMention, start: -1, end: -1 }];
        confidence -= 0.15;
      } else if (
        !corefers &&
        type !== 'financial' &&
        (subjects.length === 0 || pronounSubject) &&
        (pronounStart || anaphor !== null || eventNounStart)
      ) {
        const previous = recentSubjects.filter(
          (r) => r.sentence < index && !r.baseline && SUBJECT_KINDS[type].includes(r.mention.entry.kind),
        );
        const lastSentence = previous[previous.length - 1]?.sentence;
        const inLast = previous.filter((r) => r.sentence === lastSentence);
        let carried: typeof inLast = [];
        if (PLURAL_ANAPHOR.test(low)) carried = inLast;
        else if (pronounStart || eventNounStart || (anaphor !== null && anaphor.index === 0))
          carried = inLast.slice(0, 1); // the topic of the previous sentence is its first mention
        else carried = inLast.slice(-1); // an anaphor inside the sentence: the most recent mention
        const unique = new Map(carried.map((r) => [r.mention.entry.id, r.mention]));
        if (unique.size > 0) {
          subjects = [...unique.values()].map((m) => ({ mention: m, start: -1, end: -1 }));
          confidence -= 0.15;
        }
      }
      // only a finite verb carries the topic ("erlaubte"), not a noun ("eine Reaktion auf Exportbeschränkungen")
      const verbal =
        /^\p{Ll}/u.test(text.slice(trigger.start, trigger.end)) &&
        !/\b(would|würde\w*)\b/u.test(low.slice(Math.max(0, trigger.start - 30), trigger.start));
      // an order to buyers ("aufgefordert, keine Halbleiter mehr zu kaufen") needs its chip named
      const buyerOrder = /^(?:angewiesen|aufgefordert|verpflichtet|stop|halt|cease|suspend)/u.test(
        trigger.text,
      );
      if (type === 'export_control' && subjects.length === 0 && verbal && !buyerOrder && !corefers) {
        // "Die Regierung erlaubte später, den Export wieder aufzunehmen": the chip of the licence
        // context (the last export decision reported), else the one chip of the topic
        const context = [...events, ...found].reverse().find((e) => e.type === 'export_control');
        const contextMention =
          context === undefined ? undefined : mentions.find((m) => m.entry.id === context.subject.id);
        const chips = new Map(
          recentSubjects
            .filter(
              (r) =>
                r.sentence < index &&
                index - r.sentence <= 2 &&
                !r.baseline &&
                r.mention.entry.kind === 'chip',
            )
            .map((r) => [r.mention.entry.id, r.mention]),
        );
        const only = contextMention ?? (chips.size === 1 ? [...chips.values()][0] : undefined);
        if (only !== undefined) {
          subjects = [{ mention: only, start: -1, end: -1 }];
          confidence -= 0.2;
        }
      }
      if (type === 'financial' && subjects.length === 0) {
        // "Die Aktien stiegen um 8 %": the company of the previous sentence
        const reach = ORG_ANAPHOR.test(low) ? 2 : 1;
        const org = recentOrgs.find((r) => r.sentence < index && index - r.sentence <= reach);
        if (org) {
          subjects = [{ mention: org.mention, start: -1, end: -1 }];
          confidence -= 0.15;
        }
      }
      if (subjects.length === 0) return [];
      const date = pickDate(trigger, type === 'plan');
      // "Released in July and September 2025 respectively": one date per subject, in order
      const ordered = RESPECTIVELY.test(low) ? respectiveDates(subjects.length, type === 'plan') : null;
      if (date !== null) confidence += 0.1;
      let reason: string | undefined;
      const related: EventEntity[] = [];
      if (type === 'delay' || type === 'cancellation') {
        const r = REASON.exec(low.slice(trigger.end));
        if (r?.[1] !== undefined && r[2] !== undefined) {
          const rs = trigger.end + r.index + r[0].indexOf(r[1]);
          const re = rs + r[1].length + 1 + r[2].length;
          reason = text.slice(rs, re).trim();
          for (const m of loc) {
            if (m.start >= rs && m.end <= re) {
              pushUnique(related, { id: m.mention.entry.id, name: m.mention.entry.name, role: 'cause' });
            }
          }
        }
      }
      return subjects.map((subj) => {
        const entry = subj.mention.entry;
        const rel: EventEntity[] = [...developerOf(entry.id, kb)];
        for (const r of related) if (r.id !== entry.id) pushUnique(rel, r);
        // "Claude Opus 4.1 veröffentlicht": the unknown variant, not the family, is the subject
        const variant = variantOf(subj.mention);
        if (variant !== undefined) pushUnique(rel, { id: entry.id, name: entry.name, role: 'family' });
        const ev: FoundEvent = {
          type,
          subject: variant ?? { id: entry.id, name: entry.name },
          related: rel,
          date: ordered?.[subjects.indexOf(subj)] ?? date,
          reported: ctx.reported,
          confidence: Math.min(0.95, Math.max(0.3, confidence)),
          evidence: text,
        };
        if (reason !== undefined) ev.reason = reason;
        return ev;
      });
    }

    function resolveRef(m: LocalMention): EventEntity {
      const entry = m.mention.entry;
      if (entry.kind === 'organization' && chipMakers.has(entry.id)) {
        // "Huaweis Hardware" after "Ascend-Chips": the company stands for its chip named earlier
        const chip = [...mentions]
          .reverse()
          .find(
            (x) => x.start < m.mention.start && x.entry.kind === 'chip' && x.entry.developer === entry.id,
          );
        if (chip) return { id: chip.entry.id, name: chip.entry.name };
      }
      return { id: entry.id, name: entry.name };
    }

    function buildSwitch(
      trigger: Trigger,
      loc: LocalMention[],
      low: string,
      text: string,
      at: number,
    ): FoundEvent[] {
      // "Nvidia's H20": the vendor named with its own chip is not a second platform
      const vendorOfNext = (m: LocalMention): boolean =>
        loc.some(
          (x) =>
            x.mention.entry.kind === 'chip' &&
            x.mention.entry.developer === m.mention.entry.id &&
            x.start >= m.end &&
            VENDOR_GAP.test(text.slice(m.end, x.start)),
        );
      const platforms = loc.filter(
        (m) => m.mention.entry.kind === 'chip' || (chipMakers.has(m.mention.entry.id) && !vendorOfNext(m)),
      );
      const genericTarget = GENERIC_PLATFORM.test(low);
      if (platforms.length === 0) return [];
      const clauses = low.split(/,|;| - | während | while | whereas | wobei /u);
      const clauseOf = (pos: number): string => {
        let offset = 0;
        for (const c of clauses) {
          if (pos < offset + c.length + 1) return c;
          offset += c.length + 3;
        }
        return '';
      };
      const related: EventEntity[] = [];
      const roles = platforms.map((m) => {
        const ref = resolveRef(m);
        const isFrom = FROM_BEFORE.test(low.slice(Math.max(0, m.start - 40), m.start));
        // "Ascend only for inference" beside a training move; a move of inference itself has its target
        const isInference =
          /train/u.test(low) && /inferen/u.test(clauseOf(m.start)) && !/train/u.test(clauseOf(m.start));
        return { m, ref, role: isFrom ? 'from' : isInference ? 'inference' : null };
      });
      const after = roles.find((r) => r.role === null && r.m.start >= trigger.end);
      const any = roles.find((r) => r.role === null);
      const target = after ?? any;
      // "auf heimische Chips statt auf Nvidia-Hardware": an unnamed target with a named source
      if (!target && !(genericTarget && roles.some((r) => r.role === 'from'))) return [];
      const to = target?.ref ?? { id: '', name: '' };
      if (target) pushUnique(related, { ...to, role: 'to' });
      for (const r of roles) {
        if (r === target || r.ref.id === to.id) continue;
        if (r.role !== null) pushUnique(related, { ...r.ref, role: r.role });
      }
      if (!related.some((r) => r.role === 'from') && RETURN_SWITCH.test(trigger.text + ' ' + low)) {
        const toEntry = kb.byId.get(to.id);
        const previous = [...mentions]
          .reverse()
          .find(
            (x) =>
              x.sentence < at &&
              !skip.has(x.sentence) &&
              x.entry.kind === 'chip' &&
              x.entry.id !== to.id &&
              x.entry.developer !== toEntry?.developer,
          );
        const inference = related.find((r) => r.role === 'inference');
        if (previous) pushUnique(related, { id: previous.entry.id, name: previous.entry.name, role: 'from' });
        else if (inference) pushUnique(related, { id: inference.id, name: inference.name, role: 'from' });
      }
      // a move between two named platforms needs no stated purpose ("läuft auf Cerebras statt auf Nvidia")
      const bothEnds = related.some((r) => r.role === 'to') && related.some((r) => r.role === 'from');
      const purpose = /train/u.test(low)
        ? 'training'
        : /inferen|\b(?:läuft|laufen|runs?|running|betrieben|deployed|serv(?:es|ed|ing))\b/u.test(low)
          ? 'inference'
          : bothEnds
            ? 'compute'
            : null;
      let subjects = pickSubjects(['model'], trigger, loc, low);
      // an unknown model named in the sentence ("sein nächstes Modell GLM-5") before its developer
      const candidate = (ctx.candidates ?? []).find((c) => c.kind === 'model' && text.includes(c.name));
      if (subjects.length === 0 && candidate !== undefined && purpose !== null) {
        const rel = [...related];
        const ev: FoundEvent = {
          type: 'hardware_switch',
          subject: { id: candidate.id, name: candidate.name },
          related: rel,
          date: pickDate(trigger, false),
          reported: ctx.reported,
          confidence: BASE_CONFIDENCE.hardware_switch - 0.1,
          evidence: text,
        };
        ev.reason = purpose;
        return [ev];
      }
      if (subjects.length === 0) {
        subjects = pickSubjects(
          ['organization'],
          trigger,
          loc.filter((m) => !chipMakers.has(m.mention.entry.id)),
          low,
        );
      }
      let confidence = BASE_CONFIDENCE.hardware_switch;
      let subjectEntity = subjects[0]?.mention.entry;
      if (subjectEntity === undefined) {
        const carried = [...recentSubjects]
          .reverse()
          .find((r) => r.sentence < at && r.mention.entry.kind === 'model');
        const org = [...mentions]
          .reverse()
          .find((x) => x.sentence <= at && x.entry.kind === 'organization' && !chipMakers.has(x.entry.id));
        subjectEntity = carried?.mention.entry ?? org?.entry;
        confidence -= 0.15;
      }
      if (subjectEntity === undefined || purpose === null) return [];
      // "DeepSeek has since moved training back to the H20" in a text about R2: R2's training
      const topic =
        subjectEntity.kind === 'organization'
          ? topicModelOf(subjectEntity, mentions, at, low, skip)
          : undefined;
      if (topic !== undefined) {
        subjectEntity = topic;
        confidence -= 0.05;
      }
      const rel = [...developerOf(subjectEntity.id, kb), ...related];
      const date = pickDate(trigger, false);
      const ev: FoundEvent = {
        type: 'hardware_switch',
        subject: { id: subjectEntity.id, name: subjectEntity.name },
        related: rel,
        date,
        reported: ctx.reported,
        confidence: Math.min(0.95, Math.max(0.3, confidence + (date ? 0.05 : 0))),
        evidence: text,
      };
      ev.reason = purpose;
      return [ev];
    }

    function respectiveDates(n: number, future: boolean): FoundEvent['date'][] | null {
      const usable = dates.filter((d) => d.fiscal !== true);
      if (usable.length !== n) return null;
      const anchor: DateAnchor = {
        published: ctx.published,
        contextYear: sentenceYear ?? yearBefore,
        future,
      };
      return usable.map((d) => resolveDate(d, anchor));
    }

    function pickDate(trigger: Trigger, future: boolean): FoundEvent['date'] {
      const usable = dates.filter((d) => d.fiscal !== true);
      if (usable.length === 0) return null;
      let best = usable[0];
      const dist = (d: (typeof usable)[number]): number =>
        d.end <= trigger.start ? trigger.start - d.end : d.start >= trigger.end ? d.start - trigger.end : 0;
      for (const d of usable) if (best === undefined || dist(d) < dist(best)) best = d;
      if (best === undefined) return null;
      const anchor: DateAnchor = {
        published: ctx.published,
        contextYear: sentenceYear ?? yearBefore,
        future,
      };
      return resolveDate(best, anchor);
    }

    events.push(...suppressEvents(found, { text: s, lower, dates }, tags));
    remember();
  });
  // before/now contrasts ("bislang auf Nvidia-GPUs ... inzwischen auf eigenen Chips") not yet found
  for (const ev of findContrastSwitches({ ...ctx, candidates: ctx.candidates ?? [], chipMakers }))
    if (!events.some((e) => e.type === 'hardware_switch' && e.subject.id === ev.subject.id)) events.push(ev);
  return mergeEvents(events, polarityOf);
}

function exportPolarity(t: Trigger): string {
  return EXPORT_ALLOW.test(t.text) ? 'allow' : 'restrict';
}
