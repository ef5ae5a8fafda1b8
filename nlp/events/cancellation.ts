/** Cancellation events: a model or chip is stopped or shelved ("eingestellt", "scrapped"). */
import { affectedInNextSentence } from './affected-next.js';
import { extractByRule, type EventRule } from './build-event.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import { isProductMention } from './pick-subjects.js';
import type { EventExtractor } from './run-triggers.js';
import type { SentenceContext } from './sentence-context.js';
import { firstFallback, namedInNextSentence } from './named-next.js';
import { identifiedLater } from './identified-later.js';

/** Stopping orders, purchases or tests of a product is a buyer's act (often an import ban), not a cancellation. */
const CANCEL_NOT_PRODUCT =
  /\b(bestellung\w*|orders?|käufe|kauf|purchas\w*|buying|tests?|einfuhr\w*|imports?|\p{L}*verbot\p{L}*|bans?|sanktion\p{L}*|\p{L}*beschränkung\p{L}*|restrictions?)\b/u;
/** "cancel existing orders": the object after an English verb names the buyer's orders. */
const ORDERS_AFTER = /^\s*(?:\S+\s+){0,3}?(?:orders?|purchases?|bestellungen|aufträge|contracts?)\b/u;
/** Stopping a product's exports or sales ("stoppt Nvidias Export von Blackwell-Chips") is export control. */
const STOPS_TRADE_AFTER =
  /^\s*(?:\S+\s+){0,6}?(?:export\w*|ausfuhr\w*|verk[aä]uf\w*|lieferung\w*|sales|shipments?|deliveries)\b/u;
/**
 * A launch event, keynote or presentation called off ("canceled its Gemini launch events", "die
 * Launch-Events für Gemini abgesagt") is no end of the product: the launch usually moves.
 */
const EVENT_OBJECT_AFTER =
  /^\s*(?:\S+\s+){0,4}?(?:launch[\s-]+)?(?:events?|keynotes?|presentations?|press conferences?|livestreams?|showcases?)\b/u;
const EVENT_OBJECT_BEFORE =
  /(?:\p{L}*-?events?|\p{L}*veranstaltung\p{L}*|präsentation\p{L}*|keynote\p{L}*|pressekonferenz\p{L}*|livestream\p{L}*)\s+(?:(?!(?:while|whereas|während|but|aber|doch|sondern|and|und)\s)[^\s,;]+\s+){0,7}$/u;

/** The trigger's object ends where a clause of time or cause begins ("paused production after customs blocked shipments"). */
const OBJECT_ENDS = /[,;:]|\b(?:after|because|since|when|as|while|nachdem|weil|während)\b/u;
/** A German object before the verb that is a purchase: "den Erwerb von RTX-Chips einzustellen". */
const PURCHASE_BEFORE =
  /\b(?:den|die|das|dem|alle)\s+(?:erwerb|kauf|käufe|einkauf|einkäufe|beschaffung|anschaffung|bestellung\w*|import\w*|nutzung)\s+(?:\S+\s+){0,6}$/u;

/**
 * A state that stops or bans a product ("China stoppt H200-Chips", "Beijing halted the H20") rules on
 * trade; its own makers cancel products, governments and regulators do not.
 */
const STATE_AGENT_BEFORE =
  /\b(?:china|peking|beijing|washington|usa|us-regierung|regierung|government|administration|behörde\w*|regulator\w*|regulierer\w*|ministeri\w*|ministry|zoll\w*|customs|commerce department|handelsministerium|weiße haus|white house|trump|biden)\b[^.;:!?]{0,25}$/u;

