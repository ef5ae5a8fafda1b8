/**
 * The discourse state: what extraction remembers while it reads a text sentence by sentence, so that
 * a later sentence can refer back ("Das Modell ...", "Die Aktien stiegen", "Betroffen ist der H20").
 */
import { COMPANY_REFERENCE_START, NON_PRODUCT_HEAD } from '../event-cues.js';
import type { Mention } from '../link-entities.js';
import type { EventDate, FoundEvent } from '../types.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import { ownsShares, partnerOrgs } from './company-roles.js';
import { comparedBefore } from './pick-subjects.js';
import { continuedTopic } from './topic-chain.js';
import type { EventTags } from './suppress-events.js';

/** A model or chip named in a recent sentence. */
export interface RecentMention {
  mention: Mention;
  sentence: number;
  /** Named as a comparison baseline ("schneller als GPT-4"): never a carried-over subject. */
  baseline: boolean;
  /**
   * A chip named as what a model of the same sentence runs or trains on ("trained R2 on Ascend chips"):
   * the model, not the chip, is what the sentence is about.
   */
  instrument: boolean;
}

/**
 * The preposition that makes a chip the means of a model named before it ("on", "auf", "mit", "using"),
 * with at most two words between it and the chip ("on Huawei's Ascend chips").
 */
const INSTRUMENT_BEFORE = /(?<![\p{L}])(?:on|auf|using|with|mit)\s+(?:[^\s.;:!?]+\s+){0,2}$/u;
/** Training or running a model, which a chip named as its means needs ("trained R2 on", "läuft auf"). */
const RUNS_ON =
  /(?<![\p{L}])(?:train|trainier|training|ran|run|runs|running|läuft|laufen|lief|betrieb|inferen)/u;

/**
 * Whether chip `m`, at offset `at` of the sentence, is named as the means of a model named before it, in a
 * sentence that tells of training or running it.
 */
function isInstrument(m: Mention, at: number, sc: SentenceContext): boolean {
  if (m.entry.kind !== 'chip') return false;
  const before = sc.lower.slice(Math.max(0, at - 40), at);
  if (
    RELIED_ON_BEFORE.test(before) ||
    RELIED_ON_AFTER.test(sc.lower.slice(at + m.end - m.start, at + m.end - m.start + 30))
  )
    return true;
  return (
    sc.mentions.some((o) => o.entry.kind === 'model' && o.end <= m.start) &&
    INSTRUMENT_BEFORE.test(before) &&
    RUNS_ON.test(sc.lower.slice(0, at))
  );
}

/**
 * A chip named as what a company relies or switches on ("to rely on Huawei's Ascend chips instead",
 * "stattdessen auf Huaweis Ascend-Chips zu setzen"): a means, like a chip a model trains on.
 */
const RELIED_ON_BEFORE =
  /(?<![\p{L}])(?:rel(?:y|ies|ied|ying)\s+on|depend(?:s|ed|ing)?\s+on|dependence\s+on|switch(?:es|ed|ing)?\s+to|mov(?:e|es|ed|ing)\s+to|abhängigkeit\s+von|umsteig\p{L}*\s+auf|umgestiegen\s+auf|setz\p{L}*\s+(?:\S+\s+)?auf)\s+(?:[^\s.;:!?]+\s+){0,2}$/u;
const RELIED_ON_AFTER = /^[\p{L}-]*\s+(?:zu\s+)?(?:setzen|setzt|setzte|setzten|umzusteigen)(?![\p{L}])/u;

/** A restriction reported without a named chip, waiting for the next sentence to name it. */
export interface PendingExport {
  sentence: number;
  paragraph: number;
  date: EventDate | null;
  evidence: string;
  polarity: string;
  /** Sentences without a chip it has waited past. */
  skipped?: number;
}

