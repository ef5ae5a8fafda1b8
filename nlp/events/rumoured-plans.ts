/**
 * Rumoured plans: a launch date that the text frames as rumour in the sentence before or after it
 * ("Die Gerüchteküche brodelt. Das Modell soll 2026 erscheinen."; "... is expected in March. None of
 * this is confirmed.") reports no plan, by the labelling rule that rumours and speculation are no
 * events. German "soll" is both "is to" and "is said to"; the neighbouring sentence tells which.
 * Rumours inside the plan's own sentence are hedging's work (hedging.ts); a plan its own sentence
 * attributes to the company, or that a neighbour confirms, stays.
 */
import type { DocumentFacts } from './document-facts.js';
import type { DiscourseState } from './discourse-state.js';

/** Words that frame what is told as rumour, leak or speculation. */
const RUMOUR =
  /(?<![\p{L}])(?:\p{L}*gerücht\p{L}*|spekulation\p{L}*|spekuliert\p{L}*|leak\p{L}*|geleakt\p{L}*|rumou?r\p{L}*|speculation\p{L}*|speculative|unbestätigt\p{L}*|unconfirmed)(?![\p{L}])/u;
/** What the framing must be about: the launch and its timing. */
const LAUNCH_TOPIC =
  /(?<![\p{L}])(?:launch|release|debut|arriv|coming|come out|date|timing|timeline|schedule|roadmap|kommen|kommt|model|this|that|dies|davon|darüber|dazu|(?:it|es|das)(?![\p{L}]))|erschein|veröffentlich|marktstart|termin|datum|zeitplan|fahrplan|modell|chip/u;
/** Rumours about something else: price, shares, sales, a delay, a case. */
const OTHER_TOPIC =
  /(?<![\p{L}])(?:price\p{L}*|preis\p{L}*|kurs\p{L}*|aktie\p{L}*|shares?|stock|anleger|investors?|spekulant\p{L}*|speculators?|sold|sales|verkauf\p{L}*|delay\p{L}*|verzöger\p{L}*|verschieb\p{L}*|verschoben|wrongdoing|lawsuit|klage|übernahme|acquisition)(?![\p{L}])/u;
/** A confirmation denied: "nicht offiziell bestätigt", "None of this has been confirmed". */
const UNCONFIRMED =
  /(?<![\p{L}])(?:nicht|not|none|nothing|kein\p{L}*|weder)(?![\p{L}])[^.;!?]{0,40}?(?:bestätig|confirm)|(?:bestätigt|confirmed)(?:\s+\S+){0,4}?\s+(?:nichts|nicht|nothing)(?![\p{L}])/u;
/** A rumour confirmed is a report ("bestätigte die Gerüchte", "confirmed the rumours"). */
const CONFIRMED = /(?<![\p{L}])(?:bestätig|confirm)/u;
/** The plan told by its maker or on the record. */
const ON_RECORD =
  /(?<![\p{L}])(?:offiziell\p{L}*|official\p{L}*|announc\p{L}*|angekündigt\p{L}*|kündigt\p{L}*|(?:said|says|told|sagte|sagt|erklärte|erklärt|teilte|teilt|mitgeteilt|präsentierte|presented|unveiled|stellte|keynote|roadmap|fahrplan))(?![\p{L}])/u;

/**
 * Whether sentence `i` frames its neighbour's plan of `subjectId` as rumour: it denies a confirmation, or
 * names rumour and confirms nothing (a rumour denied or shown false is still no plan); it speaks of the
 * launch, not of prices, shares, sales or a delay; and it names no other product than that subject.
 */
function framesAsRumour(doc: DocumentFacts, i: number, paragraph: number, subjectId: string): boolean {
  const s = doc.sentences[i];
  if (s === undefined || s.paragraph !== paragraph) return false;
  const others = doc.mentionsIn(i).filter((m) => m.entry.kind !== 'organization' && m.entry.id !== subjectId);
  if (others.length > 0) return false;
  const lower = s.text.toLowerCase();
  // a short framing sentence ("Die Gerüchteküche brodelt.") needs no topic of its own
  const bare = s.text.split(/\s+/u).length <= 7;
  if ((!bare && !LAUNCH_TOPIC.test(lower)) || OTHER_TOPIC.test(lower)) return false;
  return UNCONFIRMED.test(lower) || (RUMOUR.test(lower) && !CONFIRMED.test(lower));
}

/**
 * Withdraws from `state` the plans of each sentence that a neighbouring sentence of its paragraph frames
 * as rumour, unless the plan's own sentence puts it on the record.
 */
export function withdrawRumouredPlans(doc: DocumentFacts, state: DiscourseState): void {
  doc.sentences.forEach((sentence, index) => {
    const plans = state.eventsOf(index).filter((e) => e.type === 'plan');
    if (plans.length === 0 || ON_RECORD.test(sentence.text.toLowerCase())) return;
    for (const plan of plans) {
      const id = plan.subject.id;
      if (
        framesAsRumour(doc, index - 1, sentence.paragraph, id) ||
        framesAsRumour(doc, index + 1, sentence.paragraph, id)
      )
        state.withdraw(plan);
    }
  });
}