/** "OpenAI will retire GPT-4o in February": an end still to come is dated ahead, like a plan. */
const ENDS_AHEAD = /\b(?:will|won't|shall|wird|werden|soll|sollen)\b/u;

const CANCELLATION: EventRule = {
  type: 'cancellation',
  subjectKinds: ['model', 'chip'],
  baseConfidence: 0.75,
  futureDates: (trigger, sc) => ENDS_AHEAD.test(sc.lower.slice(Math.max(0, trigger.start - 40), trigger.end)),
  carriesTopic: true,
  carriesSilentTopic: true,
  findsReason: true,
  fallbackSubject: firstFallback(affectedInNextSentence, namedInNextSentence, identifiedLater),
};

/** "Bestellungen im Wert von einer Milliarde Dollar ... aufgegeben": orders placed, nothing given up. */
const ORDERS_PLACED =
  /(?<!\b(?:wegen|mangels|fehlender|fehlenden|ausbleibender|due to|lack of|lacking)\s+(?:\S+\s+)?)\b(?:bestellung\w*|aufträge\w*|auftrag|order\w*)\b(?:[^.;!?]|\.(?=\d)){0,160}$/u;

/** "Das Aus für den Dojo 2": the end noun names its product right after it, or none. */
const END_NOUN = /^das (?:endgültige )?aus/u;

function endNounWithProduct(trigger: Trigger, sc: SentenceContext): boolean {
  return sc.local.some(
    (m) =>
      isProductMention(m) &&
      m.start >= trigger.end &&
      m.start - trigger.end <= 25 &&
      // "das Aus für den H20-Export": the compound's head is what ends
      !TRADE_COMPOUND.test(sc.lower.slice(m.end, m.end + 12)),
  );
}

const TRADE_COMPOUND = /^-(?:export|ausfuhr|verk[aä]uf|liefer|handel|geschäft|import|einfuhr)/u;

/** "X will never leave the labs": the product is the subject right before it (or before its relative clause). */
const NEVER_LEAVES = /^(?:will|would|is going to|are going to)\s+never\b/u;
const SUBJECT_GAP = /^\s*(?:,[^.;!?]*,\s*)?$/u;

function productBeforeNever(trigger: Trigger, sc: SentenceContext): boolean {
  return sc.local.some(
    (m) =>
      isProductMention(m) && m.end <= trigger.start && SUBJECT_GAP.test(sc.lower.slice(m.end, trigger.start)),
  );
}

/** The text after a trigger up to the end of its object. */
function objectAfter(trigger: Trigger, sc: SentenceContext): string {
  const after = sc.lower.slice(trigger.end, trigger.end + 60);
  const end = after.search(OBJECT_ENDS);
  return end >= 0 ? after.slice(0, end) : after;
}

function stopsTheProduct(trigger: Trigger, sc: SentenceContext): boolean {
  if (END_NOUN.test(trigger.text) && !endNounWithProduct(trigger, sc)) return false;
  if (NEVER_LEAVES.test(trigger.text) && !productBeforeNever(trigger, sc)) return false;
  const [from] = clauseWindow(sc.lower, trigger.start, trigger.end);
  if (trigger.text === 'aufgegeben' && ORDERS_PLACED.test(sc.lower.slice(0, trigger.start))) return false;
  return (
    !CANCEL_NOT_PRODUCT.test(sc.lower.slice(from, trigger.start)) &&
    !ORDERS_AFTER.test(sc.lower.slice(trigger.end, trigger.end + 50)) &&
    !STOPS_TRADE_AFTER.test(objectAfter(trigger, sc)) &&
    !EVENT_OBJECT_AFTER.test(objectAfter(trigger, sc)) &&
    !EVENT_OBJECT_BEFORE.test(sc.lower.slice(from, trigger.start)) &&
    !PURCHASE_BEFORE.test(sc.lower.slice(from, trigger.start)) &&
    !STATE_AGENT_BEFORE.test(sc.lower.slice(from, trigger.start))
  );
}

/** The cancellations a sentence reports, each with its stated reason. */
export const extractCancellations: EventExtractor = (sc, state) =>
  extractByRule(CANCELLATION, sc, state, { accepts: (t) => stopsTheProduct(t, sc) }).found;