/** After a company noun: a name, a place of origin, a possessive or "of" makes it another company. */
const OTHER_COMPANY_AFTER = /^(?:\s+\p{Lu}|\s+(?:aus|from|in|of)\s|['’]s\b|-based\b)/u;

/** How many sentences back a model or chip stays a possible topic. */
const SUBJECT_MEMORY = 3;

/**
 * Mutable state of one extraction run. The orchestrator owns it: it enters each sentence, lets the
 * extractors read it and tag their events, accepts the surviving events and remembers the sentence.
 */
export class DiscourseState implements EventTags {
  /** Events accepted so far, in text order. */
  readonly events: FoundEvent[] = [];
  /** The restriction of the previous sentence that still needs its chip, if any. */
  pendingExport: PendingExport | null = null;
  /** The first restriction trigger of the current sentence that made no event, with its date. */
  unplacedExport: { trigger: Trigger; date: EventDate | null } | null = null;
  private readonly polarity = new Map<FoundEvent, string>();
  private readonly trigger = new Map<FoundEvent, Trigger>();
  /** The accepted events of each sentence, in text order (a long text asks for them per sentence). */
  private readonly bySentence = new Map<number, FoundEvent[]>();
  private readonly sentenceOf = new Map<FoundEvent, number>();
  private contextYear: number | null = null;
  private subjects: RecentMention[] = [];
  private lastOrg: { mention: Mention; sentence: number } | undefined;

  /**
   * Starts a sentence (skipped ones too: their years still count) and returns the context year
   * before it, which anchors the sentence's yearless dates when it names no year itself.
   */
  enterSentence(sentenceYear: number | null): number | null {
    const before = this.contextYear;
    if (sentenceYear !== null) this.contextYear = sentenceYear;
    this.unplacedExport = null;
    return before;
  }

  /** Records the polarity ("allow", "restrict" or "") and, if any, the trigger of an event. */
  tag(e: FoundEvent, polarity: string, trigger?: Trigger): void {
    this.polarity.set(e, polarity);
    if (trigger !== undefined) this.trigger.set(e, trigger);
  }

  polarityOf(e: FoundEvent): string | undefined {
    return this.polarity.get(e);
  }

  triggerOf(e: FoundEvent): Trigger | undefined {
    return this.trigger.get(e);
  }

  /** The polarity of every tagged event, as the merging pass keys them. */
  get polarities(): ReadonlyMap<FoundEvent, string> {
    return this.polarity;
  }

  /**
   * The latest event so far matching `match`: the sentence's own `found` events first (latest
   * first), then the accepted events of earlier sentences.
   */
  lastEvent(found: readonly FoundEvent[], match: (e: FoundEvent) => boolean): FoundEvent | undefined {
    for (let i = found.length - 1; i >= 0; i--) {
      const e = found[i];
      if (e !== undefined && match(e)) return e;
    }
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i];
      if (e !== undefined && match(e)) return e;
    }
    return undefined;
  }

  /** Models and chips of the last few remembered sentences, oldest first. */
  recentSubjects(): readonly RecentMention[] {
    return this.subjects;
  }

  /** The organization the last remembered sentence with one named, if at most `reach` sentences back. */
  recentOrg(index: number, reach: number): Mention | undefined {
    const org = this.lastOrg;
    return org !== undefined && org.sentence < index && index - org.sentence <= reach
      ? org.mention
      : undefined;
  }

  /** Adds the events sentence `index` reports. */
  accept(events: readonly FoundEvent[], index: number): void {
    if (events.length === 0) return;
    this.events.push(...events);
    this.bySentence.set(index, [...(this.bySentence.get(index) ?? []), ...events]);
    for (const e of events) this.sentenceOf.set(e, index);
  }

  /** The accepted events of sentence `index`. */
  eventsOf(index: number): FoundEvent[] {
    return [...(this.bySentence.get(index) ?? [])];
  }

  /** Takes back an accepted event that a later sentence told more precisely. */
  withdraw(e: FoundEvent): void {
    const at = this.events.lastIndexOf(e);
    if (at >= 0) this.events.splice(at, 1);
    const own = this.bySentence.get(this.sentenceOf.get(e) ?? -1);
    const i = own?.indexOf(e) ?? -1;
    if (i >= 0) own?.splice(i, 1);
  }

  /**
   * Remembers a sentence's models, chips and first organization as possible topics of the next ones;
   * a sentence that names none but refers to the previous one's single product keeps that product.
   */
  remember(sc: SentenceContext): void {
    for (const m of sc.mentions) {
      const at = m.start - sc.sentence.start;
      // "Der ChatGPT-Betreiber OpenAI", "the ChatGPT maker": the name stands for its company here
      const end = m.end - sc.sentence.start;
      if (NON_PRODUCT_HEAD.test(sc.lower.slice(end, end + 24))) continue;
      if (m.entry.kind !== 'organization')
        this.subjects.push({
          mention: m,
          sentence: sc.index,
          baseline: comparedBefore(sc.lower, at),
          instrument: isInstrument(m, at, sc),
        });
    }
    if (!this.subjects.some((r) => r.sentence === sc.index)) {
      const topic = continuedTopic(
        sc.lower,
        this.subjects.filter((r) => r.sentence === sc.index - 1),
      );
      if (topic !== undefined)
        this.subjects.push({ mention: topic, sentence: sc.index, baseline: false, instrument: false });
    }
    this.subjects = this.subjects.filter((r) => sc.index - r.sentence <= SUBJECT_MEMORY);
    // an investor, supplier or rival named in its role is not the company the sentence is about
    const companies = sc.local.filter((m) => m.mention.entry.kind === 'organization');
    const partners = partnerOrgs(companies, sc.lower);
    const orgs = companies.filter((m) => !partners.has(m));
    // "Ein Bericht über Apple hat die Papiere von Broadcom nach oben getrieben": the shares' owner is the
    // company the sentence is about, before any other it names
    const org = orgs.find((m) => ownsShares(m.start, m.end, sc.lower)) ?? orgs[0];
    // "Xiaomi ... Der Konzern will zu Alibaba aufschließen. Die Aktie ...": a sentence that opens by
    // calling the company by its kind is about that company again, whatever others it names later
    const reference = COMPANY_REFERENCE_START.exec(sc.lower);
    // "Der Softwarekonzern Microsoft", "Das Unternehmen aus Santa Clara", "The firm's rival AMD", "The
    // group of chip stocks": a company named or described there, not the one before
    const named =
      reference !== null &&
      ((org !== undefined && org.start <= reference[0].length + 2) ||
        OTHER_COMPANY_AFTER.test(sc.text.slice(reference[0].length)));
    if (reference !== null && !named && this.lastOrg !== undefined && sc.index - this.lastOrg.sentence <= 2)
      this.lastOrg = { mention: this.lastOrg.mention, sentence: sc.index };
    else if (org) this.lastOrg = { mention: org.mention, sentence: sc.index };
  }
}
