/**
 * The trigger lexicon for the seven event types, in German and English, plus the cue patterns that
 * cancel or qualify a trigger (negation, hedging, denial, comparison). Patterns are written against
 * lower-cased, normalised sentences. They are data for extract-events.ts; keeping them in one place
 * makes the vocabulary reviewable.
 */
import { MONTH_NAME_PATTERN } from './lexicon/months.js';
import type { EventType } from './types.js';

/** Access ended for everyone: not only for some users or in one place, and not by a regulator ("for free users", "in Italy"). */
const ACCESS_FOR_ALL =
  '(?!(?:[^.;!?]|\\.(?=\\S))*\\b(?:for|für)\\s+(?:\\S+\\s+)?(?:free|some|certain|non-paying|users|nutzer|employees|mitarbeiter[\\p{L}\\p{N}_]*|staff|customers|kunden|students|developers)\\b)(?!(?:[^.;!?]|\\.(?=\\S))*\\b(?:in|für)\\s+(?:china|europa|europe|the eu|der eu|italien|italy|russland|russia|deutschland|germany)\\b)(?!(?:[^.;!?]|\\.(?=\\S))*\\b(?:behörde|regulator|aufsicht|datenschutz[\\p{L}\\p{N}_]*|watchdog)\\b)';
/**
 * ... and not ended by a regulator earlier in the sentence ("Die Behörde hat den Zugang gesperrt; ...").
 * It stands after a trigger's first word, so that the look back runs only where that word matched.
 */
const NOT_BY_REGULATOR =
  '(?<!\\b(?:behörde|regulator|aufsicht[\\p{L}\\p{N}_]*|datenschützer|datenschutzbehörde|watchdog)\\b[^.!?]*)';
/** English weekdays, as a plan's day ahead may be told ("goes live Monday"). */
const WEEKDAY_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/**
 * One word inside a clause: a dot ends the clause unless it sits inside a word ("5.0"), after an
 * ordinal ("3." in "am 3. März") or closes an abbreviation ("U.S.", "z.B.", "Nvidia Corp.", "Inc.").
 */
const W =
  '(?:(?:[^\\s.;:!?]|\\.(?:(?=\\S)|(?<=\\d\\.)(?=\\s)|(?<=(?<![\\p{L}\\p{N}])\\p{L}\\.\\p{L}\\.)(?=\\s)|(?<=(?<!\\p{L})(?:corp|inc|co|ltd|bzw|ca)\\.)(?=\\s)))+\\s+)';
/**
 * A share of a chip's revenue paid or handed over ("will pay 15% of its revenues from sales of the H20",
 * "15 Prozent ihrer China-Umsätze an die US-Regierung abführen"): the licence deals of 2025, an export
 * decision and no financial result. Source text, shared by the export trigger and the financial exclusion.
 */
const REVENUE_SHARE_PAID = String.raw`(?:pay|pays|paying|paid|hand(?:s|ed|ing)? over|give|gives|giving|gave|remit[\p{L}\p{N}_]*|share|shares|sharing|shared)\s+(?:\S+\s+){0,4}?\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+(?:of|cut of|share of)\s+(?:\S+\s+){0,3}?(?:revenues?|sales|proceeds)\b|(?:pay|pays|paying|paid|hand(?:s|ed|ing)? over|give|gives|giving|gave|surrender(?:s|ed|ing)?|remit[\p{L}\p{N}_]*)\s+(?:a|one)\s+(?:quarter|fifth|tenth|third|half)\s+of\s+(?:\S+\s+){0,3}?(?:revenues?|sales|proceeds)\b(?=[^.;!?]{0,80}?\b(?:to the (?:u\.?s\.? )?(?:government|treasury)|in (?:exchange|return) for (?:the )?(?:export )?licen))|(?<![\p{L}])(?:zahlt|zahlte|zahlten|bezahlt|bezahlen|führt|führen|abführen|abgeführt|gibt|geben|abgeben|abgegeben|tritt|abtreten|überweist|überweisen)\s+(?:\S+\s+){0,3}?\d+(?:[.,]\d+)?\s?(?:%|prozent)\s+(?:der|des|ihrer|seiner|ihres|seines)\s+(?:\S+\s+){0,2}?(?:[\p{L}-]*umsätze|[\p{L}-]*umsatzes|[\p{L}-]*einnahmen|[\p{L}-]*erlöse)\b|\d+(?:[.,]\d+)?\s?(?:%|prozent)\s+(?:der|des|ihrer|seiner|ihres|seines|dieser|dieses)\s+(?:\S+\s+){0,2}?(?:[\p{L}-]*umsätze|[\p{L}-]*umsatzes|[\p{L}-]*einnahmen|[\p{L}-]*erlöse)\s+(?:\S+\s+){0,10}?(?:abführen|abgeführt|abführt|abzuführen|abgeben|abgegeben|abzugeben|abtreten|abzutreten|überweisen|zu überweisen|bezahlen|zu bezahlen|zu zahlen)(?![\p{L}])`;
/**
 * Where a revenue share paid is a licence deal: a government, licences or exports, or the China sales
 * they were about ("pays TSMC 30% of its revenue for wafers", "pays Microsoft 20% of its revenue" are not).
 */
/** The state and its licences, in the words news uses for them. */
const STATE_AND_LICENCE =
  'regierung|government|washington|white house|weißen haus|trump|commerce|handelsministerium|staatskasse|treasury|lizenz|licen[cs]';
const LICENCE_DEAL_CONTEXT = new RegExp(`(${STATE_AND_LICENCE}|export|ausfuhr|china|chines)`, 'u');
export const REVENUE_SHARE_PAID_RE = new RegExp(REVENUE_SHARE_PAID, 'u');
/** Whether a sentence tells a share of revenue paid for licences (see {@link REVENUE_SHARE_PAID}). */
export function paysRevenueShareForLicences(lower: string): boolean {
  return REVENUE_SHARE_PAID_RE.test(lower) && LICENCE_DEAL_CONTEXT.test(lower);
}
/**
 * What a reversal undoes when it is an export decision: a ban, a rule, a decision, an approval ("reversed
 * its ban on"), not a course, guidance or a price. Lookahead source, shared by the trigger and the pass
 * that drops the lifted restriction (suppress-events.ts).
 */
export const REVERSED_OBJECT = String.raw`(?=\s+(?:\S+\s+){0,3}?(?:ban|bans|restrictions?|curbs?|decision|policy|rules?|controls?|approvals?|licen[cs][\p{L}\p{N}_]*|exports?|prohibition)\b)`;
/** A stated time for a present-tense plan: a year, quarter, half, month or season ("2026", "Q3", "the third quarter"). */
const FUTURE_TIME = String.raw`(?:(?:early|late|mid-?)\s*)?(?:20[2-4]\d|q[1-4]\b|h[12]\b|(?:first|second|third|fourth) quarter|(?:first|second) half|jan(?:uary)?\b|feb(?:ruary)?\b|march|april|june|july|aug(?:ust)?\b|sept?(?:ember)?\b|oct(?:ober)?\b|nov(?:ember)?\b|dec(?:ember)?\b|spring|summer|fall|autumn|winter)`;
/** The German stated time: "2026", "im dritten Quartal", "Ende 2026", "im Herbst", "nächstes Jahr". */
const FUTURE_TIME_DE = String.raw`(?:(?:anfang|mitte|ende)\s+20[2-4]\d|20[2-4]\d|(?:im|ab)\s+(?:dem\s+)?(?:ersten|zweiten|dritten|vierten|\d\.)\s+(?:quartal|halbjahr)|(?:im|ab)\s+(?:frühjahr|sommer|herbst|winter)|nächste[ns]?\s+(?:jahr|quartal|monat))`;

/**
 * Forms of the verbs that bring a product out (infinitives and participles), in both languages: the
 * complement of a modal or future auxiliary in a plan ("soll im Herbst erscheinen", "will be unveiled").
 */
const RELEASE_VERB_FORMS = [
  'erscheinen',
  'eintreffen',
  'debütieren',
  'kommen',
  'veröffentlich[\\p{L}\\p{N}_]*',
  'vorgestellt',
  'vorstellen',
  'präsentier[\\p{L}\\p{N}_]*',
  'gezeigt',
  'zeigen',
  'enthüll[\\p{L}\\p{N}_]*',
  'lancier[\\p{L}\\p{N}_]*',
  'starten',
  'gestartet',
  'ausgeliefert',
  'ausliefern',
  'auszuliefern',
  'liefern',
  'verfügbar',
  'erhältlich',
  'folgen',
  'eingeführt',
  'einführen',
  'herausbringen',
  'herausgebracht',
  'auf den markt',
  'an den start bringen',
  'anbieten',
  'in (?:die )?(?:massen|serien)produktion',
  'in serie',
  'produziert',
  'produzieren',
  'herstellen',
  'fertigen',
  'marktreif',
  'beginnen',
  'anlaufen',
  'freigegeben',
  'freigeben',
  'bereitgestellt',
];
/** The infinitives among them: before a final modal they are a future, where participles are passives. */
const RELEASE_INFINITIVES = [
  'erscheinen',
  'verfügbar sein',
  'erhältlich sein',
  'beginnen',
  'anlaufen',
  'kommen',
  'veröffentlichen',
  'vorstellen',
  'präsentieren',
  'zeigen',
  'enthüllen',
  'lancieren',
  'starten',
  'ausliefern',
  'liefern',
  'folgen',
  'einführen',
  'herausbringen',
  'produzieren',
  'herstellen',
  'fertigen',
  'bringen',
];
/** "... ist für Mitte Februar angekündigt", "is slated for May": what makes a launch noun a plan. */
const LAUNCH_SET_FOR =
  '(?:ist|sind|wird|wurde|sei|is|was|has been|had been)\\s+(?:\\S+\\s+){0,2}?(?:für|auf|for)\\s+(?:\\S+\\s+){0,6}?(?:angekündigt|geplant|vorgesehen|angesetzt|terminiert|announced|planned|scheduled|slated|set|expected)\\b';
/** English order: "the launch is timed ahead of the meetings", "the release is set for May". */
const LAUNCH_TIMED =
  '(?:is|are|was|were|will be|has been|had been)\\s+(?:\\S+\\s+)?(?:timed|scheduled|slated|set|planned|expected|due|pencil+ed in)\\s+(?:for|to|ahead of|around|before|after|in|on)\\b';
/** A launch noun followed by {@link LAUNCH_SET_FOR} is planned, not released. */
export const LAUNCH_NOUN_SET_FOR = new RegExp(
  `^\\s+(?:\\S+\\s+){0,6}?(?:${LAUNCH_SET_FOR}|${LAUNCH_TIMED})`,
  'u',
);
/**
 * A launch noun being prepared ("bereitet die Veröffentlichung ... vor"), exported ("für den Export
 * freigegeben") or in doubt ("uncertainty around the release of", "Zweifel an der Veröffentlichung").
 */
export const NOT_YET_RELEASED_BEFORE =
  /(?:\blet(?:'s|’s|\s+us)\s+(?:\S+\s+){0,2}|\b(?:lass|lasst)\s+uns\s+(?:\S+\s+){0,4}|\b(?:bereite[\p{L}\p{N}_]*|prepar[\p{L}\p{N}_]*|plant|planen|plans?|planning)\s+(?:\S+\s+){0,6}|\b(?:signal(?:s|ed|led|ing|ling)?|promis(?:e|es|ed|ing)|teas(?:e|es|ed|ing)|hint(?:s|ed|ing)? at|signalisier[\p{L}\p{N}_]*|versprach|versprochen|verspricht|stellte\s+(?:\S+\s+){0,2}?in aussicht)\s+(?:a|an|the|its|their|eine?n?|die|den)\s+(?:[^\s,;]+\s+){0,5}|\b(?:planned|scheduled|slated|set|due|targeted|expected|geplant|vorgesehen)\s+(?:for|für)\s+(?:\S+\s+){0,3}|(?:für den|zum|for) export\s+|\b(?:uncertainty|doubts?|questions?|unsicherheit|zweifel|fragezeichen|rätselraten)\s+(?:around|about|over|surrounding|regarding|um|über|an|bezüglich)\s+(?:the|die|der|den|dem|des)\s+|\b(?:yet to|not yet|not|never|[\p{L}]*n['’]t|awaiting|awaits|await|pending)\s+(?:\S+\s+)?(?:approv[\p{L}]*|sign(?:ed|ing)? off on|greenlit|green-?light[\p{L}]*|authori[sz][\p{L}]*|clear(?:ed)?)\s+(?:(?:of|for)\s+)?(?:\S+\s+){0,3})$/u;

const RELEASE_VERBS_EN =
  '(?:release|launch|unveil|ship|introduce|debut|arrive|follow(?=\\s+(?:in|by|later|early|late|mid|next|this|soon|shortly|q[1-4]|20[2-4]\\d|(?:a|one|two|three|six|several|a few)\\s+(?:months?|quarters?|years?))\\b)|roll out|put out|open[- ]source|start|begin|hit|go on sale|come|announce|deliver|produce|manufacture|mass[- ]produce|enter (?:mass )?production|make\\s+(?:\\S+\\s+){0,5}?(?:available|open[- ]source)|reach (?:customers|buyers|users|developers|the market|shelves)|be (?:released|launched|unveiled|available|shipped|introduced|delivered|rolled out|(?:mass[- ])?produced|manufactured))(?![\\p{L}])';

/**
 * German participles of separable verbs (vorgestellt, bereitgestellt, eingeführt) with an adjective
 * ending are attributive ("trotz bereitgestellter Samples"): they describe the noun after them and
 * report no release of a product named elsewhere in the sentence, unless a copula predicates the phrase
 * of the subject ("Mistral 3 ist eine im Dezember vorgestellte Familie"). Trigger finding checks that
 * (find-triggers.ts); a lookbehind in the lexicon would cost a scan at every position.
 */
/**
 * German release participles of verbs without a separable prefix (not production or start verbs: "in der
 * ab 2027 Chips gefertigt werden sollen", "das Training soll gestartet werden" plan no launch).
 */
const RELEASE_PARTICIPLES = ['veröffentlicht', 'präsentiert', 'enthüllt', 'geliefert', 'lanciert'];
const SEPARABLE_PARTICIPLES = [
  'vorgestellt',
  'freigeschaltet',
  'freigegeben',
  'bereitgestellt',
  'eingeführt',
  'ausgerollt',
  'gelauncht',
  'ausgeliefert',
];
/** One of those participles with an adjective ending: attributive unless a copula predicates it. */
export const ATTRIBUTIVE_PARTICIPLE = new RegExp(`^(?:${SEPARABLE_PARTICIPLES.join('|')})e[nrms]?$`, 'u');
/** "Mistral 3 ist eine im Dezember vorgestellte Familie": the copula before such a phrase. */
export const COPULA_BEFORE = /\b(?:ist|sind|war|waren) (?:ein[\p{L}\p{N}_]*|die|der|das) (?:\S+ ){0,4}$/u;

/**
 * A listed company's move told by verb and percentage alone, without "Aktie" or "shares": the verb of
 * a price move, then within a few words the size of the move. The financial extractor drops it when
 * the clause measures something else (shipments, users, market share).
 */
const PRICE_MOVE_BY_PERCENT = `(?:stürzt[\\p{L}\\p{N}_]*|fiel|fällt|sank|sinkt|stieg|steigt|kletter[\\p{L}\\p{N}_]*|sprang|springt|rutscht[\\p{L}\\p{N}_]*|brach|bricht|legte|legt|gab|gibt|verlor|verliert|fielen|fallen|sanken|sinken|stiegen|steigen|kletterten|klettern|sprangen|springen|rutschten|rutschen|brachen|brechen|legten|legen|gaben|geben|verloren|verlieren|fell|falls|falling|dropped|drops|dropping|slid|slides|sliding|slumped|slumps|slumping|plunged|plunges|plunging|tumbled|tumbles|tumbling|sank|sinks|sinking|rose|rises|rising|gained|gains|gaining|jumped|jumps|jumping|surged|surges|surging|soared|soars|soaring|climbed|climbs|climbing|rallied|rallies|rallying|lost|loses|losing|(?:added|adds|adding)(?!\\s+that\\b)|shed|sheds|shedding|(?:closed|ended|finished|traded|trading|opened)(?: the (?:session|day|week))? (?:down|up|lower|higher))\\s+(?:[^\\s.;:!?]+\\s+){0,8}?(?:um\\s+|by\\s+)?(?:bis zu |rund |knapp |mehr als |fast |zeitweise |as much as |about |nearly |more than |almost |up to )?\\d+(?:[.,]\\d+)?\\s?(?:%|prozent|percent|per cent)(?!\\p{L})`;

/**
 * "moved to restrict exports", "shifted to address demand": a verb after "to" makes it a step taken,
 * not a move onto other hardware ("moved to train on Ascend" stays a move).
 */
const NOT_AN_INFINITIVE =
  '(?!\\s+(?:restrict|ban|block|limit|curb|tighten|ease|allow|permit|cut|raise|lower|stop|halt|impose|lift|expand|protect|address|counter|secure|boost|acquire|buy|sell|hire|make|take|end|close|open|create|build|develop|reduce|increase|prevent|tackle|investigate|review|approve|require|force|bar|prohibit|sanction|retaliate|strengthen|weaken|support|help|fund|invest|launch|release|introduce|ship|offer|delay|cancel|scrap)\\b)';

/**
 * A cost told of a restriction, ban or charge in the same sentence, not of training, rent, hosting,
 * building or a takeover ("Training V3 cost DeepSeek $5.6 million" is no financial event).
 */
const COST_OF_RESTRICTION = String.raw`(?<!(?<![\p{L}])(?:train|trainier|rent|miet|host|übernahme|acquisition|ausbau|invest)[^.;!?]{0,100})(?![^.;!?]{0,120}(?<![\p{L}])(?:train|trainier|rent|miet|host|übernahme|acquisition|ausbau|invest))(?:(?<=(?:export|ausfuhr|\bbann?(?:s|ned)?\b|verbot|\bregel|\brule|restrict|beschränk|sanktion|sanction|zöll|\bzoll|tariff|\bcurbs?\b|kontroll|\bcontrols?\b|lizenz|licen|\bcharges?\b|abschreib|write-?down)[^.;!?]{0,100})|(?=[^.;!?]{0,100}(?:export|ausfuhr|\bbann?(?:s|ned)?\b|verbot|\bregel|\brule|restrict|beschränk|sanktion|sanction|zöll|\bzoll|tariff|\bcurbs?\b|kontroll|\bcontrols?\b|lizenz|licen|\bcharges?\b|abschreib|write-?down)))`;

/**
 * Words that tell a target ("was supposed/meant/due to arrive in ..."): one list for the delay trigger of
 * a target gone by, its check against the publication (delay.ts) and the dates passed over as targets.
 */
export const TARGET_WORDS = 'supposed|meant|due|slated|scheduled|set|planned';

export const TRIGGERS: Record<EventType, RegExp> = {
  release: new RegExp(
    [
      // availability told as access: "is now live", "available today", "can now use", "ab sofort nutzen"
      // general availability: "Trainium2 chips are now generally available", "ist jetzt allgemein verfügbar"
      '(?:is|are|became|becomes)\\s+(?:now\\s+)?(?:generally|widely|broadly|publicly)\\s+available\\b',
      // "reached general availability in October", "entered preview availability on Google Cloud"
      '(?:reach|enter)(?:ed|es|s|ing)?\\s+(?:general|public|preview|broad|full)\\s+availability\\b',
      // shipping told as a noun: "production shipments of the MI325X began", "Auslieferungen ... begannen"
      `(?:production|volume|mass|initial|first)\\s+shipments(?=\\s+${W}{0,5}?(?:began|have begun|started|have started|commenced)\\b)`,
      `(?:auslieferung|serienauslieferung)[\\p{L}\\p{N}_]*\\s+${W}{0,5}?(?:begann|begannen|hat begonnen|haben begonnen|ist angelaufen|sind angelaufen|startete|starteten)\\b`,
      '(?:ist|sind)\\s+(?:jetzt\\s+|nun\\s+|ab sofort\\s+)?(?:allgemein|breit|öffentlich)\\s+verfügbar\\b',
      // made official: "Gemini 3 ist jetzt offiziell", "is now official"
      '(?:ist|sind|is|are)\\s+(?:jetzt\\s+|nun\\s+|endlich\\s+|now\\s+|finally\\s+)offiziell(?=\\s*(?:[.:;!?]|$|[-–]))',
      '(?:is|are)\\s+(?:now\\s+|finally\\s+)official(?=\\s*(?:[.:;!?]|$|[-–]))',
      '(?:is|are)\\s+(?:now\\s+)?live\\b|went live|goes live|ist\\s+(?:jetzt\\s+|nun\\s+|ab sofort\\s+)?live\\b',
      'available\\s+(?:today|now|immediately|from today)\\b',
      // offered from now on: "is now offering Magistral Large through its API", "has begun offering"
      `(?:(?:is|are)\\s+now|(?:has|have)\\s+(?:begun|started))\\s+offering\\s+(?!${W}{0,2}?(?:discounts?|credits?|rebates?|deals?|prices?)\\b)${W}{1,5}?(?:through|via|in|on|to)\\s+(?:its|their|the)\\b`,
      `(?:can|können|kann)\\s+${W}{0,3}?(?:now|ab sofort|jetzt|nun|seit heute|ab heute)\\s+${W}{0,4}?(?:use|access|try|download|nutzen|verwenden|herunterladen|ausprobieren)\\b`,
      // the same told in the passive: "kann ab sofort genutzt werden", "can now be downloaded"
      `(?:can|können|kann)\\s+${W}{0,3}?(?:now|ab sofort|jetzt|nun|seit heute|ab heute)\\s+${W}{0,4}?(?:be\\s+)?(?:used|accessed|tried|downloaded|genutzt|verwendet|heruntergeladen|ausprobiert|getestet|abgerufen)\\b`,
      `(?:seit heute|ab sofort|ab heute)\\s+${W}{0,2}?(?:können|kann)\\s+${W}{0,8}?(?:nutzen|verwenden|herunterladen|ausprobieren)\\b`,
      `made\\s+${W}{0,4}?open[- ]source\\b`,
      `veröffentlich(?<!\\b(?:bericht|berichte|studie|studien|beitrag|mitteilung|artikel|zahlen|daten|quartalszahlen|ergebnisse|post|paper|report)\\s+(?:${W}){0,1}?veröffentlich)[\\p{L}\\p{N}_]*(?![\\p{L}])(?!\\s+(?:\\p{L}+\\s+)?(?:bericht|berichte|studie|studien|beitrag|mitteilung|artikel|zahlen|daten|quartalszahlen|ergebnisse|post|paper|report)\\b)`,
      `(?:${SEPARABLE_PARTICIPLES.join('|')})[\\p{L}\\p{N}_]*`,
      `(?:stellt[\\p{L}\\p{N}_]*|stellen(?!\\s+(?:sie\\s+)?(?:sich|uns|euch)\\b)(?!\\s+(?:ihre|die|seine|unsere)\\s+(?:ergebnisse|studie[\\p{L}\\p{N}_]*|forschung[\\p{L}\\p{N}_]*|pläne|zahlen|arbeit[\\p{L}\\p{N}_]*)\\b))\\s+${W}{0,7}?vor\\b`,
      // a long middle field ("stellte Alibaba Cloud, der Cloud-Arm des Konzerns, Qwen2.5-Omni vor.")
      // only when "vor" closes the clause, so that the preposition "vor" does not count
      `(?:stellt[\\p{L}\\p{N}_]*|stellen(?!\\s+(?:sie\\s+)?(?:sich|uns|euch)\\b))\\s+${W}{8,22}?vor(?=\\s*(?:[.,;:!?–]|$))`,
      // ... and so do the other separable launch verbs, each with its own particle: "Mit dem Maia 200 rollt
      // Microsoft die zweite Generation seiner KI-Chips aus"
      `(?:roll(?:t|te|en|ten)\\s+${W}{6,22}?aus|führ(?:t|te|en|ten)\\s+${W}{6,22}?ein|(?:bringt|brachte|bringen|brachten)\\s+${W}{7,22}?(?:he)?raus|(?:gibt|gab|geben|gaben)\\s+${W}{7,22}?frei)(?=\\s*(?:[.,;:!?–]|$))`,
      'präsentier[\\p{L}\\p{N}_]*',
      'lanciert[\\p{L}\\p{N}_]*',
      'launcht[\\p{L}\\p{N}_]*',
      'enthüllt[\\p{L}\\p{N}_]*',
      `gibt[\\p{L}\\p{N}_]*\\s+${W}{0,6}?frei\\b`,
      `(?:ist|sind)\\s+${W}{1,10}?(?:verfügbar|erhältlich|abrufbar)\\b`,
      // became available: "Im Mai wurde Bard für Nutzer aus 180 Ländern verfügbar"
      `(?:wurde|wurden)\\s+(?!${W}{0,10}?(?:leck|leak)\\p{L}*\\s)${W}{0,10}?(?:verfügbar|erhältlich|abrufbar)\\b`,
      `führt[\\p{L}\\p{N}_]*\\s+${W}{0,5}?ein\\b`,
      '(?:ist|sind)\\s+(?:jetzt\\s+|nun\\s+|ab sofort\\s+|offiziell\\s+)?(?:da|verfügbar|erhältlich|abrufbar)\\b',
      'verfügbar gemacht',
      // on sale, put online, orderable, landed, became available: availability told in other words
      '(?<!\\btickets?\\b[^.;!?]{0,100})(?:(?:is|are)\\s+(?:now\\s+)?on sale\\b|went on sale\\b)',
      `put\\s+(?!${W}{0,3}?(?:report|statement|filing|data|results|video)s?\\b)${W}{0,4}?online\\b|(?<!(?:wieder|bericht\\p{L}*|report|daten|zahlen)\\s+(?:\\S+\\s+){0,2})(?:online|ins netz)\\s+gestellt\\b|stell(?:t|te|ten)\\s+(?!${W}{0,6}?(?:wieder|bericht\\p{L}*|geschäftsbericht)\\b)${W}{0,6}?(?:online|ins netz)(?=\\s*(?:[.,;:!?]|$))`,
      `can\\s+now\\s+${W}{0,3}?(?:buy|download|access|use|try)\\b`,
      `(?:seit\\s+\\S+|ab sofort|nun|jetzt)\\s+können\\s+${W}{0,6}?(?:bestellen|kaufen|herunterladen|nutzen|testen)\\b`,
      `brought\\s+${W}{1,4}?to\\s+(?!(?:a|an)\\s+(?:halt|end|standstill|stop|close)\\b)(?:\\S+\\s+){0,3}?(?:bedrock|vertex(?: ai)?|azure|cloud|api|apps?|platform|marketplace|customers|developers|users)\\b`,
      '(?<!(?:fork|clone|leak|copy|copies|forks|clones|leaks)\\s)landed (?:on|in)\\s+(?:github|hugging face|huggingface|modelscope|app stores?|the app store)\\b',
      'became\\s+(?:generally\\s+|broadly\\s+|widely\\s+)?available\\b',
      `bringt\\s+${W}{0,4}?ab sofort\\b`,
      `(?:gab|gibt|geben|gaben)\\s+${W}{0,4}?startschuss\\s+(?:für|zu)\\s+(?!(?:den|die|das|dem)?\\s*(?:export|bau|ausfuhr|verkauf|gespräch|verhandlung)\\p{L}*)`,
      // the noun of a first appearance: "the debut of Kimi K2", "das Debüt von Qwen3"
      'debut(?=\\s+of\\b)|debüt(?=\\s+(?:von|des)\\b)',
      'zur verfügung gestellt',
      // "zur freien Verfügung gestellt", "(dass es ...) als Open Source zur Verfügung stellt"
      '(?<!\\b(?:nicht|kein[\\p{L}\\p{N}_]*|nicht mehr)\\s)zur\\s+(?:freien|kostenlosen|allgemeinen|öffentlichen)\\s+verfügung\\s+gestellt',
      'als\\s+open[- ]source\\s+(?:\\S+\\s+){0,2}?zur\\s+verfügung\\s+(?:stellt|stellte|stellten)\\b',
      // "kündigte die Einführung der Pangu Models 3.0 an": the announced launch is the news
      `kündig(?:t|te|ten|en)\\s+${W}{0,4}?(?:die|den)\\s+(?:offizielle\\s+)?(?:einführung|markteinführung|veröffentlichung|verfügbarkeit|marktstart)(?!\\s+(?:\\S+\\s+){0,3}?\\S*(?:abonnement|abo|preis|regel|funktion|feature|tarif|gebühr|vorschrift|richtlinie|gesetz|zoll|zölle|steuer|pflicht|grenze|limit|beschränkung|kontrolle|option|modus|programm|dienst|service)\\p{L}*(?![\\p{L}]))\\s+${W}{1,14}?an(?=\\s*(?:[.,;:!?]|$))`,
      '(?:verfügbar|erhältlich) (?:ist|sind|war|waren|wurde|wurden)\\b',
      `steh(?:t|en)\\s+(?:${W}{0,8}?|(?:[^\\s,.;:!?]+\\s+){9,12}?)(?:zur verfügung|zum download bereit|bereit)\\b`,
      `hit(?:s)?\\s+(?:the\\s+)?(?:market|shelves|stores|api|app stores?)\\b`,
      // a release told as a follow-up, an upload, opened sources or a push to users
      // "Mit X legt Google nach": the follow-up is what "mit" names
      `\\bmit\\s+(?!blick\\b)(?:\\S+\\s+){1,4}?(?:leg(?:t|te|ten|en)\\s+\\S+\\s+nach|nachgelegt)(?=\\s*(?:[.,;:!?]|$))`,
      `(?:hochgeladen|uploaded)\\s+(?:\\S+\\s+){0,3}?(?:auf|to|on)\\s+(?:hugging\\s*face|github|modelscope)\\b|(?:auf|to|on)\\s+(?:hugging\\s*face|github|modelscope)\\s+(?:\\S+\\s+){0,2}?(?:hochgeladen|uploaded)`,
      `(?:quelloffen|als open[- ]source|open[- ]source)\\s+(?:gemacht|gestellt|veröffentlicht)\\b`,
      `push(?:ed|es)\\s+${W}{0,4}?to\\s+(?:all\\s+)?(?:users|subscribers|customers|developers)\\b`,
      `(?:bring|brach)[\\p{L}\\p{N}_]*\\s+${W}{0,7}?auf den markt`,
      `(?:gibt|gab|geben|gaben)\\s+${W}{0,6}?heraus\\b`,
      `(?:bringt|brachte|bringen|brachten)\\s+${W}{0,6}?(?:he)?raus\\b`,
      '(?:he)?rausgebracht',
      'herausgegeben',
      // "OpenAI hat GPT-5 vorgelegt"; documents laid out and products submitted for approval are no launch
      `vorgelegt(?<!(?:zahlen|ergebnisse|bericht|berichte|bilanz|studie|studien|entwurf|gesetzentwurf|plan|pläne|konzept|antrag|papier|\\p{L}*genehmigung|\\p{L}*prüfung|zulassung|freigabe)\\b[^.;:!?]{0,80}vorgelegt)`,
      `stellt[\\p{L}\\p{N}_]*\\s+${W}{0,8}?zur verfügung`,
      'gestartet',
      // "startete das Unternehmen Kunlun 2": the past of the launch verb, with its product right after
      `startete(?:n)?\\s+(?=(?:(?:am|im|zum|in der)\\s+\\S+\\s+)?(?:(?:das unternehmen|der konzern|die firma|\\S+)\\s+)?(?:(?:den|das|die|seinen?|ihren?)\\s+)?\\p{L}[\\p{L}.]*[\\s-]?\\d)`,
      'rollout',
      'auf den markt gebracht',
      // the past of coming to market: "kam im Mai auf den Markt", "ist ... auf den Markt gekommen"
      `(?:kam|kamen)\\s+${W}{0,6}?(?:auf den markt|in den handel)\\b`,
      '(?:auf den markt|in den handel) gekommen',
      'markteinführung',
      'einführung(?<=mit der einführung)',
      '(?:verkaufs|markt|liefer)start',
      '(?:in|into) (?:die |a |the )?(?:öffentliche |public )?(?:vorschau|preview)',
      'arrived\\b',
      'arrives\\b',
      // "Gemma 2 came out in September": a product's appearance, not a statement ("came out against", "came out of
      // talks") nor a document about the product ("the report on the Blackwell delays came out on Monday")
      '(?<!\\b(?:news|reports?|papers?|study|studies|details|benchmarks?|results|figures|numbers|data|story|stories|leaks?|rumou?rs?|articles?|reviews?|filings?|statements?|versions?|word|specs|specifications)\\b(?:[^.;:!?]|\\.(?=\\d)){0,60})came out\\b(?!\\s+(?:against|of|on top|ahead|in (?:favou?r|support)|strongly|swinging|with|from|as|that|behind|publicly|and said|to say|firmly|early)\\b)',
      `(?:post|publish|upload|put out|open-sourc)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:weights|checkpoints?)\\b`,
      `lässt\\s+${W}{0,8}?frei\\b`,
      `rollt[\\p{L}\\p{N}_]*\\s+${W}{0,5}?aus\\b`,
      'debüt[\\p{L}\\p{N}_]*',
      `schick[\\p{L}\\p{N}_]*\\s+${W}{0,6}?ins rennen`,
      `(?:geht|ging|gingen)\\s+${W}{0,6}?an den start`,
      'an den start (?:gebracht|gegangen)',
      'erschien(?:en|ene[nmrs]?)?\\b',
      // the present told as now: "Unter dem Namen Qwen 3 erscheinen zunächst sechs Modelle", "erscheint ab sofort"
      `(?:erscheint|erscheinen)\\s+${W}{0,3}?(?:jetzt|nun|heute|ab sofort|zunächst|endlich|offiziell)(?![\\p{L}])`,
      `(?<![\\p{L}])(?:jetzt|nun|heute|ab sofort|endlich|offiziell)\\s+${W}{0,3}?(?:erscheint|erscheinen)(?![\\p{L}])`,
      `leg(?:t|te|ten)\\s+mit\\s+${W}{1,5}?nach(?=\\s*(?:[.,;:!?]|$))`,
      `stell(?:t|te|ten)\\s+${W}{0,8}?bereit(?=\\s*(?:[.,;:!?]|$))`,
      `liefer(?:t|te|ten)\\s+${W}{0,8}?aus(?=\\s*(?:[.,;:!?]|$))`,
      `feier[\\p{L}\\p{N}_]*\\s+${W}{0,4}?premiere`,
      'zeigte\\b(?!,? (?:dass|wie|sich))',
      '(?:ist|sind)\\s+(?:jetzt\\s+|nun\\s+|ab sofort\\s+|seit\\s+\\S+\\s+)?(?:online|live)\\b',
      // a subordinate clause closes with the joined separable verb: "als er Grok 3 vorstellte"
      '(?:vorstellte|herausbrachte|auslieferte|bereitstellte)n?\\b',
      'losgelassen\\b',
      // a dated launch noun, not one a future governs: "wird die Einführung von X im Oktober erfolgen"
      `(?:einführung|vorstellung|veröffentlichung|markteinführung)(?<!(?:wird|werden|soll|sollen|solle|dürfte|dürften)\\s+(?:die|der)\\s+\\p{L}+)\\s+(?:von|des|der)\\s+${W}{1,4}?(?:am|im)\\s+(?:\\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)(?![^.;!?,]{0,40}?(?<![\\p{L}])(?:erfolgen|stattfinden|geplant|vorgesehen)(?![\\p{L}]))`,
      `öffne(?:t|te|ten)\\s+${W}{0,6}?für\\s+(?:alle|die öffentlichkeit|nutzer|kunden|entwickler)`,
      'vorstellung',
      // "gab die Einführung von ERNIE 4.5 bekannt": the announced launch is the news
      `(?:gab|gibt|gaben|geben)\\s+${W}{0,6}?(?:die\\s+)?(?:einführung|veröffentlichung|markteinführung|verfügbarkeit)\\s+${W}{1,30}?bekannt(?=\\s*(?:[.,;:!?]|$))`,
      `(?:einführung|veröffentlichung|markteinführung|verfügbarkeit)\\s+(?:[^\\s.;:!?,]+\\s+){1,8}?bekannt(?:gegeben|gemacht)\\b`,
      'präsentation\\b(?=\\s+(?:von|des|der|seines|ihres|seiner|ihrer)\\b)',
      '(?:sofortigen?|allgemeinen?)\\s+verfügbarkeit\\b',
      `(?:an|für)\\s+(?:die\\s+)?(?:ersten\\s+)?kunden\\s+${W}{0,2}?(?:übergeben|ausgeliefert|geliefert)`,
      `auslieferung\\s+${W}{0,8}?(?:begonnen|gestartet|aufgenommen)`,
      'show(?:ed|s|ing)? off\\b',
      'showcas(?:ed|es|ing)\\b',
      '(?:took|takes|pulled|pulls) the wraps off',
      '(?:is|are) (?:now )?out(?:\\s+now)?(?=[.,;]|\\s+(?:now|today|for|on|in)\\b)',
      '(?:reached|reaches|hit|hits|became|becomes) general availability',
      // "announced the general availability of X": the availability is the news
      `(?:announc|declar|launch)[\\p{L}\\p{N}_]*\\s+(?:the\\s+)?general availability\\b`,
      '(?:officially|finally|now) arriv(?:es|ed)\\b',
      '(?:became|becomes|is|are) (?:now )?generally available',
      `open(?:ed|s)? up\\s+${W}{0,4}?to\\b`,
      'premier(?:ed|es)\\b',
      '(?:began|begins|begun|started|starts) (?:selling|offering|delivering|shipping)',
      '(?:went|goes) on sale',
      'put out\\b',
      'deliver(?:ed|s|ing)\\s+(?:the\\s+)?first\\b',
      'releas(?:e|ed|es|ing)\\b',
      // "officially announced its first two graphics cards; the MTT S60 ...":
      // an announced product noun, not announced plans, roadmaps, deals or that-clauses
      `announc(?:ed|es|ing)\\s+(?:its|the|a|an|two|three|four)\\s+(?:(?!(?:to|of|for|on|with|from|in|at)\\s)[^\\s.;:!?,]+\\s+){0,4}?(?:chips?|gpus?|graphics cards?|models?|processors?|accelerators?|llms?)\\b(?![\\s-]+(?:\\S+\\s+)?(?:plans?|roadmap|strategy|iteration|series plan|capacity|business|revenue|sales|deal))`,
      // "Während dieses Jahr der Startschuss für die Blackwell-GPU gefallen ist": the launch idiom
      'startschuss\\s+(?:\\S+\\s+){0,5}?(?:gefallen|fiel)\\b',
      'just dropped\\b(?!\\s+(?:\\S+\\s+){0,3}?from\\b)(?!\\s+(?:its|the|their)\\s+(?:plans?|prices?|support|ban|bid))',
      'gedroppt\\b',
      // a document is published, not a product: "a blog post published on WeChat", "der Bericht veröffentlicht"
      `publish(?<!\\b(?:post|posts|paper|papers|report|reports|study|studies|article|statement|letter|filing|note|notes|figures|results|data|bericht|berichte|studie|studien|beitrag|mitteilung|artikel|zahlen|daten)\\s+(?:${W}){0,1}?publish)(?:ed|es|ing)?\\b`,
      'became available',
      // opened to everyone, here, shipping now: "is now fully open to the general public", "Gemini 3 Is Here"
      `open(?:s|ed|ing)?\\s+${W}{0,6}?to the (?:general\\s+)?public\\b`,
      '(?:is|are) now (?:fully |widely )?open to\\b',
      '(?:announced|announces|announcing) the opening of\\b',
      '(?:is|are) (?:finally |now |officially )?here\\b(?! (?:to|in|at|for)\\b)',
      '(?:is|are) (?:now )?shipping\\b(?! (?:in|next|later|from)\\b)',
      'ships\\s+(?:alongside|today|now)\\b',
      `deploy(?:ed|s)\\s+(?:its|their|the)\\s+first\\b`,
      `mak(?:es|ing|e)\\s+${W}{0,6}?open[- ]source\\b`,
      `(?:is|are|was|were|became|become)\\s+${W}{1,4}?available\\b(?! to (?:china|chinese))`,
      // "has been available to users since August": available from a time on
      `(?:has|have|had)\\s+been\\s+${W}{0,2}?available\\s+${W}{0,4}?since\\b`,
      'launch(?:ed|es|ing)?\\b',
      'unveil(?:ed|s|ing)?\\b',
      'introduc(?:ed|es|ing)\\b',
      // a maker's own announcement in the first person: "We introduce Sarvam-1", "we're excited to present"
      "\\bwe(?:\\s+are|'re|’re)?\\s+(?:(?:excited|proud|happy|pleased|thrilled|delighted)\\s+to\\s+)?(?:introduce|present|release|launch|unveil)\\b",
      'roll(?:ed|s|ing)? out\\b',
      'rolled\\s+out',
      'debut(?:ed|s)?\\b',
      'followed (?=in |on )',
      'folgte(?:n)?\\b',
      'made available',
      // the time fronted: "Seit Dienstag ist Gemini 3 in der App verfügbar"
      `(?:seit|ab)\\s+(?:heute|sofort|gestern|jetzt|kurzem|dieser woche|\\p{L}+tag|\\p{L}+woch)\\s+(?:ist|sind)\\s+${W}{0,8}?verfügbar\\b`,
      `made\\s+${W}{1,8}?(?:generally\\s+|widely\\s+|broadly\\s+|publicly\\s+)?available\\b(?! to (?:china|chinese))`,
      'now available(?! to (?:china|chinese))',
      '(?:is|are|was|were) available(?! to (?:china|chinese))',
      'open[- ]sourc(?:ed|es|ing)\\b',
      'went live',
      'goes live',
      'began shipping',
      // "shipped the B300", not a quantity shipped ("shipped 1 million H20")
      'shipped\\b(?!\\s+(?:\\d|more|over|about|nearly|roughly|some|fewer|less|around))',
      'start(?:ed|s) shipping',
    ].join('|'),
    'u',
  ),
  plan: new RegExp(
    [
      // "is now planning on mass production to start in the first quarter"
      `plan(?:s|ning|ned)?\\s+on\\s+${W}{0,3}?(?:mass\\s+|volume\\s+)?(?:production|launch(?:ing)?|releas(?:e|ing)|ship(?:ping|ments?)|debut(?:ing)?|availability)(?![\\p{L}])`,
      `soll(?:e|en|te|ten)?\\s+${W}{0,14}?(?:${RELEASE_VERB_FORMS.join('|')})(?![\\p{L}])`,
      // production or shipments to start: "die Massenproduktion ... beginnen werde", "with shipments starting in Q3 2026"
      `(?:massenproduktion|serienproduktion|volumenproduktion|produktion|fertigung|auslieferung|auslieferungen|lieferungen|markteinführung)\\s+${W}{0,14}?(?:beginnen|starten|anlaufen|erfolgen)\\s+(?:werde|werden|wird|soll|sollen|solle|dürfte|dürften)\\b`,
      `\\bwith\\s+(?:(?:mass|volume|full|series|first)\\s+)?(?:production|shipments|deliveries)\\s+(?:starting|beginning|targeting|targeted|slated|scheduled|expected to (?:start|begin))\\s+(?:in|for|by|at|the|early|late|mid|q[1-4]|\\d)`,
      `(?:werde|werden|wird|solle|dürfte|dürften)\\s+(?:die|der)\\s+(?:massenproduktion|serienproduktion|volumenproduktion|produktion|fertigung|auslieferung|auslieferungen|lieferungen|markteinführung|einführung|veröffentlichung|vorstellung|marktstart)\\s+${W}{0,14}?(?:beginnen|starten|anlaufen|erfolgen|stattfinden)\\b`,
      // the launch noun first: "Die Einführung von Gemini 3 wird im Oktober erfolgen"
      `(?:markteinführung|einführung|veröffentlichung|vorstellung|marktstart)\\s+${W}{1,8}?(?:wird|werden|soll|sollen|solle)\\s+${W}{0,8}?(?:erfolgen|stattfinden)\\b`,
      // an intention to start: "seine Absicht, mit der Auslieferung des H200 zu beginnen"
      `mit\\s+(?:der|dem)\\s+(?:auslieferung|massenproduktion|serienproduktion|produktion|lieferung|markteinführung|verkauf|versand)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?zu\\s+(?:beginnen|starten)\\b`,
      `(?:angepeilt|anvisiert|avisiert|terminiert|angesetzt|angestrebt|in aussicht gestellt)`,
      // "anberaumt" mostly of meetings: only a launch noun set for a time (round 38's review)
      `(?:vorstellung|präsentation|markteinführung|marktstart|veröffentlichung|start)\\s+${W}{0,6}?anberaumt\\b`,
      // a window for the release (not a rocket's launch window): "the release window is late April"
      `(?:release|shipping|availability)\\s+window\\b|(?:veröffentlichungs|markteinführungs|liefer)fenster\\b`,
      // holding to a launch: "hält an der Markteinführung in diesem Jahr fest", "sticks to its launch schedule"
      `(?:hält|halten|hielt|hielten|festhalten)\\s+${W}{0,3}?an\\s+(?:der|dem|den|seiner|seinem|ihrer|ihrem)\\s+(?:\\S+\\s+)?(?:markteinführung|veröffentlichung|einführung|vorstellung|zeitplan|termin|starttermin)[\\p{L}\\p{N}_]*\\s+${W}{0,14}?fest\\b`,
      `(?:stick[\\p{L}\\p{N}_]*|stands? by|stood by|keep[\\p{L}\\p{N}_]*|kept)\\s+(?:to\\s+)?(?:its|their|the)\\s+(?:\\S+\\s+)?(?:launch|release|rollout|shipping)\\s+(?:plans?|schedule|timeline|target|date)\\b`,
      `(?:zielt|zielen|abzielt|abzielen|abzuzielen)\\s+${W}{0,14}?(?:${RELEASE_VERB_FORMS.join('|')}|zur verfügung (?:zu )?stellen)(?![\\p{L}])`,
      `(?:aim[\\p{L}\\p{N}_]*|target[\\p{L}\\p{N}_]*|poised|gearing up|(?:is|are|be|getting)\\s+(?:\\S+\\s+)?ready|announcement|on course|prepar[\\p{L}\\p{N}_]*|intend[\\p{L}\\p{N}_]*|look[\\p{L}\\p{N}_]* to|hop[\\p{L}\\p{N}_]*|seek[\\p{L}\\p{N}_]*)\\s+to\\s+(?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}`,
      // a production target in numbers: "plans to make about 600,000 of its 910C chips next year"
      `(?:plans?|aims?|expects?|intends?)\\s+to\\s+make\\s+(?:about|around|roughly|some|up to|as many as|more than|over|nearly)?\\s*\\d[\\d,.]*\\s*(?:million|thousand|k\\b)?`,
      'plant[\\p{L}\\p{N}_]*',
      'geplant[\\p{L}\\p{N}_]*(?![\\p{L}\\p{N}_])(?!\\s+(?:\\S+\\s+)?(?:export|verk[aä]uf|ausfuhr|lieferung|übernahme|investition|börsengang|fusion|treffen|gipfel|zöll|kauf|deal))',
      `(?:will|wollen|wolle|möchte|möchten)\\s+${W}{0,12}?(?:${RELEASE_VERB_FORMS.join('|')})(?![\\p{L}])`,
      // a successor planned as the replacement: "will die Gaudi-Serie durch Falcon Shores ersetzen",
      // "plans to replace the MI300 line with the MI400 next year"
      `(?:will|wollen|möchte|möchten|soll|sollen|wird|werden|plant|planen)\\s+${W}{0,10}?durch\\s+${W}{0,4}?ersetz(?:en|t)\\b`,
      `(?:will|plans? to|aims? to|intends? to|is set to|expects? to)\\s+replace\\s+${W}{0,8}?with\\b`,
      `(?:wird|werden|werde)\\s+${W}{0,12}?(?:${RELEASE_VERB_FORMS.join('|')})(?![\\p{L}])`,
      'in den startlöchern',
      // offered, sold, made available or brought to market ahead: "will make Gemini 3 available to developers",
      // "is set to offer Claude Opus 4 ... from next month", "will bring the MI350 to market", "intends to sell
      // its next TPU generation to outside customers", "announced plans to publish the weights of"
      `(?:will|would|is set to|are set to|intends? to|plans? to|aims? to|announced plans to)\\s+(?:make\\s+${W}{0,5}?available|bring\\s+${W}{0,5}?to\\s+(?:market|customers|developers|users|buyers|the public|(?:additional|more|new|other)\\s+(?:regions|markets|countries))|(?:offer|sell|publish)(?!\\s+(?:investors|analysts|shareholders|details|insights?|guidance|results|a\\s+(?:clearer|better|first|closer)\\s+(?:view|look)))|open[- ]source)\\b`,
      // a launch that keeps its date: "remains on schedule", "is on track" (not "on track to" a figure)
      '(?:remains?|is|are|stays?|still)\\s+on (?:schedule|track)\\b(?!\\s+to\\b)',
      `expects?\\s+(?!${W}{0,3}?(?:fab|fabs|plant|factory|facility|werk|line)\\b)${W}{1,3}?to\\s+(?:enter|begin|start|go into)\\s+(?:mass|volume|full|series)\\s+production\\b`,
      `set\\s+${W}{0,3}?as\\s+(?:the\\s+|its\\s+)?target(?:\\s+date)?\\b`,
      // German: expecting to provide it, announcing it for a time, bringing it to the start
      `rechne(?:t|n)?\\s+damit\\s*,\\s+${W}{0,10}?(?:zu\\s+(?:veröffentlichen|starten|liefern|präsentieren|lancieren|bringen)|bereitzustellen|herauszubringen|auszuliefern|anzubieten|einzuführen|vorzustellen)(?![\\p{L}])`,
      // the product itself announced for a time ("kündigte Grok 4 für Anfang Juli an"); an announced
      // introduction of something else ("die Einführung neuer Preise für X") is told by other patterns
      `kündig(?:t|te|ten|en)\\s+(?!(?:die|eine|den|das)\\s+(?:\\S+\\s+)?(?:einführung|markteinführung|veröffentlichung|vorstellung)\\b)${W}{1,3}?für\\s+${W}{1,8}?an(?=\\s*(?:[.,;:!?]|$))`,
      'in planung\\b',
      '(?:für|for)\\s+(?:[^\\s,.;:!?]+\\s+){0,3}?(?:angekündigt|announced)\\b(?!\\s+(?:on|that|dass|am|by|in|last|yesterday|earlier|gestern|letzte[\\p{L}\\p{N}_]*|vor)\\b)',
      `roadmap\\s+(?:to(?:ward)?s?|for|with|includes?)\\b`,
      'arriv(?:es|ing)\\s+(?:in\\s+)?20[2-4]\\d\\b',
      `stell[\\p{L}\\p{N}_]*\\s+${W}{0,10}?in aussicht`,
      `(?:peil|visier)[\\p{L}\\p{N}_]*\\s+${W}{0,10}?an\\b`,
      // the joined form that closes a subordinate clause: "während FuriosaAI die Markteinführung ... anpeilt"
      '(?:anpeil|anvisier)\\p{L}*',
      `(?:soll|sollen|wird|werden|will|wollen)\\s+${W}{0,10}?(?:zugriff|zugang)\\s+(?:auf|zu)\\s+${W}{0,5}?(?:erhalten|bekommen)`,
      `(?:startet|beginnt|läuft|starten|beginnen)\\s+${W}{0,3}?(?:serienfertigung|massenfertigung|massenproduktion|serienproduktion|volumenproduktion|auslieferung)`,
      `(?:serienfertigung|massenfertigung|massenproduktion|serienproduktion|volumenproduktion)\\s+${W}{0,6}?(?:startet|beginnt|läuft\\s+${W}{0,4}?an)\\b`,
      `ready(?:ing|ies)?\\s+${W}{0,5}?for\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+)?(?:\\S+\\s+)?(?:release|launch|debut|rollout|shipments?)`,
      `bereit[\\p{L}\\p{N}_]*\\s+${W}{0,5}?(?:veröffentlichung|markteinführung|einführung|start)[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+){0,10}?vor\\b`,
      `prepar[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:to|for)\\s+(?:the |a |an |its )?(?:(?:early|mid|late)[- ])?(?:[\\p{L}\\p{N}-]+\\s+)?(?:launch|release|debut)\\b`,
      // a launch date set, going live, a ramp ahead: "has set a March launch date for GPT-6", "will go live",
      // "expects production to ramp in March"
      `\\bset(?:s|ting)?\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:launch|release)\\s+(?:date|deadline)\\s+for\\b`,
      `\\b(?:will|to|would)\\s+go\\s+live\\b`,
      `(?<!\\b(?:hbm|memory|speicher|wafer|substrate|dram)\\s+)\\b(?:production|shipments|output|volumes?)\\s+(?:to|will|would|should)\\s+ramp\\s+(?:up\\s+)?(?:in|by|from|starting|during)\\b|\\b(?:will|to|plans? to|expects? to)\\s+ramp\\s+(?:up\\s+)?${W}{0,3}?(?:production|shipments|output)\\s+(?:in|by|from|starting|during)\\b`,
      // "Die Veröffentlichung von V4 ist für Mitte Februar angekündigt", "the launch is slated for May"
      `(?:veröffentlichung|markteinführung|einführung|marktstart|launch|release|debüt|debut|vorstellung)\\s+${W}{0,6}?(?:${LAUNCH_SET_FOR}|${LAUNCH_TIMED})`,
      // "with a launch planned for Q4 2024", "Marktstart geplant für Herbst": the reduced form
      '(?:launch|release|debut|rollout|availability|markteinführung|marktstart|veröffentlichung)\\s+(?:(?:is|was)\\s+)?(?:planned|scheduled|slated|targeted|geplant|vorgesehen|angesetzt)\\s+(?:for|für)\\b',
      // the same set off by a comma: "The Grok 5 launch, set for year-end according to xAI"
      '(?:launch|release|debut|rollout|availability),\\s+(?:set|planned|scheduled|slated|targeted|pencil+ed in)\\s+for\\b',
      // a date set for the debut, shipments expected to begin, the start of deliveries ahead (round 38)
      `\\bset(?:s|ting)?\\s+(?:a|an)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:date|deadline|target date)\\s+for\\s+(?:the|its)\\s+(?:\\S+\\s+)?(?:launch|release|debut|rollout|arrival)\\b`,
      `expects?\\s+(?![^.;!?]{0,80}?(?<![\\p{L}])(?:hbm[\\p{L}\\p{N}_]*|memory|speicher|wafers?|substrates?|dram|packaging)(?![\\p{L}]))${W}{0,3}?(?:shipments|deliveries|production|sales|availability)\\s+${W}{0,6}?to\\s+(?:begin|start|commence)\\b`,
      `(?:will|is set to|are set to|plans? to)\\s+(?:start|begin)\\s+(?:delivering|selling|offering|producing|rolling out)\\s+(?!(?:\\S+\\s+){0,2}?(?:returns|results|value|growth|gains|profits?|savings|dividends)\\b)`,
      `(?:will|is set to|are set to)\\s+be\\s+open[- ]sourced\\b`,
      // nominal: "the anticipated summer launch of GPT-5", "a target production ramp in H2 2026"
      `(?:anticipated|expected|planned|upcoming|forthcoming|targeted)\\s+${W}{0,2}?(?:launch|release|debut|rollout|roll-out|arrival)\\b`,
      '(?:production|volume|mass[- ]production) ramp\\b',
      `(?:shipments|deliveries|sales|production|volume production)\\s+(?:will\\s+|are expected to\\s+|are set to\\s+)?(?:begin|start)s?\\b`,
      'vorgesehen',
      `plan(?:s|ned|ning)? to (?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}`,
      // "plans the launch of Claude Opus 5 for early 2026": the launch noun as the plan's object
      'plan(?:s|ning)?\\s+(?:the|a|an|its|their)\\s+(?:\\S+\\s+)?(?:launch|release|rollout|roll-out|debut|introduction|unveiling)\\b(?!\\s+(?:events?|party|parties|notes)\\b)(?!\\s+of\\s+(?:\\S+\\s+){0,2}?(?:rules?|regulations?|guidance|guidelines|reports?|results|figures|data|details|restrictions|earnings)\\b)',
      // "disclosed plans for two variants of its successor, the X, to debut next year"
      `plans? for\\s+${W}{1,10}?to ${RELEASE_VERBS_EN}`,
      `(?:expect[\\p{L}\\p{N}_]*|anticipat[\\p{L}\\p{N}_]*) to (?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}`,
      'expected(?<!(?:than |als )expected) (?:in|by|later|early|next|this|before|around)\\b',
      'slated (?:for|to)',
      // "expected to land by mid-2025", "will land in the fourth quarter": a product's arrival ahead
      `(?:expected|set|due|scheduled|poised|likely|going)\\s+to\\s+land\\b|(?:will|should|would)\\s+land\\s+(?:in|by|before|during|early|late|mid|next|later|this)\\b`,
      // the passive with a time: "the Ascend 950PR is planned for Q1 2026", "are planned for early 2027"
      `(?<=\\b(?:is|are|was|were|been)\\s+(?:now\\s+|currently\\s+|still\\s+)?)planned\\s+for\\s+(?:the\\s+)?(?:(?:end|beginning|start|middle)\\s+of\\s+(?:the\\s+)?)?(?:(?:next|this)\\s+(?:year|quarter|month)\\b|(?:next\\s+|this\\s+)?${FUTURE_TIME})`,
      '(?:projected|penciled|pencilled|tipped) (?:for|to arrive)\\b',
      'arriving\\s+(?:in|by|next|later|early|late)\\b',
      // a named product's output ("double production of the Ascend 910C", "triple its 910C output"), not the
      // industry's ("plan to triple AI chip production next year")
      `(?:boost|increase|raise|ramp up|expand|double|triple)(?:s|ing)?\\s+(?!(?:(?:ai|chip|chips|gpu|gpus|semiconductor|domestic|its|their|the|overall|total|global)\\s+)*(?:output|production|shipments|capacity)\\b(?!\\s+(?:of|for)\\s+(?!(?:(?:ai|ki|the|its|their|advanced|domestic|high-end)\\s+)*(?:chips|gpus|semiconductors|accelerators|processors)\\b)))${W}{0,4}?(?:output|production|shipments|capacity)\\b`,
      `(?:anticipat[\\p{L}\\p{N}_]*|expects?|expecting)\\s+(?:a|the|its)\\s+(?:release|launch|debut|rollout)`,
      `(?:planned|scheduled|slated|set|due|targeted|expected)\\s+for\\s+${W}{0,3}?(?:release|launch|debut|rollout|availability)\\b`,
      `(?:will|would|plans? to|expects? to|aims? to)\\s+(?:start|begin)\\s+${W}{0,2}?(?:shipping|selling|shipments|deliveries|sales|production|offering|(?:mass[- ])?producing|manufacturing|rolling out|roll(?:ing)?-out)\\b`,
      // entering production, sampling to customers, a product in customers' hands: plans by their milestones
      `(?:will|would|should|is expected to|are expected to|is set to|are set to|plans? to|aims? to|expects? to)\\s+(?:enter|go into|move into|begin|start)\\s+(?:(?:mass|volume|full|series|high-volume)\\s+)?production\\b`,
      `(?:will|would|should|is expected to|is set to|plans? to|aims? to|expects? to)\\s+(?:start|begin)\\s+sampling\\b`,
      `(?:bemusterung|muster)\\s+${W}{0,6}?(?:beginnen|starten)\\s+(?:werde|werden|wird|soll|sollen|solle)\\b`,
      `in\\s+(?:the\\s+)?(?:customers?|developers?|users?|clients?)['’]?\\s+hands\\s+(?:by|in|before|early|late|next)\\b`,
      `auf\\s+(?:der|dem)\\s+(?:roadmap|fahrplan)\\s+(?:steht|stehen)\\b`,
      'scheduled (?:for|to)',
      `(?:set|due|going|scheduled|slated) to ${RELEASE_VERBS_EN}`,
      // a German subordinate clause puts the modal last: "dass Meta Llama 3 präsentieren will",
      // "die im Laufe des Jahres auf den Markt kommen sollen"
      `(?:${RELEASE_INFINITIVES.join('|')})(?![\\p{L}])\\s+(?:soll|sollen|will|wollen|wird|werden|möchte|möchten)\\b`,
      // the same in the passive: "dass der Chip im Herbst ausgeliefert werden soll"
      `(?:${[...SEPARABLE_PARTICIPLES, ...RELEASE_PARTICIPLES].join('|')})\\s+werden\\s+(?:soll|sollen|solle)\\b`,
      // German present for the future and English present with a future time: "erscheint im Herbst",
      // "kommt Anfang 2027 auf den Markt", "launches next month" (a plan needs a time in the sentence)
      'erscheint\\b',
      `(?:kommt|kommen)\\s+${W}{0,6}?(?:auf den markt|in den handel|im|in|ab|anfang|mitte|ende|noch|bis|frühestens|spätestens|20[2-4]\\d)\\b`,
      // "launches next month", "launches Grok 3 tomorrow", "goes live Monday at 8 p.m."
      `(?:(?:launch|releas|ship|debut|arriv|unveil)e?s|goes live)\\s+(?!(?:its\\s+|the\\s+)?(?:quarterly\\s+|annual\\s+|financial\\s+)?(?:results|earnings|figures|numbers|report|data|statement)\\b)${W}{0,4}?(?:next|later|tomorrow|in (?:the )?(?:coming|next)|this (?:fall|autumn|spring|summer|winter|year|quarter|${WEEKDAY_EN})|(?:${WEEKDAY_EN})\\s+at\\s+\\d)\\b`,
      // "veröffentlicht R2 morgen", "startet den Dienst nächste Woche" (an object between: "Die App startet morgen" tells of no product)
      `(?:veröffentlicht|startet)\\s+(?!(?:seine\\s+|ihre\\s+|die\\s+)?(?:zahlen|quartalszahlen|ergebnisse|bilanz)\\b)${W}{1,4}?(?:morgen|übermorgen|nächste woche|kommende woche|in den kommenden (?:tagen|wochen))(?![\\p{L}])`,
      // the present with a stated time ahead: "Rubin launches in 2026", "ships in Q3", "goes into production
      // in 2026", "startet 2026", "geht Ende 2026 in Produktion" (the time inside the cue, not just anywhere)
      // a plural subject takes the bare form: "the MI400 accelerators launch in the second half of 2026"
      `(?:(?:launch|releas|ship|debut|arriv|follow)e?s|(?<![\\p{L}\\p{N}])(?<!\\b(?:the|a|an|its|their|this|that|our|his|her)\\s)(?:launch|release|ship|debut|arrive)|(?:goes|go|moves|move) into (?:mass |volume |full |series )?production|enters? (?:mass |volume |full |series )?production)\\s+(?:in|by|from|during)\\s+(?:the\\s+)?${FUTURE_TIME}`,
      `(?:startet|starten|geht|gehen)\\s+(?:\\S+\\s+){0,3}?${FUTURE_TIME_DE}(?:\\s+${W}{0,3}?(?:in (?:die )?(?:serien|massen|volumen)?produktion|an den start|in serie))?(?![\\p{L}])`,
      '(?:is|are) coming (?:to|in|later|next|this)\\b',
      // "which will go online within a few weeks", "soll im Mai online gehen"
      `(?:will|wird|werden|soll|sollen)\\s+${W}{0,6}?(?:go online|go live|online gehen|live gehen)\\b`,
      // a successor told by its place in line with a time: "with Bodhi 2 following in 2028", "followed by
      // the AI250 in 2027", "gefolgt vom MI355X in der zweiten Jahreshälfte"
      `following\\s+(?:in|by|during|from)\\s+(?:the\\s+)?${FUTURE_TIME}`,
      // a production ramp ahead: "will ramp in the second half", "werde im zweiten Halbjahr hochgefahren"
      `(?<!(?:sales|revenue|revenues|demand|spending|growth|margins?|orders|earnings)\\s+)(?:will|would|is set to|are set to|is expected to|are expected to)\\s+ramp\\s+(?:up\\s+)?(?:in|by|during|from|next|later|early|late)\\b`,
      `(?:wird|werde|werden|soll|solle|sollen)\\s+${W}{0,8}?hochgefahren\\b`,
      // "intends to follow up with the Ascend 960 in late 2027"
      `(?:will|to)\\s+follow\\s+(?:up\\s+)?with\\s+${W}{1,5}?(?:in|by|during)\\s+(?:the\\s+)?${FUTURE_TIME}`,
      `followed\\s+by\\s+${W}{1,6}?(?:in|by|during|from)\\s+(?:the\\s+)?${FUTURE_TIME}`,
      `gefolgt\\s+(?:von|vom)\\s+${W}{1,6}?(?:${FUTURE_TIME_DE}|(?:in|im)\\s+(?:der|dem)\\s+(?:ersten|zweiten)\\s+(?:jahreshälfte|hälfte))`,
      // "the MI400, coming in 2026", "Trainium3 coming in late 2025": a reduced clause with a time
      'coming\\s+(?:in|by|later|early|late|next|this)\\s+(?:the\\s+|this\\s+|next\\s+)?(?:20[2-4]\\d|early|late|mid|q[1-4]|first|second|third|fourth|fall|autumn|spring|summer|winter|year|quarter|month|jan[\\p{L}\\p{N}_]*|feb[\\p{L}\\p{N}_]*|march|april|june|july|aug[\\p{L}\\p{N}_]*|sep[\\p{L}\\p{N}_]*|oct[\\p{L}\\p{N}_]*|nov[\\p{L}\\p{N}_]*|dec[\\p{L}\\p{N}_]*)\\b',
      `should\\s+(?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}`,
      // a launch as the second of two planned steps: "will begin training in a few weeks and launch before 2025 ends"
      `(?:will|would)\\s+${W}{1,8}?(?:and|und)\\s+(?:then\\s+)?(?:launch|release|debut|ship|arrive|roll out)\\b(?=\\s+(?:it|them|the|its|their|in|on|by|before|after|next|this|later|soon|early|late|within)\\b|\\s*[.,;]|$)`,
      `(?:will|would)\\s+${W}{0,2}?(?:be\\s+)?(?:launch|release|debut|ship|unveil|arrive|roll out|follow|released|launched|available|unveiled|shipped|introduced|(?:mass[- ])?produced|manufactured)\\b`,
      'on track (?:for|to)',
      // a headline's infinitive: "To be 'widely available' in Q3"
      `\\bto be\\s+['"]?(?:widely\\s+|generally\\s+|broadly\\s+|publicly\\s+)?available`,
      'due (?:out|for release|to be released)',
      `target(?:s|ed|ing)?\\s+${W}{0,4}?(?:release|launch|debut|rollout|shipments?|deployment|availability|production)\\b`,
      // "kündigte an, den Ascend 950PR im ersten Quartal auf den Markt zu bringen"
      '(?:auf den markt|in den handel) zu bringen',
      // not what a government lets a maker do: "würden Nvidia erlauben, seine H200-Chips ... zu liefern"
      `zu\\s+(?:veröffentlichen|starten|liefern|auszuliefern|präsentieren|lancieren)\\b(?<!(?<![\\p{L}])(?:erlaub(?:t|en|te|ten)|gestatte(?:t|n|te|ten)?|genehmig(?:t|en|te|ten)|erlaubnis)(?![\\p{L}])[^.;!?]{0,150})`,
      // "auf einem guten Weg, um im kommenden Jahr zu erscheinen": only after a word of plan or course, since a
      // purpose clause of a past launch ("um rechtzeitig zu erscheinen, hatte Meta ... veröffentlicht") is none
      '(?:weg|kurs|plan[\\p{L}\\p{N}_]*|beabsichtig[\\p{L}\\p{N}_]*|vorhab[\\p{L}\\p{N}_]*|bereit[\\p{L}\\p{N}_]*|ziel[\\p{L}\\p{N}_]*)\\b[^.;!?]{0,60}?\\b(?:zu (?:erscheinen|debütieren)|(?:auf den markt|in den handel) zu kommen)\\b',
      // a subordinate clause with availability ahead: "die voraussichtlich 2025 erhältlich sein wird"
      '(?:verfügbar|erhältlich|lieferbar)\\s+sein\\s+(?:wird|werden|werde|soll|sollen|solle|dürfte|dürften)\\b',
      // "kündigt die bevorstehende Einführung seines Mach-1 an", "plane die Einführung im Laufe des Jahres"
      `(?:bevorstehend|anstehend|geplant|erwartet)[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+)?(?:markteinführung|einführung|veröffentlichung|vorstellung|auslieferung|marktstart)\\b`,
      `plan(?:e|en)\\s+(?:\\S+\\s+){0,3}?(?:die|den|eine|einen)\\s+(?:\\S+\\s+)?(?:markteinführung|einführung|veröffentlichung|vorstellung|auslieferung|marktstart)\\b`,
      // the idioms of a target date, by family: due, penciled in, on the roadmap, teased for later
      '\\bdue\\s+(?!in part\\b)(?:in|by|before|early|late|mid|next|this|around|out)\\b',
      `(?:hop|aim|plan|intend|expect|want|look|prepar)[\\p{L}\\p{N}_]*\\s+to\\s+bring\\s+${W}{0,4}?to\\s+(?:the\\s+)?market`,
      // an in-house chip put into service: "aims to bring the Maia 200 to its data centres in 2026"
      `(?:hop|aim|plan|intend|expect|want|look|prepar)[\\p{L}\\p{N}_]*\\s+to\\s+(?:bring|deploy|put)\\s+${W}{0,4}?(?:to|in|into)\\s+(?:its|their)\\s+(?:own\\s+)?(?:data\\s*cent(?:re|er)s|cloud)\\b`,
      `(?:will|wollen|soll|sollen|wird|werden)\\s+${W}{0,10}?in\\s+(?:seine|ihre)\\s+(?:eigenen\\s+)?(?:rechenzentren|cloud)\\s+(?:bringen|holen|einbauen)\\b`,
      // milestones of a launch ahead: "should be out by the end of the year", "has scheduled the launch of X for
      // March", "liegt im Plan für die Serienfertigung", "soll im dritten Quartal in den Versand gehen"
      `(?:should|will|would)\\s+be\\s+out\\s+(?:by|in|before|next|this|early|late|around|later)\\b`,
      `schedul(?:e|es|ed|ing)\\s+(?:the|its|their)\\s+(?:\\S+\\s+)?(?:launch|release|debut|rollout|roll-out)\\b`,
      `(?:liegt|liegen)\\s+${W}{0,4}?(?:im (?:zeit)?plan|auf kurs)\\s+(?:für|,\\s*um)\\b`,
      `(?:soll|sollen|wird|werden)\\s+${W}{0,8}?in\\s+(?:den\\s+|die\\s+)?(?:versand|verkauf|handel|(?:serien|massen|volumen)?produktion|serienfertigung|massenfertigung)\\s+gehen\\b`,
      `(?:geht|gehen)\\s+${W}{0,6}?${FUTURE_TIME_DE}\\s+in\\s+(?:die\\s+)?(?:serien|massen|volumen)?(?:produktion|fertigung)\\b`,
      `(?:will|wollen|soll|sollen|wird|werden)\\s+${W}{0,8}?${FUTURE_TIME_DE}(?:\\s+20[2-4]\\d)?\\s+(?:verkaufen|ausliefern|anbieten|liefern)\\b`,
      `(?:will|would|is set to|are set to|is expected to|are expected to)\\s+${W}{0,2}?go on sale`,
      `(?:getting|gets|get)\\s+ready\\s+to\\s+(?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}`,
      'pencil+ed in',
      // a launch in view: "eyes a 2026 launch", "set its sights on a December release", "Der Zeitplan sieht den
      // Start ... vor", "nimmt einen Start im Dezember ins Visier"
      `eye(?:s|d|ing)?\\s+(?:a|an|the|its)\\s+${W}{0,2}?(?:launch|release|debut|rollout|roll-out)\\b`,
      `set(?:s|ting)?\\s+(?:its|their|his|her)\\s+sights\\s+on\\s+(?:a|an|the)\\s+${W}{0,2}?(?:launch|release|debut|rollout)\\b`,
      `(?:zeitplan|roadmap|fahrplan|planung)[\\p{L}\\p{N}_]*\\s+(?:sieht|sah)\\s+${W}{0,10}?vor\\b`,
      `(?:start|marktstart|veröffentlichung|markteinführung|einführung)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?ins visier\\b`,
      // "im vierten Quartal wird es den MI325X geben": a product that there will be
      `(?:wird|werden|soll|sollen)\\s+es\\s+${W}{0,8}?geben\\b`,
      `aim(?:s|ed|ing)?\\s+for\\s+(?:a\\s+|an\\s+|its\\s+)?(?:\\S+\\s+)?(?:shipping|shipments?|launch|release|debut|availability|rollout)\\b`,
      'earmarked for',
      `roadmap\\s+(?:lists|shows|puts|places|has|calls for|sees)\\b`,
      `on\\s+(?:the|its|their)\\s+roadmap\\s+for\\b`,
      `(?:steht|stehen)\\s+${W}{0,4}?auf\\s+(?:der|dem)\\s+(?:roadmap|fahrplan|agenda)`,
      `(?:production|shipments|deliveries|sales|availability)\\s+of\\s+${W}{1,5}?(?:will|is expected to|are expected to|is set to|are set to|should|is slated to)\\s+(?:begin|start|ramp)`,
      `(?:teas|promis|preview)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?for\\s+(?:later|next|early|late|mid|the (?:first|second|third|fourth|coming)|20[2-4]\\d)`,
      `(?:beabsichtig|vorhab)[\\p{L}\\p{N}_]*`,
      `(?:startet|starten|debütiert|debütieren)\\s+${W}{0,6}?(?:im|ab|anfang|mitte|ende|20[2-4]\\d)\\b`,
      `\\bhat\\s+${W}{0,6}?vor,?\\s+${W}{0,8}?zu\\s+\\p{L}+`,
      // "einzuführen", "vorzustellen"; "einzustellen" (to discontinue) and "auszustellen" are not launches
      `(?:(?:ein|heraus|vor|aus|an)zu(?:führen|bringen|rollen|bieten|liefern)|(?:vor|bereit)zustellen)\\b`,
      `(?:wird|werden)\\s+${W}{0,8}?erwartet\\b`,
      `(?:folgt|folgen)(?!\\s+(?:auf|nach|aus)\\b)\\s+${W}{0,3}?(?:im|in|ab|anfang|mitte|ende|noch|20[2-4]\\d)\\b`,
      `für\\s+(?:das\\s+|den\\s+|die\\s+)?(?:kommende|nächste|erste|zweite|dritte|vierte)[\\p{L}\\p{N}_]*\\s+(?:jahr|quartal|jahreshälfte|halbjahr)[\\p{L}\\p{N}_]*\\s+an\\b`,
      `(?:marktstart|verkaufsstart|lieferstart|start)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:für|im|ab)\\s+${W}{0,4}?vor\\b`,
      `(?:20[2-4]\\d|quartal|jahr|herbst|frühjahr|sommer|winter)[\\p{L}\\p{N}_]*\\s+(?:auf den markt\\s+)?(?:kommt|kommen|erscheint|erscheinen|startet|starten)(?=\\s*(?:[.,;:!?]|$))`,
      // a fronted year in a main clause: "2027 kommt Rubin Ultra", "Ende 2026 folgt der Ascend 960"
      `(?:^|[:;]\\s+)(?:(?:im jahr|anfang|mitte|ende|ab)\\s+)?20[2-4]\\d\\s+(?:kommt|kommen|erscheint|erscheinen|folgt|folgen|startet|starten)\\s+(?!es\\b|zu\\b)`,
      // "Für 2027 kann man Rubin Ultra erwarten", "Rubin can be expected in 2027"
      `(?:für|ab|in|im jahr)\\s+20[2-4]\\d\\s+(?:kann|können|darf|dürfen)\\s+man\\s+${W}{0,6}?erwarten\\b`,
      `(?:can|may)\\s+be\\s+expected\\s+(?:in|by|from|early|late|next)\\b(?=[^.;!?]{0,30}\\b(?:20[2-4]\\d|year|quarter)\\b)`,
    ].join('|'),
    'u',
  ),
  delay: new RegExp(
    [
      // a target told as past and gone (checked against the publication in delay.ts): "Grok 5 was supposed
      // to arrive in Q1 2026" written in May 2026, "sollte eigentlich im März erscheinen"
      `(?:was|were|had been)\\s+(?:${TARGET_WORDS})\\s+to\\s+(?:arrive|launch|ship|debut|come out|hit the market|be (?:released|launched|out|available|shipped))\\s+(?:in|by|on|at|during|before)\\s`,
      `(?:sollte|sollten)\\s+(?:eigentlich\\s+|ursprünglich\\s+)?(?:schon\\s+|bereits\\s+)?(?:im|in|am|bis|anfang|mitte|ende)\\s+${W}{1,4}?(?:erscheinen|kommen|starten|auf den markt kommen|veröffentlicht werden|ausgeliefert werden)(?![\\p{L}])`,
      // a window named as missed by a modal perfect: "should have launched in April", "was supposed to have
      // shipped by June", "hätte eigentlich im Frühjahr kommen sollen", "hätte längst erscheinen müssen"
      `(?:should|was supposed to|were supposed to|was meant to|were meant to|was due to|were due to)\\s+have\\s+(?:been\\s+)?(?:launched|released|shipped|arrived|debuted|come out|hit the market|delivered|available|out)\\s+${W}{0,3}?(?:in|by|on|at|during|before|last|months ago|weeks ago)\\b(?![^.;!?]{0,80}?\\b(?:rather than|instead of|when it did)\\b)`,
      `(?<![\\p{L}])(?:hätte|hätten)\\s+${W}{0,8}?(?:erscheinen|kommen|starten|auf den markt kommen|veröffentlicht werden|ausgeliefert werden|vorgestellt werden|ausliefern|veröffentlichen|herausbringen|auf den markt bringen)\\s+(?:sollen|müssen)(?![\\p{L}])`,
      // a target said as gone and the launch not made: "originally due in May, has yet to be released"
      `(?:originally|initially|previously|once)\\s+(?:${TARGET_WORDS}|promised|expected|announced|pencil(?:l)?ed in)\\s+[^.;!?]{0,80}?\\b(?:has|have|had)\\s+(?:still\\s+)?yet\\s+to\\s+(?:be\\s+)?(?:released|launched|shipped|delivered|made available|arrive|launch|release|appear|debut|materiali[sz]e)\\b`,
      // a window that closed without the launch: "That window closed without a launch", "the deadline passed without a release"
      `(?:window|deadline|target|date|frist|termin)\\s+(?:closed|passed|came and went|lapsed|verstrich|ist verstrichen|verging)\\s+(?:without|ohne)\\s+(?:a\\s+|an\\s+|eine?n?\\s+)?(?:launch|release|veröffentlichung|marktstart|start)\\b`,
      // a target missed and replaced: "was supposed to begin shipments by year-end, but ...", "Statt der
      // geplanten Markteinführung in diesem Jahr ...", "instead of the planned launch"
      `(?:was|were|had been)\\s+supposed\\s+to\\s+(?:begin|start|launch|ship|release|arrive|debut|come|hit|enter|go|be (?:released|launched|available|shipped|out|ready))\\s+${W}{0,14}?(?:but|yet)\\s`,
      `(?:statt|anstelle|anstatt)\\s+(?:der|des|dem)\\s+(?:ursprünglich\\s+)?(?:geplanten|vorgesehenen|angekündigten|avisierten)\\s+(?:markteinführung|einführung|veröffentlichung|auslieferung|vorstellung|start|marktstart|premiere|launch)`,
      `instead\\s+of\\s+the\\s+(?:originally\\s+)?(?:planned|scheduled|announced|promised)\\s+(?:launch|release|debut|rollout|shipments?)`,
      'verschob[\\p{L}\\p{N}_]*',
      // not the idiom "verschiebt die Torpfosten" (moves the goalposts)
      'verschieb[\\p{L}\\p{N}_]*(?![\\p{L}\\p{N}_])(?!\\s+(?:\\S+\\s+){0,5}?torpfosten)',
      '(?<!torpfosten\\s+(?:\\S+\\s+){0,2})verschoben',
      'verzöger[\\p{L}\\p{N}_]*',
      'verspät[\\p{L}\\p{N}_]*',
      'auf eis gelegt',
      `leg[\\p{L}\\p{N}_]*\\s+${W}{0,6}?auf eis\\b`,
      `lässt\\s+${W}{0,3}?auf sich warten`,
      // "später als geplant", "später veröffentlichen als geplant"
      `später\\s+${W}{0,3}?als\\s+(?:ursprünglich\\s+)?(?:geplant|erwartet|angekündigt|vorgesehen|gedacht|versprochen)`,
      'nicht rechtzeitig',
      `hink[\\p{L}\\p{N}_]*\\s+${W}{0,6}?hinterher`,
      `länger\\s+auf\\s+${W}{0,5}?warten`,
      `push(?:ed|es|ing)?\\s+(?:the\\s+|its\\s+)?(?:debut|launch|release|rollout|roll-out|start|introduction|arrival|availability|shipments?)\\b`,
      // "will push the Rubin launch into next year": the product named between article and noun
      `push(?:ed|es|ing)?\\s+(?:the|its|their|\\S+['’]s?)\\s+${W}{1,3}?(?:debut|launch|release|rollout|roll-out|introduction|arrival|shipments?)\\s+(?:in)?to\\s+(?:\\d{4}|next|the next|the following|the (?:first|second|third|fourth) (?:quarter|half)|(?:early|mid|late)[- ]\\d{4}|(?:the\\s+)?(?:spring|summer|fall|autumn|winter)|january|february|march|april|may|june|july|august|september|october|november|december)\\b`,
      // the idioms of slowing and slipping, by family: "bremsen den Chip aus", "rutscht ins nächste Jahr",
      // "den Termin verpasst", "is late", "setbacks have held up", "the rollout has slowed", "wait longer for"
      // the slowed thing is the product, not the company's expansion, growth or demand
      `\\p{L}*(?:probleme|schwierigkeiten|engpässe|mängel|fehler|pannen|sanktionen|exportkontrollen|auflagen)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?brems[\\p{L}\\p{N}_]*\\s+(?!${W}{0,3}?(?:\\p{L}*(?:expansion|wachstum|nachfrage|geschäft|umsatz|absatz|konkurrenz|aktie)[\\p{L}\\p{N}_]*)\\b)${W}{0,5}?aus\\b`,
      `(?:wird|werden|wurde|wurden|worden)\\s+${W}{0,4}?ausgebremst\\b`,
      `rutsch(?:t|te|ten|en)\\s+(?:${W}{0,3}?)(?:ins|in das|in den|aufs|auf das|auf den)\\s+(?:\\d{4}|(?:nächste|kommende|folgende)[\\p{L}\\p{N}_]*\\s+(?:jahr|quartal|halbjahr)|jahr|frühjahr|sommer|herbst|winter|quartal)`,
      `(?:termin|zeitplan|starttermin|zieltermin|frist|deadline)\\s+(?!${W}{0,6}?(?:nicht|nie|keine?n?)\\s+verpasst)${W}{0,6}?verpasst\\b`,
      `(?:is|are|was|were|will be|would be)\\s+(?:(?:months|weeks|already|again|running)\\s+)?late(?=\\s*(?:[.,;:!?]|$)|\\s+(?:again|to arrive)\\b)`,
      `(?:setbacks?|problems?|issues?|shortages?|delays?|bugs?|flaws?)\\s+${W}{0,3}?(?:has|have|had)\\s+held up\\b|hold(?:s|ing)?\\s+up\\s+(?:the\\s+|its\\s+)?${W}{0,2}?(?:launch|release|rollout|roll-out|debut)\\b`,
      `(?:rollout|roll-out|launch|release|debut)\\s+${W}{0,4}?(?:has|have|had)\\s+slowed\\b`,
      `(?:have|has|had|will have|must|need)\\s+to\\s+wait\\s+(?:even\\s+|a bit\\s+|a little\\s+)?longer\\s+for\\b`,
      'running behind',
      `(?:been|was|were|is|are|got)\\s+held up\\b`,
      'unlikely to (?:arrive|launch|ship|be released|be available|come out|begin|start) (?:before|until)\\b',
      'not (?:be )?ready (?:in time|on time)',
      "(?:isn't|wasn't|aren't|weren't|is not|was not|are not|were not)\\s+(?:yet\\s+ready|ready\\s+yet)|noch nicht (?:fertig|bereit)",
      'slip(?:s|ped|ping)?\\s+(?:in)?to\\b',
      'not (?:expected|due|slated|likely) (?:\\S+ )?until\\b',
      'pushed (?:to|into)\\b',
      // the product between verb and target: "pushed GPT-5 to September", "pushing the features toward iOS 27"
      `push(?:ed|es|ing)\\s+${W}{1,4}?(?:to|into|toward|towards|until)\\s+(?:(?:early|mid|late|the|a)\\s+)?(?:next|later|following|\\d{4}\\b|q[1-4]\\b|h[12]\\b|(?:first|second|third|fourth)\\s+(?:quarter|half)|(?:${MONTH_NAME_PATTERN.toLowerCase()})(?![\\p{L}])|spring|summer|fall|autumn|winter|ios\\s+\\d)`,
      'hinter dem zeitplan',
      // behind its own timetable, trailing it: "liegt hinter dem eigenen Zeitplan zurück", "trails its original timetable"
      `hinter\\s+(?:dem|seinem|ihrem)\\s+(?:\\S+\\s+)?(?:zeitplan|fahrplan|terminplan)`,
      `(?:behind|trail(?:s|ed|ing)?)\\s+(?:its|the|their)\\s+(?:own\\s+|original\\s+|initial\\s+|internal\\s+)?(?:schedule|timetable|timeline|roadmap)`,
      // a date promised and not kept: "den ... Liefertermin konnte Huawei nicht halten", "verfehlt das Startfenster"
      `(?:liefer|start|veröffentlichungs)termin\\s+${W}{0,6}?nicht\\s+(?:halten|einhalten|gehalten|eingehalten)\\b(?!\\s+(?:können|könne|werde|wird|würde|dürfte))`,
      `(?:verfehl|verpass)[\\p{L}\\p{N}_]*\\s+(?!${W}{0,3}?(?:nicht|nie)\\b)${W}{0,4}?(?:start|liefer|veröffentlichungs)(?:fenster|termin)\\b`,
      // delivery in arrears, customers put off: "räumt Lieferverzug ein", "vertröstet die Nutzer auf den Herbst"
      '(?:liefer|auslieferungs)verzug[\\p{L}\\p{N}_]*(?![^.;!?,]{0,40}?\\b(?:gibt|gebe|gab)\\s+es\\s+(?:nicht|keine?n?)\\b)',
      `vertröst[\\p{L}\\p{N}_]*\\s+${W}{0,6}?auf\\s+(?:den|die|das|\\d|nächste|kommende|später|einen)`,
      // dragging on into a later time: "zieht sich bis ins kommende Jahr hin"
      `(?:zieht|ziehen|zog|zogen)\\s+sich\\s+${W}{0,8}?(?:bis\\s+)?(?:ins|in den|in das|in die)\\s+${W}{0,3}?hin(?![\\p{L}])`,
      // pushed out: "wurde um mehrere Wochen hinausgeschoben", "schiebt den Start hinaus"
      '(?:hinaus(?:zu)?(?:ge)?schob[\\p{L}\\p{N}_]*|hinausgeschoben|hinaus(?:zu)?schieb[\\p{L}\\p{N}_]*)',
      `(?:schiebt|schieben|schob|schoben)\\s+(?!${W}{0,8}?(?:nicht|nie|kein\\p{L}*)\\s)${W}{1,8}?hinaus(?![\\p{L}])`,
      // a slower start than expected, more time taken than announced
      `(?:läuft|laufen|lief|liefen)\\s+${W}{0,3}?(?:langsamer|zäher|schleppender|holpriger)\\s+an\\s+als\\s+(?:erwartet|geplant|angekündigt|erhofft|vorgesehen)`,
      `(?:lässt|lassen|ließ|ließen)\\s+sich\\s+${W}{0,8}?(?:mehr|länger)\\s+zeit\\s+als\\s+(?:geplant|angekündigt|erwartet|vorgesehen|versprochen)`,
      // trouble with the delivery: "bei der Auslieferung des Chips hakt es"
      `(?:auslieferung|lieferung|markteinführung|marktstart|produktion|fertigung)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?hakt(?:e)?\\s+es\\b(?!\\s+(?:nicht|nie|kaum|keineswegs)\\b)`,
      'ins stocken',
      'stockt[\\p{L}\\p{N}_]*',
      'aufgeschoben',
      `(?:brems|verlangsam)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:den |die |das )?(?:marktstart|start|veröffentlichung|markteinführung|einführung|auslieferung|produktion)[\\p{L}\\p{N}_]*`,
      `(?:jedoch|aber|bislang|bisher)\\s+(?:immer\\s+)?noch\\s+nicht\\s+${W}{0,2}?(?:erschienen|veröffentlicht|verfügbar|ausgeliefert|herausgebracht|auf den markt gekommen)`,
      `(?:steht|stehen)\\s+${W}{0,3}?(?:weiterhin|noch|immer noch|nach wie vor)\\s+aus\\b`,
      // shipments that stay blocked: "Die Auslieferungen blieben jedoch ... blockiert", "shipments remained frozen"
      `(?:auslieferung|lieferung|shipment|deliver)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:blieben|blieb|bleiben|bleibt|remain(?:s|ed)?|stay(?:s|ed)?)\\s+${W}{0,8}?(?:blockiert|gestoppt|ausgesetzt|eingefroren|blocked|frozen|stuck|on hold|held up)(?![\\p{L}])`,
      'delay(?:s|ed|ing)?\\b',
      'postpon[\\p{L}\\p{N}_]*',
      'push(?:ed|es|ing)?\\s+(?:\\S+\\s+){0,6}?back\\b',
      'stall(?:s|ed|ing)?\\b',
      'behind schedule',
      // "released the new Siri a year late", "shipped two quarters late"
      '(?:a|one|two|three|four|five|six|several|many|\\d+)\\s+(?:days?|weeks?|months?|quarters?|years?)\\s+late\\b',
      // a window or a debut not made: "would not arrive in the window it had promised", "did not make its May debut",
      // "blew through its deadline", "kicked the launch down the road", "is now two months overdue"
      `(?:won['’]t|will not|wouldn['’]t|would not|didn['’]t|did not)\\s+(?:arrive|launch|ship|land|debut|come out|be (?:released|out|available|ready))\\s+(?:in|within|by|on)\\s+(?:(?:its|their)\\s+(?:\\S+\\s+)?(?:window|timeframe|time frame|deadline|date|schedule)\\b|the\\s+(?:window|timeframe|time frame|date|deadline)\\s+(?:it|they|the company|\\S+)\\s+(?:had\\s+|has\\s+)?(?:promised|planned|announced|set|targeted|given)\\b)`,
      `(?:didn['’]t|did not|failed to|won['’]t|will not|couldn['’]t|could not)\\s+make\\s+(?:its|their)\\s+(?:\\S+\\s+){0,2}?(?:debut|launch|release date|launch date|deadline|window)\\b(?!\\s+(?:in|on|at|among|for|notes)\\b)`,
      `(?:blew|blown|blows|blowing)\\s+(?:through|past)\\s+(?:its|their)\\s+(?:own\\s+)?(?:\\S+\\s+)?(?:deadline|target date|launch date|release date|window)\\b(?!\\s+for\\s+(?:\\S+ing\\b|bids|inclusion|comments|filings?|applications|submissions|answers))`,
      `kick(?:s|ed|ing)?\\s+(?:the|its|their)\\s+(?:\\S+\\s+)?(?:launch|release|rollout|roll-out|debut|shipments?)\\s+down the road\\b`,
      `(?:is|are|was|were)\\s+(?:now\\s+|already\\s+)?(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|more than\\s+)?(?:a|an|one|two|three|four|five|six|several|a few|\\d+)\\s+(?:days?|weeks?|months?|quarters?|years?)\\s+overdue\\b`,
      // set back, drifting into a later time: "problems have set back deliveries of", "rollout drifts into next year"
      `set(?:s|ting)?\\s+back\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\S+\\s+)?(?:launch|release|deliveries|shipments|rollout|roll-out|debut|production|availability)\\b(?!\\s+(?:schedules?|plans?|lines?|budgets?|costs?|targets?))`,
      `drift(?:s|ed|ing)?\\s+(?:in)?to\\s+(?:next|the next|the following|20[2-4]\\d|q[1-4]|(?:the\\s+)?(?:first|second|third|fourth)\\s+(?:quarter|half)|(?:early|mid|late)[- ]20[2-4]\\d)\\b`,
      `miss(?:ed|es|ing)?\\s+(?:its|the|a|their)\\s+${W}{0,4}?(?:deadline|window|target|launch date|release date|debut date|launch window|release window|timeline)s?\\b`,
      // a launch that did not come: "failed to release Claude 3.5 Opus", "failed to ship Behemoth on time"
      `fail(?:ed|s|ing)?\\s+to\\s+(?:release|launch|ship|deliver|debut|bring out|roll out)\\b(?!\\s+(?:a|an|any)\\s+(?:statement|comment|response|update|report|explanation)\\b)(?!\\s+(?:\\S+\\s+){0,4}?(?:weights|source code|code|details|data|figures|results|numbers|benchmarks)\\b)`,
      // moved by a span: "may be pushed by at least three months", "um drei Monate verschoben" is told elsewhere
      `push(?:ed|es)?\\s+(?:back\\s+)?by\\s+(?:at least\\s+|up to\\s+|about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+)?(?:a|an|one|two|three|four|five|six|several|a few|\\d+)\\s+(?:weeks?|months?|quarters?|years?)\\b`,
      "(?:did not|didn't|failed to|does not|doesn't) (?:arrive|launch|ship|materiali[sz]e|come out) on time",
      'on hold',
      'paus(?:ed|es|ing)\\b(?!\\s+(?:\\S+\\s+){0,5}?(?:production|output|manufacturing)\\b)',
      'slip(?:s|ped|ping)\\b',
      'later than (?:planned|expected|promised)',
      // later than planned with the planner between: "later than it had planned", "später als von Huawei ursprünglich geplant"
      `later\\s+than\\s+${W}{0,4}?(?:had\\s+|has\\s+|originally\\s+|initially\\s+)*(?:planned|expected|intended|scheduled|anticipated|envisaged|foreseen)\\b`,
      `später\\s+als\\s+${W}{0,4}?(?:ursprünglich\\s+|zunächst\\s+|eigentlich\\s+)?(?:geplant|erwartet|vorgesehen|angekündigt|beabsichtigt|angepeilt|versprochen)\\b`,
      // a new quarter or half against the old one: "will now arrive in the fourth quarter rather than the third"
      `\\b(?:now|only)\\s+${W}{0,3}?(?:arrive|arrives|launch|launches|ship|ships|come|comes|debut|debuts|be (?:released|launched|available|out|shipped))\\s+${W}{0,6}?(?:rather than|instead of)\\s+(?:the\\s+)?(?:first|second|third|fourth)\\b`,
      // what was expected did not come: "Expected shipments ... failed to materialise", "Lieferungen ... sind ausgeblieben"
      `(?:shipments?|deliveries|launch|release|rollout|roll-out|availability|supply|supplies)\\s+${W}{0,8}?fail(?:s|ed|ing)? to materiali[sz]e`,
      `(?<!auf\\s+(?:den|die|das)\\s)(?:lieferungen?|auslieferungen?|markteinführung|marktstart|start)\\s+${W}{0,8}?(?:ausgeblieben|(?:blieb|blieben|bleibt|bleiben)\\s+${W}{0,4}?aus(?=\\s*(?:[.,;:!?]|$)))`,
      // held back for a time: "held back Claude Opus 4 for several weeks"
      `(?:held|holds|holding|hold)\\s+back\\s+(?!${W}{0,3}?(?:guidance|forecast|outlook|results|figures|data|comment)\\b)${W}{0,5}?for\\s+(?:another\\s+|several\\s+|a few\\s+|some\\s+|a\\s+|an\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:days?|weeks?|months?|quarters?)\\b`,
      // pushed out by a span: "has been pushed out by a quarter"
      `push(?:ed|es|ing)?\\s+(?!${W}{0,4}?(?:day|days|meeting|event|conference|call|presentation|keynote|hearing|vote|deadline|summit|show)\\b)(?:${W}{1,4}?out|out\\s+${W}{0,4}?)\\s*by\\s+(?:a|an|one|two|three|several|a few|\\d+)\\s+(?:weeks?|months?|quarters?|years?)\\b`,
      // slid from one month into another: "slid from March into April", "rutschte ... von März in den April"
      `(?<!(?:sales|shares|stock|revenues?)\\s+(?:\\S+\\s+){0,4})sl(?:id|ipped|ips|ides)\\s+from\\s+(?:(?:(?:early|mid|late)[- ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*|q[1-4]|(?:the\\s+)?(?:first|second|third|fourth)\\s+(?:quarter|half)|20\\d\\d|spring|summer|autumn|fall|winter|next year)\\s+(?:in)?to\\s+(?:(?:(?:early|mid|late)[- ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*|q[1-4]|(?:the\\s+)?(?:first|second|third|fourth)\\s+(?:quarter|half)|20\\d\\d|spring|summer|autumn|fall|winter|next year)\\b`,
      `(?<!(?:aktie|kurs|umsatz|umsätze)\\p{L}*\\s+(?:\\S+\\s+){0,4})rutsch(?:t|te|ten|en)\\s+${W}{0,8}?vo[nm]\\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter|\\d{4}|(?:ersten|zweiten|dritten|vierten|nächste|kommende)\\p{L}*)\\s+(?:in|auf)\\s+(?:den|das|die)\\s+(?:\\S+\\s+){0,3}?(?:(?:im|in|zum)\\s+)?(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter|\\d{4}|(?:ersten|zweiten|dritten|vierten|nächste|kommende)\\p{L}*)`,
      // a target missed, the noun first: "Das ... angepeilte Zeitfenster für GPT-5 hat OpenAI verpasst", "das Ziel verfehlt, X ... herauszubringen"
      `(?:zeitfenster|zeitplan|termin)\\s+(?!${W}{0,6}?(?:nicht|nie|keine?n?)\\s+(?:verpasst|verfehlt))${W}{0,6}?(?:verpasst|verfehlt)(?![\\p{L}])`,
      // the separable verb around its object: "schiebt den Start von ERNIE 5 auf, bis ..."
      `schieb(?:t|en|e)\\s+(?!${W}{0,8}?(?:nicht|nie|kein\\p{L}*)\\s)${W}{1,8}?auf(?=\\s*(?:[,.;:!?]|$))`,
      // slowed: "Engpässe haben den Rollout von Trainium2 ausgebremst"
      `(?:rollout|roll-out|start|auslieferung\\p{L}*|produktion|markteinführung|marktstart|lieferungen)\\s+${W}{0,4}?ausgebremst\\b`,
      // needing more time, taking longer, arriving later: lateness told without a postponing verb
      `(?:braucht|brauchen|brauche|benötigt|benötigen|benötige)\\s+${W}{0,6}?(?:mehr|noch|zusätzliche)\\s+(?:${W}{0,1}?)(?:zeit|monate|wochen)\\b(?!,?\\s+(?:um|zum|zur)\\b)`,
      `(?:dauert|dauern|dauere|dauerte)\\s+${W}{0,3}?länger\\s+als\\s+(?:geplant|erwartet|angekündigt|gedacht|vorgesehen)`,
      `(?:termin|zeitplan|starttermin|zieltermin|marktstart|start)[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:ist|sind|war)\\s+(?:nun\\s+|jetzt\\s+|wohl\\s+|damit\\s+)?geplatzt`,
      `(?:need|needs|needed|require|requires|required)\\s+(?:\\S+\\s+){0,2}?(?:more|extra|additional)\\s+(?:time|months|weeks)\\b(?!\\s+(?:per|for each|thinking|reasoning)\\b)(?!\\s+to\\s+(?!(?:finish|complete|ship|launch|release|deliver|polish|test|prepare|improve|refine|fix|make\\s+(?:\\S+\\s+){0,3}?(?:safe|safer|ready|better|right|work))\\b))`,
      `(?:take|takes|taking|took|will take)\\s+(?:\\S+\\s+){0,4}?longer\\s+than\\s+(?:planned|expected|anticipated|promised|hoped)`,
      // "will now arrive months later"; without "now" it is a sequence ("Ascend 960 comes a few quarters later")
      `\\b(?:now|instead|only)\\s+(?:\\S+\\s+){0,2}?(?:arrive|arrives|ship|ships|launch|launches|come|comes)\\s+(?:(?:several|a few|some|two|three|four|six)\\s+)?(?:months|weeks|quarters?)\\s+later\\b`,
      'not happening as expected',
      // "wurden bisher keine Lieferungen durchgeführt", "no shipments have been made", "has yet to ship"
      '(?:noch|bisher|bislang)\\s+(?:keine|nicht)\\s+(?:aus)?(?:lieferungen|ausgeliefert|geliefert)\\b',
      // a launch timeline stretched: "extended the release timeline for Llama 4 Behemoth"
      '(?:extend|stretch)(?:ed|es|ing)?\\s+(?:the|its|their)\\s+(?:release|launch|rollout)\\s+(?:timeline|schedule)\\b',
      '\\bno\\s+(?:\\S+\\s+)?(?:shipments|deliveries)\\s+(?:\\S+\\s+){0,4}?(?:have|had|were)\\s+(?:yet\\s+)?(?:been\\s+)?(?:made|shipped|delivered|completed)',
      '(?:has|have|had)\\s+yet\\s+to\\s+(?:ship|be shipped|be delivered|begin shipping|start shipping)\\b',
      'vertagt[\\p{L}\\p{N}_]*',
      // shipments short of what was promised or ordered: "struggled to get those products out the door",
      // "über 100.000 bestellt, aber weniger als 30.000 erhalten", "ordered 100,000 but received fewer than 30,000"
      `(?:struggl[\\p{L}\\p{N}_]*|fail[\\p{L}\\p{N}_]*)\\s+to\\s+(?:get|bring|push)\\s+${W}{0,4}?out\\s+(?:the|of the)\\s+door\\b`,
      `bestellt(?:\\s+(?:hat|haben|hatte|hatten|wurden))?\\s*,?\\s*(?:aber|doch|jedoch)\\s+(?:nur\\s+|lediglich\\s+)?(?:weniger als\\s+|knapp\\s+)?${W}{0,3}?(?:erhalten|bekommen|geliefert)\\b`,
      // the finite past with its object between: "bestellte 100.000 Chips bei Huawei, erhielt aber nur 30.000"
      `bestellte[n]?\\s+${W}{1,8}?(?:erhielt|erhielten|bekam|bekamen)\\s+(?:aber|doch|jedoch)\\s+(?:nur|lediglich|bislang nur|bisher nur)\\s+(?:\\d|(?:einen|ein|eine|die)\\s+(?:bruchteil|drittel|viertel|teil|hälfte))`,
      `ordered\\s+${W}{0,6}?(?:but|yet)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:only\\s+)?(?:received|got|gotten)\\s+(?:only\\s+)?(?:fewer|less|a fraction)\\b`,
      // a new target given against the old one, told as later: "will now arrive early next year rather than by
      // the end of 2025", "soll nun statt im Mai erst im Herbst erscheinen", "kommt im Herbst statt wie geplant im
      // Mai"; without "now"/"nun"/"erst" or "as planned" the new date may be the earlier one ("ships in June
      // rather than in the third quarter, ahead of schedule"), and a place is no target ("in Europa statt in China")
      `\\b(?:now|only)\\s+${W}{0,3}?(?:arrive|arrives|launch|launches|ship|ships|come|comes|debut|debuts|be (?:released|launched|available|out|shipped))\\s+${W}{0,6}?(?:rather than|instead of)\\s+(?:by|in|at|on|during|before)\\s+(?:the\\s+)?(?:end|start|beginning|middle|first|second|third|fourth|early|late|mid|spring|summer|autumn|fall|winter|this|next|q[1-4]|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
      `(?:erscheinen|erscheint|kommen|kommt|starten|startet|ausgeliefert werden|veröffentlicht werden|auf den markt kommen)\\s+${W}{0,6}?(?:statt|anstatt|anstelle)\\s+(?:wie\\s+(?:ursprünglich\\s+)?(?:geplant|angekündigt|vorgesehen)\\s+(?:im|in|am|bis|anfang|mitte|ende)\\s+|(?:im|in|am|bis|anfang|mitte|ende)\\s+(?=[^.;!?]{0,60}?\\berst\\b))(?:(?:dem|der)\\s+)?(?:\\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|frühjahr|sommer|herbst|winter|ersten|zweiten|dritten|vierten|kommenden|nächsten|laufenden|diesem|diesen|dieses|jahr|quartal)`,
      `(?:statt|anstatt|anstelle)\\s+(?:wie\\s+(?:ursprünglich\\s+)?(?:geplant|angekündigt|vorgesehen)\\s+(?:im|in|am|bis|anfang|mitte|ende)\\s+(?:(?:dem|der)\\s+)?(?:\\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|frühjahr|sommer|herbst|winter|ersten|zweiten|dritten|vierten|kommenden|nächsten|laufenden|diesem|diesen|dieses|jahr|quartal)[\\p{L}\\p{N}.]*\\s+${W}{0,3}?|(?:im|in|am|bis|anfang|mitte|ende)\\s+(?:(?:dem|der)\\s+)?(?:\\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|frühjahr|sommer|herbst|winter|ersten|zweiten|dritten|vierten|kommenden|nächsten|laufenden|diesem|diesen|dieses|jahr|quartal)[\\p{L}\\p{N}.]*\\s+${W}{0,3}?(?:nun\\s+|jetzt\\s+)?erst\\s+${W}{1,3}?)(?:erscheinen|kommen|starten|vorstellen|präsentieren|ausgeliefert werden|veröffentlicht werden|auf den markt kommen)(?![\\p{L}])`,
      'hinausgezögert',
      `zöger(?:t|te|ten|n)\\s+sich\\s+${W}{0,6}?hinaus\\b`,
      `(?:erscheint|erscheinen|kommt|kommen|startet|starten)\\s+${W}{0,4}?später\\b`,
      `(?:auf|in)\\s+(?:den|die|das|dem)?\\s*(?:\\S+\\s+){0,3}?verlegt\\b`,
      `hold(?:s|ing)?\\s+(?:off|back)\\s+(?:on\\s+)?(?:the\\s+|its\\s+)?(?:launch|release|rollout|debut)`,
      'zurückgehalten',
      'running late',
      // "are running months late", "arrived a quarter late"
      `running\\s+(?:several\\s+|some\\s+|a few\\s+|two\\s+|three\\s+|six\\s+)?(?:weeks|months|quarters?|a quarter|a year)\\s+late\\b`,
      // "kommt nicht mehr Ende 2025, sondern erst Anfang 2026", "wird erst in ein paar Monaten erscheinen"
      `nicht mehr\\s+${W}{0,6}?sondern\\s+(?:erst\\s+|schon\\s+|bereits\\s+)?(?:(?:im|in|am|ab)\\s+(?:\\d|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez|frühjahr|sommer|herbst|winter|ersten|zweiten|dritten|vierten|kommenden|nächsten)|anfang|mitte|ende|nach|\\d)`,
      `(?:wird|werden|soll[\\p{L}\\p{N}_]*|kommt|kommen|erscheint|startet|folgt)\\s+${W}{0,6}?erst\\s+(?:im|in|ab|anfang|mitte|ende|nach|\\d)`,
      // the new date as a floor: "werden nun nicht vor Anfang 2026 erwartet", "jetzt nicht vor dem Herbst verfügbar"
      `(?:nun|jetzt|inzwischen|mittlerweile)\\s+(?:\\S+\\s+){0,2}?nicht\\s+vor\\s+${W}{1,4}?(?:erwartet|erscheinen|erscheint|kommen|kommt|ausgeliefert|geliefert|verfügbar|starten|startet|auf den markt)(?![\\p{L}])`,
      `(?:monate|wochen|quartale?)\\s+später\\s+(?:als\\s+(?:geplant|erwartet|angekündigt)|in die|auf den|${W}{0,3}?(?:erscheinen|kommen|ausgeliefert|starten|gehen|(?:ausliefern|liefern|herausbringen|veröffentlichen)(?=\\s*(?:[.,;:!?]|$)|\\s+(?:wird|werden|würde|würden|soll|sollen|könnte|könnten|muss|müssen|dürfte|dürften|kann|können)\\b)))`,
      '(?:months|weeks|quarters?)\\s+later than\\b',
      '(?:nicht|not) (?:wie|as) (?:geplant|angekündigt|planned|scheduled|announced)',
      "(?:not|won't|will not) (?:\\S+ ){0,2}?(?:arrive|launch|ship|be released|be available|begin|start|enter (?:mass |volume )?production) (?:until|before)\\b",
      'now (?:expected|slated|scheduled|due) (?:in|for|to)\\b',
      // a promised launch that has still not happened: "ist immer noch nicht erschienen", "still hasn't shipped"
      `(?:immer noch|noch immer|still)\\s+(?:nicht|not|hasn't|has not|haven't|have not|isn't|is not|aren't|are not)\\s+${W}{0,3}?(?:erschienen|veröffentlicht|verfügbar|ausgeliefert|released|launched|shipped|available|out|appeared|arrived)\\b`,
      // "war ursprünglich für 2024 vorgesehen, doch nun wird ... erwartet": the old target was missed (not
      // when the turn says it came already or earlier: "..., aber beide Chips sind bereits in Produktion")
      `(?:ursprünglich|eigentlich|originally|initially)\\s+${W}{0,8}?(?:geplant|vorgesehen|angekündigt|planned|slated|scheduled|expected|due)\\b[^.;!?]{0,60}?\\b(?:doch|aber|jedoch|but|now|nun|mittlerweile|inzwischen)\\b(?![^.;!?]{0,80}\\b(?:bereits|schon|früher|vorzeitig|already|earlier|ahead of schedule|sooner)\\b)`,
      // the verbs and idioms of postponing, by family rather than by example
      'zurückgestellt|zurückstell[\\p{L}\\p{N}_]*|stell[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+){0,6}?zurück\\b',
      `(?:einführung|markteinführung|marktstart|start|veröffentlichung|rollout|launch|release|rollout|debut)[\\p{L}\\p{N}_]*\\s+${W}{0,8}?(?:ausgesetzt|suspended|paused)\\b`,
      `(?:aussetz|suspend)[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:the\\s+|its\\s+|die\\s+|den\\s+)?(?:\\S+\\s+)?(?:einführung|markteinführung|marktstart|veröffentlichung|rollout|launch|release|debut)`,
      '(?:release|launch|ship(?:ping)?)\\s+(?:windows?|dates?|targets?)\\s+(?:have|has)\\s+come and gone',
      'defer(?:s|red|ring|ral)?\\b',
      'put(?:s|ting)?\\s+off\\b',
      'reschedul[\\p{L}\\p{N}_]*',
      `push(?:ed|es|ing)?\\s+(?:${W}{0,3}?out|out\\s+${W}{0,3}?)\\s*(?:to|into|until|till)\\b`,
      '(?:been|was|were|is|are|got)\\s+set\\s+back\\b',
      `running\\s+${W}{0,2}?behind\\b`,
      '(?:weeks|months|quarters?|a year)\\s+behind\\b',
      `behind\\s+(?:its|the|their|his|her)\\s+${W}{0,2}?(?:timeline|schedule|roadmap|plan|zeitplan)\\b`,
      `(?:shipments|deliveries|production|rollout|roll-out)\\s+${W}{0,2}?(?:lag|lags|lagged|lagging)\\b`,
      '(?:slower|later)\\s+than\\s+(?:originally\\s+)?(?:planned|scheduled|promised)',
      '(?:schleppender|langsamer|später)\\s+als\\s+(?:ursprünglich\\s+)?(?:geplant|vorgesehen|angekündigt|versprochen)',
      `h(?:o|e)ld(?:s)?\\s+back\\s+(?:on\\s+)?(?:the\\s+|its\\s+)?(?:launch|release|rollout|debut)`,
      '(?:is|are|was|were)\\s+holding\\s+back\\b',
      '(?:hält|halten|hielt|hielten)\\s+(?!sich\\b)' + `${W}{0,5}?zurück\\b`,
      `stuck\\s+in\\s+(?:development|testing|production|limbo)`,
      `(?:steckt|stecken|steckte|steckten)\\s+${W}{0,4}?fest\\b`,
      `(?:verleg|schieb|(?:ge|ver)?schob)[\\p{L}\\p{N}_]*\\s+${W}{0,5}?(?:aufs|auf|ins|in das)\\s+(?:das\\s+|den\\s+)?(?:\\d{4}|nächste|kommende|folgende|frühjahr|sommer|herbst|winter|ende|anfang|mitte)`,
      // the verb after its target: "hat Grok 5 aufs nächste Quartal geschoben"
      '(?:aufs|auf das|auf den|ins|in das)\\s+(?:nächste|kommende|folgende)[\\p{L}\\p{N}_]*\\s+(?:jahr|quartal|halbjahr)\\s+(?:ge|ver)schoben\\b',
      `nach hinten\\s+(?:\\S+\\s+)?(?:geschoben|schieben|schiebt|verschoben|verlegt|verlegen|verlegt)`,
      `rück[\\p{L}\\p{N}_]*\\s+${W}{0,2}?in (?:die |weite )*ferne`,
      'ins rutschen',
      `zieh[\\p{L}\\p{N}_]*\\s+sich\\s+${W}{0,2}?hin\\b`,
      `verpass[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:startfenster|zeitfenster|starttermin|termin|zeitplan)`,
      // a launch that will not come in the period it was due: "won't ship this summer", "nicht mehr in diesem Jahr"
      "(?:won't|will not|will no longer|isn't|is not|not)\\s+(?:be\\s+)?(?:ship|launch|arriv|releas|debut|com|be released|be available)[\\p{L}\\p{N}_]*\\s+" +
        `${W}{0,3}?this\\s+(?:year|summer|fall|autumn|spring|winter|quarter|month)\\b`,
      `nicht mehr\\s+${W}{0,2}?(?:in diesem|dieses|diesen|im laufenden)\\s+(?:jahr|sommer|herbst|frühjahr|winter|quartal|monat)`,
      `(?:in diesem|dieses|im laufenden)\\s+(?:jahr|sommer|herbst|frühjahr|winter|quartal|monat)\\s+${W}{0,2}?nicht mehr\\b`,
      `(?:nicht|not)\\s+(?:(?![\\d$€£])${W}){0,4}?(?:wie|as)\\s+(?:ursprünglich\\s+|originally\\s+|previously\\s+|initially\\s+|earlier\\s+|zuvor\\s+|zunächst\\s+|bisher\\s+)?(?:geplant|angekündigt|vorgesehen|versprochen|planned|scheduled|announced|promised)`,
      // the date itself moved back: "moved the MI350 launch back", "the release date was moved to June"
      `mov(?:e|es|ed|ing)\\s+(?:the|its|their|\\S+['’]s?)\\s+${W}{0,3}?(?:launch|release|debut|rollout|roll-out|introduction|shipments?)\\s+(?:date\\s+|window\\s+)?back\\b`,
      `(?:launch|release|debut|rollout|roll-out|shipping|ship)\\s+(?:date|window|target|timeline)s?\\s+${W}{0,3}?(?:was|were|has been|have been|had been|is being|is|are)\\s+(?:now\\s+|again\\s+|quietly\\s+)?moved\\s+(?:back|to|into)\\b`,
      `(?<![\\p{L}])(?:date|termin)\\s+(?:was|were|has been|had been|wurde|ist)\\s+(?:now\\s+|again\\s+|intern\\s+|nun\\s+|erneut\\s+)?moved\\s+(?:back|to|into)\\b`,
      // later than someone had said: "will come later than the company had indicated in spring"
      `later\\s+than\\s+${W}{0,3}?(?:had\\s+|has\\s+|originally\\s+)*(?:indicated|signall?ed|announced|promised|suggested|hoped|targeted|flagged|said)\\b`,
      // held up (German passive), stalled work, a target that cannot be kept
      `(?:wird|werden|wurde|wurden|worden)\\s+${W}{0,6}?aufgehalten\\b`,
      `(?:project|development|training|work|progress|effort|program|programme)s?\\s+${W}{0,4}?(?:ground|grinds?|grinding|came|comes|come)\\s+to\\s+a\\s+(?:\\S+\\s+)?(?:halt|standstill)\\b`,
      `(?:projekt|entwicklung|training|arbeit)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:zum stillstand|zum erliegen)\\s+(?:gekommen|gebracht|kam|kommt)\\b`,
      `(?:ziel|termin|zeitplan|zieltermin|starttermin|frist|deadline)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:ist|sind|war|wäre|lässt sich|lassen sich)\\s+(?:so\\s+|damit\\s+|nun\\s+|wohl\\s+|jedoch\\s+|aber\\s+)?nicht\\s+(?:mehr\\s+)?(?:zu halten|haltbar|einzuhalten|zu schaffen|halten)\\b`,
      `(?:target|deadline|timeline|schedule|date)s?\\s+${W}{0,8}?(?:(?:can|could|will)\\s+no longer be\\s+(?:met|kept|reached|hit)|(?:is|are)\\s+no longer\\s+(?:achievable|realistic|feasible))\\b`,
      // a plan given up for a later one: "wanted to release R2 in May, but now plans ...", "wollte X im Mai
      // veröffentlichen, doch nun ..."
      `(?:wanted|had (?:planned|hoped|aimed|intended|wanted))\\s+to\\s+(?:\\S+\\s+){0,2}?${RELEASE_VERBS_EN}\\s+${W}{0,4}?(?:in|by|before|this|next|early|late)\\s+(?:the\\s+)?(?:${FUTURE_TIME}|may)\\S*\\s+(?:but|yet)\\s+(?:now|has now|will now|is now|instead)\\b`,
      `(?:wollte|wollten)\\s+${W}{0,4}?(?:im|bis|ab|anfang|mitte|ende|noch)\\s+${W}{0,3}?(?:${RELEASE_INFINITIVES.join('|')})\\s*,\\s*(?:doch|aber|jedoch)\\s+(?:nun|jetzt|inzwischen|mittlerweile)\\b`,
      `später\\s+als\\s+${W}{0,3}?(?:angedeutet|angekündigt|versprochen|in aussicht gestellt|erhofft|signalisiert)\\b`,
      // a launch stopped for now: "hat die Veröffentlichung vorerst gestoppt", "halted the release of R2",
      // "wird GPT-5 vorerst nicht veröffentlichen", "won't release it for now"
      `(?:veröffentlichung|markteinführung|einführung|marktstart|auslieferung|lieferungen|rollout|launch|release)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:vorerst|vorläufig|einstweilen|bis auf weiteres)\\s+(?:gestoppt|angehalten|unterbrochen|ausgesetzt)\\b`,
      `(?:halt|stop|paus|suspend|freez|froze)[\\p{L}\\p{N}_]*\\s+(?:the|its|their)\\s+(?:\\S+\\s+)?(?:release|launch|rollout|roll-out|debut)\\b(?!\\s+of\\s+(?:a|an|the|its|their)\\s+(?:\\S+\\s+)?(?:report|study|paper|data|results|findings|documents?|figures|earnings|statement|guidance)\\b)`,
      `(?:vorerst|vorläufig|einstweilen|in diesem jahr|dieses jahr)\\s+(?:(?!(?:hat|hatte|hatten|haben|wurde|wurden|war)\\s)\\S+\\s+){0,4}?(?:nicht|kein[\\p{L}\\p{N}_]*)\\s+${W}{0,4}?(?:veröffentlich|herausbring|ausliefer|auf den markt|erschein|einführ|anbiet|bereitstell)[\\p{L}\\p{N}_]*`,
      `(?:won't|will not|(?<!\\b(?:did|does|do|has|had|have)\\s+)not)\\s+(?:now\\s+)?(?:be\\s+)?(?:releas|launch|ship|roll)[\\p{L}\\p{N}_]*(?:\\s+out)?\\s+${W}{0,6}?(?:for now|for the time being|this (?:week|month|year|quarter))\\b`,
      // told to expect it months later: "customers have been told to expect the first systems several months later"
      `expect[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:several|a few|some|two|three|four|five|six|\\d+)\\s+(?:months|weeks|quarters?)\\s+later\\b`,
      // a dated launch given up is a date given up, not the product: "scrapping the model's planned May launch"
      `(?:scrap|drop|abandon|cancel|ditch|shelv|shelf)[\\p{L}\\p{N}_]*\\s+(?:(?:the|its|their)\\s+(?:\\S+['’]s?\\s+)?|\\S+['’]s?\\s+)(?:originally\\s+)?(?:planned|scheduled|targeted|intended|original|promised)\\s+(?:(?:(?:early|mid|late|end-of)[- ])?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year-end|20[2-4]\\d|q[1-4])\\s+(?:\\S+\\s+)?(?:launch|release|debut|rollout)\\b|(?:\\S+\\s+)?(?:launch|release|debut|rollout)\\s+(?:date|window|timeline|schedule)\\b)`,
    ].join('|'),
    'u',
  ),
  cancellation: new RegExp(
    [
      'abgesagt',
      'beerdigt',
      'begraben',
      // the same decision in other words: "begräbt X", "fallen gelassen", "canned its X",
      // "the project was terminated", "nimmt X aus der API"
      'begräbt',
      // not prices, names, remarks or shares, which are also let fall: "lässt die Preise fallen", "ließ den Namen fallen"
      `(?<!\\b(?:preise?|namen|bemerkung|hinweis|andeutung|aktien?|kurse?)\\s+)fallen\\s*gelassen|(?:lässt|ließ|lassen|ließen)\\s+(?!${W}{0,4}?(?:\\p{L}*preis[\\p{L}\\p{N}_]*|namen|bemerkung[\\p{L}\\p{N}_]*|hinweis[\\p{L}\\p{N}_]*|andeutung[\\p{L}\\p{N}_]*|\\p{L}*aktie[\\p{L}\\p{N}_]*|kurse?|hüllen|maske)\\b)${W}{1,6}?fallen(?=\\s*(?:[.,;:!?]|$))`,
      `cann(?:ed|ing)\\s+(?:its|the|their|plans)\\b`,
      `(?:project|program|programme|development|work)\\s+(?:was|were|has been|had been|is being)\\s+terminated\\b|terminat(?:ed|es|ing)\\s+(?:the\\s+|its\\s+)?(?:\\S+\\s+){0,3}?(?:project|program|programme|development)\\b`,
      'reißleine',
      // taken off the roadmap, access ended, "not coming after all"
      `(?:fallen|fell|dropped|removed|disappeared|vanished|taken|pulled)\\s+(?:off|from)\\s+${W}{0,3}?roadmap\\b(?!(?:[^.;!?]|\\.(?=\\S))*\\b(?:still|weiterhin|noch immer)\\b)`,
      `(?:von|aus)\\s+(?:der|dem)\\s+${W}{0,2}?(?:roadmap|fahrplan)\\s+(?:gestrichen|genommen|entfernt|verschwunden)`,
      `(?:zugriff|zugang)${NOT_BY_REGULATOR}\\s+auf\\s+${W}{0,8}?(?:beendet|beendete|beenden|eingestellt|abgeschaltet)\\b${ACCESS_FOR_ALL}|(?:beendet|beendete|stellt|stellte)${NOT_BY_REGULATOR}\\s+${W}{0,4}?(?:den\\s+)?(?:zugriff|zugang)\\s+auf\\b${ACCESS_FOR_ALL}`,
      `end(?:s|ed|ing)?${NOT_BY_REGULATOR}\\s+(?:\\S+\\s+)?access\\s+to\\b${ACCESS_FOR_ALL}`,
      `(?:is|are)\\s+not\\s+coming\\b(?=\\s+${W}{0,8}?after all\\b)|(?:kommt|kommen)\\s+${W}{0,3}?doch\\s+nicht(?=\\s*(?:[.!;]|$))`,
      // "stellt GPT-4o am 13. Februar ein": the separable particle closes the clause
      `stell(?:t|te|ten)\\s+${W}{0,10}?ein(?=\\s*(?:[.,;:!?]|$))`,
      'ausgemustert',
      // "angewiesen, die H20-Produktion einzustellen": production or development ordered or decided to stop
      `(?:produktion|fertigung|herstellung|entwicklung|arbeit(?:en)?|auslieferung)\\s+${W}{0,4}?(?:einzustellen|eingestellt)\\b`,
      `(?:wird|werden|soll|sollen)\\s+${W}{0,4}?(?:nicht mehr|nie|niemals)\\s+${W}{0,4}?(?:veröffentlicht|ausgeliefert|herausgebracht|eingeführt|auf den markt (?:gebracht|kommen))`,
      '(?:no longer|never) be (?:released|launched|shipped|sold)(?!\\s+(?:\\S+\\s+){0,3}?(?:to|in|into)\\s+(?:china|chinese))',
      'pull(?:s|ed|ing)? the plug',
      `(?:zieht|zog|ziehen|zogen|gezogen)\\s+${W}{0,4}?den stecker`,
      'kill(?:s|ed|ing)?\\b',
      // ending a product, by family: slang (nixed, gekillt), abolished, never leaving the lab, "das Aus
      // für", no longer shipped (not to China: that is export)
      'nix+(?:ed|es|ing)\\b',
      // an end announced in the German future or plan: "wird GPT-4o im Februar abschalten", "will Falcon Shores
      // streichen", "wird die Entwicklung von X einstellen" ("einstellen" alone also means hiring)
      `(?:wird|werden|will|wollen|soll|sollen|plant|planen)\\s+(?!${W}{0,8}?(?:nicht|kein[\\p{L}\\p{N}_]*|nie|niemals)\\s)${W}{0,8}?(?:abschalten|streichen|beerdigen|aufgeben|absetzen|einstampfen)\\b`,
      `(?:wird|werden|will|wollen|soll|sollen|plant|planen)\\s+(?!${W}{0,8}?(?:nicht|kein[\\p{L}\\p{N}_]*|nie|niemals)\\s)${W}{0,4}?(?:die\\s+|den\\s+|das\\s+)?(?:entwicklung|produktion|fertigung|verkauf|vertrieb|betrieb|arbeit|arbeiten|unterstützung)\\s+${W}{0,5}?einstellen\\b`,
      '(?:gekillt|killt|killte|killten)\\b',
      'abolish(?:es|ed|ing)?\\b',
      '(?:will|would|is going to|are going to)\\s+never\\s+(?:leave|ship|launch|be released|see the light of day|come to market|reach (?:the )?market)\\b',
      '\\bdas (?:endgültige )?aus (?:für|von)\\b',
      `(?:will|would|won't)\\s+no longer\\s+(?:ship|offer|sell|develop|release|launch)\\b(?!\\s+${W}{0,4}?(?:to|into)\\b)`,
      'retir(?:e|es|ed|ing)\\b',
      'gestrichen',
      'streicht[\\p{L}\\p{N}_]*',
      'eingestellt',
      `stellt[\\p{L}\\p{N}_]*\\s+${W}{0,6}?ein\\b(?!\\s+(?!und\\b|oder\\b|sowie\\b|nachdem\\b|weil\\b|da\\b|als\\b|wie\\b|bis\\b)\\p{L})`,
      'gestoppt',
      'einzustellen',
      `produktion\\s+${W}{0,3}?(?:unterbrochen|unterbricht|ausgesetzt)`,
      // "die Produktion (vorerst) unterbrechen": not "die Produktion nicht unterbrechen"
      `produktion\\s+(?:(?!(?:nicht|nie|kein[\\p{L}\\p{N}_]*)\\s)\\S+\\s+){0,3}?(?:unterbrechen|aussetzen)\\b`,
      'stoppt[\\p{L}\\p{N}_]*',
      'produktionsstopp',
      'aufgegeben',
      `drossel[\\p{L}\\p{N}_]*\\s+${W}{0,3}?produktion`,
      `produktion\\s+${W}{0,4}?(?:gedrosselt|heruntergefahren|eingestellt|gestoppt|ausgesetzt)`,
      'verzichtet[\\p{L}\\p{N}_]* auf (?:die |eine )?(?:veröffentlichung|einführung|markteinführung)',
      'cancel(?:s|ed|led|ing|ling)?\\b',
      'cancellation',
      'scrap(?:s|ped|ping)?\\b',
      'shelv(?:e|ed|es)\\b',
      'abandon(?:s|ed|ing)?\\b(?!\\s+(?:\\S+\\s+){0,4}?(?:hardware|gpus)\\b)',
      'discontinu[\\p{L}\\p{N}_]*',
      `(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?|paus(?:e|es|ed|ing))\\s+${W}{0,5}?(?:production|output|manufacturing)\\b`,
      // "ceased development of", "ends work on", "stopped all efforts": the work itself ends
      `(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?)\\s+(?:the\\s+|all\\s+|further\\s+|its\\s+)?(?:development|work|efforts?)\\b`,
      // "stopped making the H20", "told its suppliers to stop producing"
      `(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|ceas(?:e|es|ed|ing))\\s+(?:making|producing|manufacturing)\\b`,
      'ax(?:ed|ing)\\b',
      '(?:disband|dissolv)(?:s|ed|es|ing)?\\b',
      'aufgelöst',
      // a model or service switched off: "Abschaltung des Modells", "taken offline", "shut down"
      'abschaltung[\\p{L}\\p{N}_]*',
      // a product taken off: "vom Netz genommen", "aus dem Verkehr gezogen", "schaltet GPT-4o im Februar ab"
      'aus dem verkehr gezogen',
      `(?:lässt|ließ|lassen)\\s+${W}{0,8}?auslaufen\\b`,
      'auslaufen (?:lassen|gelassen)',
      '(?:phas(?:es|ed|ing)|phase) out\\b',
      'end[- ]of[- ]life\\b',
      '(?:vom netz|offline|aus (?:dem|der) (?:betrieb|angebot|programm|sortiment|api|app|produktpalette|portfolio))\\s+(?:genommen|nehmen|nimmt|nahm|zu nehmen)',
      `(?:nimmt|nahm|nehmen)\\s+${W}{0,6}?(?:vom netz|offline|aus (?:dem|der) (?:betrieb|angebot|programm|sortiment|api|app|produktpalette|portfolio))`,
      `schalte(?:t|te|ten|n)\\s+${W}{0,8}?ab(?=\\s*(?:[.,;:!?]|$))`,
      '(?:ist|sind|war) (?:damit |nun |jetzt |endgültig )?geschichte\\b',
      '(?:schließung|einstellung|aus)\\s+(?:des|der)\\s+(?:\\S+\\s+)?(?:projekts|programms|entwicklung|produktion|modells|chips|vorhabens)\\b',
      `nicht\\s+(?:mehr\\s+)?(?:in (?:die )?(?:massen|serien)produktion|in serie|auf den markt)\\s+(?:gehen|kommen)`,
      'abgeschaltet',
      'produktionspause',
      // German production paused or halted, the verb last: "hat die Produktion des H20 pausiert"
      `(?:produktion|fertigung|herstellung)\\s+${W}{0,6}?(?:pausiert|angehalten|ausgesetzt|beendet|gestoppt|eingestellt|abgebrochen)(?![\\p{L}])`,
      // production stopped, said in the passive: "Production of the Ascend 910C has been stopped"
      `(?:production|manufacturing|development)\\s+(?:of|on)\\s+${W}{0,4}?(?:has been|have been|was|were|is being|had been)\\s+(?:stopped|halted|suspended|ended|discontinued|shut down|scrapped)\\b`,
      // work on it stopped: "wies seine Zulieferer an, sämtliche Arbeiten am H20 zu stoppen"
      `arbeit(?:en)?\\s+(?:am|an\\s+(?:dem|der|den))\\s+${W}{0,3}?(?:zu\\s+)?(?:stoppen|einzustellen|beenden|gestoppt|eingestellt|beendet)(?![\\p{L}])`,
      // decided against it: "hat sich dagegen entschieden, GPT-5 ... zu veröffentlichen", "verzichtet darauf, ... zu veröffentlichen"
      `(?:(?:sich\\s+)?dagegen\\s+entschieden|entschied(?:en)?\\s+sich\\s+dagegen|verzicht[\\p{L}\\p{N}_]*\\s+darauf)\\s*,\\s+(?!${W}{0,10}?(?:schon|erst|bereits|als|im|am|in|bis)\\s)${W}{0,10}?(?:zu\\s+(?:veröffentlichen|starten|liefern|präsentieren|lancieren|bringen)|herauszubringen|auszuliefern|einzuführen)(?![\\p{L}])`,
      // discontinued in other words: "abgekündigt", "in die Schublade gelegt", "stellt ... nicht mehr her",
      // "vom Markt genommen", "aus seiner API genommen", "wird nun doch nicht veröffentlicht"
      '(?<!(?:unterstützung|support|treiber\\p{L}*)\\s(?:\\S+\\s){0,4})(?:abgekündigt|abkündig[\\p{L}\\p{N}_]*)',
      `stell(?:t|te|ten|en)\\s+${W}{0,6}?nicht mehr her\\b`,
      `vom markt (?:genommen|zurückgezogen)|(?:nimmt|nahm|nehmen|nahmen)\\s+${W}{0,6}?vom markt\\b`,
      `(?<!(?:funktion|feature|integration|modus)\\p{L}*\\s+(?:\\S+\\s+){0,4})(?:aus|von)\\s+(?:seiner|ihrer|der|dem|seinem|ihrem)\\s+(?:\\S+\\s+){0,2}?(?:api|programmierschnittstelle|schnittstelle|app|plattform)\\s+(?:genommen|entfernt|gestrichen)(?![\\p{L}])`,
      `(?:wird|werden)\\s+(?:nun\\s+|jetzt\\s+)?doch nicht\\s+(?:veröffentlicht|erscheinen|herausgebracht|ausgeliefert)(?![\\p{L}])`,
      // "has withdrawn Grok 4 from its API", "removed ... from its app", "deprecated", "called off the rollout"
      `(?:withdr[ae]w[\\p{L}\\p{N}_]*|remov(?:e|es|ed|ing))\\s+(?!${W}{0,3}?(?:features?|functions?|integrations?|modes?|support|endpoints?)\\b)${W}{1,3}?from\\s+(?:its|the|their)\\s+(?:api|app|apps|lineup|line-up|platform|store|model picker)\\b`,
      'call(?:s|ed|ing)? off\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\S+\\s+){0,3}?(?:launch|release|rollout|roll-out|debut|introduction)\\b',
      // not a way or a place shut: "the move shuts down the last major channel for supplies"
      '(?:shut(?:s|ting)? down|shutdown of|taken offline|pulled offline)(?!\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:\\S+\\s+){0,2}?(?:channels?|routes?|avenues?|paths?|doors?|loopholes?|markets?|borders?|supply lines?|pipelines?|trade|talks|negotiations)\\b)',
      'production (?:halt|stop)',
      'drop(?:s|ped|ping)? (?:its |the )?plans?',
      'decided (?:not|against) (?:to )?(?:releas|launch|ship|introduc)[\\p{L}\\p{N}_]*',
      `(?:entschied|entschieden|entscheidet|entscheiden)\\s+${W}{0,3}?sich\\s+${W}{0,3}?gegen\\s+(?:die|eine)\\s+(?:\\S+\\s+)?(?:veröffentlichung|markteinführung|auslieferung|marktstart)\\b`,
      // a launch judged not worth it: "decided that releasing it was not economically viable"
      `(?:releas|launch|shipp|introduc)ing\\s+${W}{0,4}?(?:(?:was|is|were|are|would be)\\s+not|wasn't|isn't|aren't|weren't|wouldn't be)\\s+(?:\\S+\\s+)?(?:viable|worthwhile|feasible|worth it|economical|profitable)\\b|(?:releas|launch|shipp|introduc)ing\\s+${W}{0,4}?(?:was|is|were|are|would be)\\s+(?:\\S+\\s+)?(?:unviable|uneconomic(?:al)?|unprofitable)\\b`,
      `(?:wird|werden|will|won't|would not|wouldn't)\\s+${W}{0,6}?(?:nicht|not|nie|never|keine?n?)\\s+(?!(?:wie|as) (?:geplant|planned|angekündigt|scheduled))${W}{0,4}?(?:auf den markt (?:bringen|kommen)|veröffentlichen|erscheinen|herausbringen|ausliefern|(?:be )?(?:released?|launch(?:ed)?|ship(?:ped)?|brought to market)|(?:be\\s+)?bring(?:ing)?\\s+${W}{0,8}?to market(?!s?\\s+(?:before|until|till|this|next|in|without|unless|outside|except|as|but|beyond|for now)\\b))`,
      // "won't bring Falcon Shores to market and will use it internally"
      `(?:won't|wouldn't)\\s+bring\\s+${W}{0,8}?to market(?!s?\\s+(?:before|until|till|this|next|in|without|unless|outside|except|as|but|beyond|for now)\\b)`,
      // the present tense: "Intel bringt Falcon Shores nicht (mehr) auf den Markt"
      `(?:bringt|bringen)\\s+${W}{0,6}?(?:nicht|keine?n?)\\s+(?:mehr\\s+)?auf den markt\\b(?!\\s*,?\\s*(?:ohne|bevor|bis|solange|außerhalb|sondern|vor)\\b)`,
      '(?:wind(?:s|ing)?|wound) down',
      // ended in other words: "pulling GPT-4.5 from its API", "schickt GPT-4o in den Ruhestand", "beendet das
      // Dojo-Projekt",
      // "stellt Falcon Shores nicht mehr bereit"
      `pull(?:s|ed|ing)?\\s+(?!${W}{0,3}?(?:outputs?|data|results|responses|logs|answers)\\b)${W}{1,3}?(?:from|out of)\\s+(?:its|the|their)\\s+(?:api|app|apps|lineup|line-up|platform|chatgpt|store|model picker)\\b`,
      `(?:schickt|schicken|schickte|schickten)\\s+${W}{0,4}?in den ruhestand\\b|in den ruhestand\\s+(?:geschickt|schicken)\\b`,
      `(?:beendet|beendete|beenden|beendeten)\\s+(?:das|die|den|sein[\\p{L}\\p{N}_]*|ihr[\\p{L}\\p{N}_]*)\\s+\\S*(?:projekt|programm)\\b`,
      `(?:stellt|stellen|stellte|stellten)\\s+${W}{0,6}?nicht mehr\\s+(?!(?:genug|ausreichend)\\b)${W}{0,4}?bereit\\b`,
      // kept in-house: "will not be sold to customers", "will never be offered commercially"
      `(?:(?:will|would)\\s+(?:not|never)|won't)\\s+be\\s+(?:sold|offered|made available)\\s+(?:to\\s+(?:customers|the public|clients|outside customers)|commercially|publicly)\\b(?!\\s+(?:in|to|from)\\s+(?:china|chinese)\\b)(?!\\s+under\\b)`,
      // a German subordinate clause puts the negated infinitive before the modal: "dass es X nicht auf
      // den Markt bringen wird", "nicht mehr veröffentlichen will"
      `(?:nicht|nie|niemals)\\s+(?:mehr\\s+)?(?:auf den markt bringen|veröffentlichen|herausbringen|ausliefern|einführen|anbieten)\\s+(?:wird|werden|will|wollen|soll|sollen|möchte|möchten)\\b`,
    ].join('|'),
    'u',
  ),
  hardware_switch: new RegExp(
    [
      'verlager[\\p{L}\\p{N}_]*',
      // the German perfect puts the participle last: "ist vom H20 auf Ascend-Chips gewechselt", "hat die
      // Inferenz von Nvidia-Karten auf Kunlun-Chips portiert"
      `(?<!(?:nicht|kein\\p{L}*|nie)\\s+)(?:von|vom)\\s+(?!${W}{0,12}?(?:nicht|kein\\p{L}*|nie)\\s)${W}{1,6}?auf\\s+(?=${W}{0,5}?(?:[\\p{L}-]*(?:chips?|gpus?|tpus?|karten|prozessoren|beschleuniger\\p{L}*|hardware|cluster\\p{L}*|servern?)|\\S*\\d\\S*)(?![\\p{L}]))${W}{1,6}?(?:gewechselt|umgestellt|umgestiegen|umgeschwenkt|migriert|portiert|verlagert|verlegt|übertragen|umgezogen)(?![\\p{L}])`,
      `(?:training|trainings\\p{L}*|inferenz|betrieb|workloads?|rechenlast\\p{L}*)\\s+(?!${W}{0,14}?(?:nicht|kein\\p{L}*|nie)\\s)${W}{0,8}?auf\\s+(?=${W}{0,5}?(?:[\\p{L}-]*(?:chips?|gpus?|tpus?|karten|prozessoren|beschleuniger\\p{L}*|hardware|cluster\\p{L}*|servern?)|\\S*\\d\\S*)(?![\\p{L}]))${W}{1,6}?(?:verlegt|verlagert|umgestellt|migriert|portiert|übertragen)(?![\\p{L}])`,
      // one platform exchanged for another: "hat Nvidias H200 gegen AMDs MI350 ausgetauscht", "swapped X for Y"
      `gegen\\s+${W}{1,6}?(?:ausgetauscht|getauscht|eingetauscht)(?![\\p{L}])|(?:tauscht|tauschte|tauschten)\\s+${W}{1,6}?gegen\\b`,
      `(?:ditch|dump|abandon|swapp?)(?:s|ed|ing|ped|ping)?\\s+${W}{1,4}?for\\b`,
      'umgeschwenkt|schwenk(?:t|te|ten)\\s+(?:\\S+\\s+){0,8}?um\\b',
      `migrier[\\p{L}\\p{N}_]*\\s+${W}{0,6}?auf\\b`,
      '(?:abgewandt|abgekehrt)(?![\\p{L}])',
      // the move as a noun: "die Umstellung des Trainings von R2 auf Ascend-Chips", "der Umzug der Workloads ... auf Maia 200"
      `(?:umstellung|umzug|migration)\\s+${W}{0,8}?(?:auf|to|onto)\\b`,
      // the old platform and the new one contrasted: "nicht mehr auf dem H20, sondern auf dem Ascend 910C", "no longer run on X but on Y"
      `nicht mehr\\s+(?:auf|mit)\\s+${W}{1,5}?sondern\\s+(?:auf|mit)\\b|(?:und|,)\\s+nicht mehr\\s+(?:auf|mit)\\b`,
      `no longer\\s+${W}{0,3}?(?:on|with)\\s+${W}{1,5}?but\\s+(?:on|with)\\b`,
      // "moved part of its inference from Nvidia's Blackwell to its own chips", "transferred the training ... from X to Y"
      `(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|transferr?(?:s|ed|ing)?|port(?:s|ed|ing)?|migrat(?:e|es|ed|ing))\\s+${W}{0,10}?from\\s+${W}{1,6}?(?:on)?to\\b`,
      // "exclusively using Huawei's Ascend chips for training", "nur noch Chips von Huawei einsetzen",
      // "relies more on alternative chips": the platform told as sole or growing reliance
      `(?:exclusively|solely|entirely)(?:(?<=\\b(?:now|instead|no longer|shift[\\p{L}\\p{N}_]*|switch[\\p{L}\\p{N}_]*|mov[\\p{L}\\p{N}_]*|transition[\\p{L}\\p{N}_]*)\\b[^.;!?]{0,120}(?:exclusively|solely|entirely))|(?=[^.;!?]{0,120}\\b(?:instead of|rather than|replacing)\\b))\\s+(?:using|uses|use|relying on|relies on|rely on|running on|runs on)\\s+(?:(?!\\d[\\d.,]*\\s)[^\\s.;:!?]+\\s+){0,5}?[\\p{L}-]*(?:chips|gpus|processors|accelerators|hardware)\\b`,
      `(?:nur noch|künftig ausschließlich|nun ausschließlich|inzwischen ausschließlich)\\s+(?:(?!\\d[\\d.,]*\\s)[^\\s.;:!?]+\\s+){0,5}?[\\p{L}-]*(?:chips|gpus|prozessoren|beschleuniger|hardware)\\s+${W}{0,4}?(?:nutz|setz|verwend|trainier)[\\p{L}\\p{N}_]*`,
      `(?:relies|rely|relying|leans?|leaning)\\s+(?:more|increasingly|now|mostly|primarily)\\s+on\\s+${W}{0,3}?(?:alternative|domestic|chinese|own|homegrown|in-house|local)\\s+(?:\\S+\\s+)?(?:chips|gpus|processors|accelerators|hardware)\\b`,
      // "adapted its GLM models to run on Huawei Ascend servers": the models now run elsewhere
      `\\b(?:adapt|port)(?:s|ed|ing)?\\s+${W}{0,6}?to (?:run|work|train) on\\b`,
      'ersetz[\\p{L}\\p{N}_]*',
      'replac(?:e|es|ed|ing)\\b',
      'substitut[\\p{L}\\p{N}_]*',
      'pivot[\\p{L}\\p{N}_]* (?:to|toward)',
      'in favou?r of\\b',
      'zugunsten\\b',
      'ausweich[\\p{L}\\p{N}_]*',
      `portier[\\p{L}\\p{N}_]*\\s+${W}{0,6}?auf\\b`,
      `port(?:ed|s|ing)\\s+${W}{0,6}?to\\b`,
      'opt(?:s|ed|ing)? (?:for|to use)\\b',
      `(?:kehr|wend)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:ab|zu)\\b`,
      // turning one's back on a platform, cutting the dependence on it, swapping it, choosing another over it
      `(?:kehr|wend)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?den rücken\\b|den rücken\\s+(?:zu)?(?:kehr|gekehrt)[\\p{L}\\p{N}_]*`,
      // finite or participle only ("designed to reduce its dependence" states a purpose), with the platform
      `(?:reduziert|reduzieren|reduzierte|verringert|verringern|verringerte|senkt|senkte|reduces|reduced|reducing|lowers|lowered|lowering|cuts|cutting)\\s+${W}{0,3}?(?:abhängigkeit|reliance|dependence|dependency)\\s+(?:von|vom|on|upon|from)\\b`,
      'swap(?:s|ped|ping)?\\b',
      // made to use another platform for training or inference: "prompting it to use Nvidia chips for
      // training", "zwingt DeepSeek dazu, für das Training Nvidia-Chips einzusetzen"
      `(?:zwingt|zwang|zwingen|zwangen|gezwungen|veranlass[\\p{L}\\p{N}_]*|prompt(?:s|ed|ing)|forc(?:es|ed|ing)|compell(?:s|ed|ing))(?=\\s[^.;!?]{0,160}?\\b(?:to use|to rely on|to turn to|to train on|to run on|einzusetzen|zu nutzen|zu verwenden|zu setzen)\\b)(?=[^.;!?]{0,160}?\\b(?:training|trainings|inferenz|inference)\\b)(?![^.;!?]{0,160}?\\b(?:weiterhin|still|continue[\\p{L}\\p{N}_]*|eigene[\\p{L}\\p{N}_]*|own)\\b)(?=[^.;!?]{0,200}?\\b(?:nvidia|huawei|ascend|amd|google|tpus?|intel|cambricon|kunlun|trainium|h20|h800|h100|h200|b200|mi\\d+[\\p{L}\\p{N}_]*)[^.;!?]{0,200}?\\b(?:nvidia|huawei|ascend|amd|google|tpus?|intel|cambricon|kunlun|trainium|h20|h800|h100|h200|b200|mi\\d+[\\p{L}\\p{N}_]*)|(?<=\\b(?:nvidia|huawei|ascend|amd|google|tpus?|intel|cambricon|kunlun|trainium|h20|h800|h100|h200|b200|mi\\d+[\\p{L}\\p{N}_]*)[^.;!?]{0,200})[^.;!?]{0,200}?\\b(?:nvidia|huawei|ascend|amd|google|tpus?|intel|cambricon|kunlun|trainium|h20|h800|h100|h200|b200|mi\\d+[\\p{L}\\p{N}_]*)|[^.;!?]{0,160}?\\b(?:wieder|zurück|stattdessen|statt|instead|back|künftig|nun|now)\\b)`,
      // the old platform dropped, the new one named elsewhere in the sentence: "ditched Nvidia and trained
      // V4 on Ascend chips", "after dropping Nvidia hardware"
      `(?<!(?:investors|traders|funds|shareholders|anleger|markets|street)\\s+)(?:ditch|dump|abandon)(?:s|ed|ing)?\\s+${W}{0,3}?(?:nvidia|amd|huawei|google|intel|[\\p{L}-]*(?:chips|gpus|hardware|accelerators|processors|tpus))\\b(?!['’]?s?\\s+(?:shares|stock|stakes?|aktien))(?=(?:(?!\\b(?:betting|bet|would|if)\\b)[^.;!?]){0,80}?\\b(?:train[\\p{L}\\p{N}_]*|runs?|running|ran|mov[\\p{L}\\p{N}_]*|switch[\\p{L}\\p{N}_]*|shift[\\p{L}\\p{N}_]*)\\s+(?:\\S+\\s+){0,4}?(?:on|to)\\b)`,
      `(?<=\\b(?:train[\\p{L}\\p{N}_]*|runs?|running|ran)\\s+[^.;!?]{0,80}?\\b(?:after|by|while|when)\\s+)(?:ditch|dump|abandon|dropp)(?:s|ed|ing)?\\s+${W}{0,3}?(?:nvidia|amd|huawei|google|intel|[\\p{L}-]*(?:chips|gpus|hardware|accelerators|processors|tpus))\\b(?!['’]?s?\\s+(?:shares|stock|stakes?|aktien))`,
      `(?:chose|chosen|choose|chooses|choosing|picked|picks|prefer(?:s|red|ring)?|favou?r(?:s|ed|ing)?)\\s+(?:to\\s+(?:rely|run|train)\\s+on\\s+)?${W}{0,4}?(?:[\\p{L}-]*(?:chips?|gpus?|tpus?|hardware|accelerators?|processors?|prozessoren|beschleuniger)|trainium\\d*|inferentia\\d*|\\S*\\d\\S*)\\s+over\\b`,
      `verleg(?:t|te|ten|en)\\s+${W}{0,3}?(?:training|trainings\\p{L}*|inferenz|rechenarbeit|betrieb)\\b`,
      'umgestellt',
      'umgestiegen',
      'umstieg',
      // the separable verb split around its target: "steigt ByteDance auf Huaweis Ascend 910C um"
      `steig(?:t|en|e|en)?\\s+${W}{0,6}?auf\\s+${W}{0,5}?um(?=\\s*(?:[.,;:!?]|$|und\\b|and\\b))`,
      `stieg(?:en)?\\s+${W}{0,6}?auf\\s+${W}{0,5}?um(?=\\s*(?:[.,;:!?]|$|und\\b|and\\b))`,
      // not the idiom of a sale: "wechselten für 12 Milliarden Dollar die Besitzer"
      '(?<!(?:besitzer|eigentümer)\\s+(?:\\S+\\s+){0,3})wechsel[\\p{L}\\p{N}_]*(?![^.;!?]{0,80}?(?<![\\p{L}])(?:den|die)\\s+(?:besitzer|eigentümer)(?![\\p{L}]))',
      'setzt[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+){0,5}?(?:nun|jetzt|wieder|erneut|stattdessen|inzwischen|mittlerweile|neuerdings) auf',
      '(?:now|increasingly|instead)\\s+(?:relies|rely|relying|depends|depend|depending|leans|lean|leaning)\\s+on\\b',
      `(?:stützt|stützen|verlässt|verlassen)\\s+sich\\s+${W}{0,4}?(?:nun|jetzt|inzwischen|mittlerweile|zunehmend|stattdessen)\\s+auf\\b`,
      // doing without a vendor's chips for training or inference: "verzichtete beim Training auf Nvidia-GPUs"
      `verzicht[\\p{L}\\p{N}_]*\\s+(?!${W}{0,6}?(?:nicht|keineswegs|kaum)\\s)${W}{0,6}?auf\\s+(?:die\\s+)?(?:\\S+\\s+){0,2}?[\\p{L}-]*(?:chips|gpus|grafikprozessoren|hardware|beschleuniger)\\b`,
      '(?:nun|jetzt) wieder auf',
      'wieder (?:auf|mit)',
      'zurück (?:zu|auf)',
      'rückkehr zu',
      'statt\\b',
      'anstelle',
      'anstatt',
      `greift[\\p{L}\\p{N}_]*\\s+${W}{0,12}?zurück`,
      'zurück(?:gegriffen|zugreifen|greifen)\\b',
      `switch(?:ed|es|ing)?\\s+(?:(?!to\\s)${W}){0,9}?(?:on)?to\\b`,
      `mov(?:ed|es|ing)\\s+(?:(?!to\\s)${W}){0,9}?(?:on)?to\\b${NOT_AN_INFINITIVE}`,
      `shift(?:ed|s|ing)?\\s+(?:(?!to\\s)${W}){0,9}?(?:on)?to\\b${NOT_AN_INFINITIVE}`,
      `migrat[\\p{L}\\p{N}_]*\\s+${W}{0,9}?(?:(?:on)?to|towards?)\\b`,
      `turn(?:ed|s|ing)? to\\b${NOT_AN_INFINITIVE}`,
      'back to\\b',
      'f[ae]ll(?:s|en|ing)? back (?:on|to)\\b',
      `mov(?:e|ed|es|ing)\\s+(?:(?!to\\s)${W}){0,9}?(?:on)?to\\b${NOT_AN_INFINITIVE}`,
      'revert[\\p{L}\\p{N}_]* to\\b',
      'retreat(?:s|ed|ing)? to\\b',
      // "started anew, using Nvidia's H20 GPUs instead": the platform taken up, the instead last
      `(?:using|uses|used|relying on|relied on|running on|trained on|training on|choosing|chose|chooses|opting for|opted for|picking|picked|selecting|selected)\\s+${W}{0,5}?[\\p{L}-]*(?:chips|gpus|hardware|processors|accelerators|tpus)\\s+instead\\b`,
      'return[\\p{L}\\p{N}_]* to\\b',
      'instead of\\b',
      // the usual platform ruled out: "does not use any American chips", "on non-Nvidia silicon", "ohne US-Chips"
      `(?:does|do|did)\\s*(?:n['’]t|not)\\s+use\\s+(?:any\\s+)?(?:american|u\\.?s\\.?|nvidia|foreign|western)\\s+(?:chips|gpus|silicon|hardware|processors|accelerators)\\b`,
      // "trained entirely on Ascend processors, without any Nvidia chips": held, as "ohne" is, to a model running
      // entirely on the other platform (hardware-switch.ts)
      `\\bwithout\\s+(?:using\\s+|relying on\\s+)?(?:any\\s+|a single\\s+)?(?:american|u\\.?s\\.?|nvidia(?:['’]s)?|foreign|western)\\s+(?:chips?|gpus?|silicon|hardware|processors?|accelerators?)\\b`,
      // the usual vendor shunned, told as done: "shunned Nvidia's GPUs entirely", "eschewed Nvidia hardware",
      // "bypassed Nvidia" (not "would eschew", "which bypasses", "has shunned AMD's MI350 so far")
      `(?<!\\bwhich\\s+)(?:shunned|eschewed|bypassed|snubbed|forwent|forgone)\\s+(?:the\\s+)?(?:nvidia|american|u\\.?s\\.?|western|foreign)(?:['’]s)?\\b(?!\\s+(?:\\S+\\s+){0,3}?(?:so far|for now|yet)\\b)`,
      // "hat dabei auf Nvidia-GPUs verzichtet": the verb after its object
      `\\bauf\\s+(?:die\\s+)?(?:\\S+\\s+){0,2}?[\\p{L}-]*(?:chips|gpus|grafikprozessoren|hardware|beschleuniger)\\s+(?:\\S+\\s+){0,2}?verzicht[\\p{L}\\p{N}_]*`,
      `\\bohne\\s+(?:den\\s+)?(?:einsatz\\s+(?:von\\s+)?)?(?:amerikanische|us-|nvidia-|westliche)\\p{L}*\\s*(?:chips|gpus|hardware|prozessoren|beschleuniger)\\b`,
      'away from\\b',
      // "löst sich damit von Nvidia", "macht sich unabhängiger von Nvidia": the German "moving away from"
      `(?:löst|lösen|löste|lösten)\\s+sich\\s+${W}{0,3}?(?:von|vom)\\b`,
      `(?:macht|machen|machte|machten)\\s+sich\\s+${W}{0,2}?unabhängig[\\p{L}\\p{N}_]*\\s+(?:von|vom)\\b`,
      'weg von\\b',
      'abkehr von\\b',
      'rather than\\b',
      'in place of\\b',
      // a move told by leaving or taking up a platform: "ditched Huawei chips for Nvidia", "abandoning
      // Nvidia hardware", "adopts domestic chips for training", "begun renting Google's chips"
      // the object is hardware: "adopted a MoE design" or "abandoned the Maia 200" is no move
      `(?:ditch|abandon|adopt)[\\p{L}\\p{N}_]*\\s+${W}{0,5}?(?:hardware|silicon|chips?|gpus?|accelerators?|processors?|tpus?|beschleuniger|prozessoren)\\b`,
      `(?:begin|begins|began|begun|beginning|start|starts|started|starting)\\s+(?:to\\s+)?(?:using|use|renting|rent|deploying|deploy|tapping|tap)\\b`,
      `transition(?:s|ed|ing)?\\s+${W}{0,3}?to(?:wards?)?\\b`,
      `\\bnow\\s+(?:\\S+\\s+)?(?:us(?:es|ing|e)|utili[sz](?:es|ing|e)|deploy(?:s|ing)?|rent(?:s|ing)?|tap(?:s|ping)?)\\b`,
      `(?:shift|switch|mov|turn)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?towards?\\b`,
      // a decided or planned adoption for training or running models: "plans to train its next model on
      // Huawei chips", "agreed to use Trainium to train Claude", "plant, seine Modelle mit Chips von
      // Huawei zu trainieren", "will künftig Chips von Cerebras für ChatGPT nutzen" (a platform must be named)
      `(?:plans?|planning|agreed|agrees|aims?|intends?|decided|has chosen|chose)\\s+to\\s+(?:\\S+\\s+){0,1}?(?:train|run|(?:use|deploy)\\s+${W}{0,3}?(?:[\\p{L}-]*(?:chips?|gpus?|tpus?|accelerators?|processors?|hardware)|trainium\\d*|inferentia\\d*)\\b)`,
      `(?:plant|planen|plante|planten|beschloss|beschlossen|entschied|entschieden)\\s*,?\\s+${W}{0,10}?[\\p{L}-]*(?:chips|gpus|prozessoren|beschleunigern?|tpus|hardware)\\s+${W}{0,6}?(?:zu\\s+(?:trainieren|betreiben|entwickeln|nutzen|verwenden)|einzusetzen)\\b`,
      `(?:künftig|zukünftig|fortan|erstmals)\\s+${W}{0,8}?(?:nutzen|einsetzen|verwenden|trainieren|betreiben)\\b`,
      // own or domestic chips in use since a time, or leaned on more: "nutzt seit Anfang des Jahres eigene
      // Chips für KI-Modelle", "has been using its own chips for AI models since", "will lean more on Nvidia"
      `(?:nutzt|nutzen|nutze|verwendet|verwenden|verwende|setzt|setzen|setze)\\s+(?:\\S+\\s+)?(?:bereits\\s+|schon\\s+)?seit\\s+${W}{0,5}?(?:eigene|heimische|chinesische|selbst entwickelte|selbstentwickelte|maßgeschneiderte|hauseigene)[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+)?(?:chips|prozessoren|beschleuniger)\\b`,
      // ... with the time after the chips: "nutzt seine eigenen Chips seit Anfang 2025 für KI-Modelle"
      `(?:nutzt|nutzen|verwendet|verwenden|setzt|setzen)\\s+(?:bereits\\s+|schon\\s+)?(?:seine|ihre|die)?\\s*(?:eigene|heimische|chinesische|selbst entwickelte|selbstentwickelte|maßgeschneiderte|hauseigene)[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+)?(?:chips|prozessoren|beschleuniger)\\s+(?:bereits\\s+|schon\\s+)?seit\\b`,
      // reliance said as growing or decided: "setzt vermehrt auf Chips von Huawei", "hat entschieden,
      // künftig auf Chips von Huawei zu setzen", "instead relied on Google TPUs"; a return told by the
      // verb bracket: "kehrte für das Training von R2 zu Nvidia zurück"
      `setzt[\\p{L}\\p{N}_]*\\s+(?:\\S+\\s+){0,5}?(?:vermehrt|zunehmend|verstärkt|stärker) auf`,
      `(?:entschieden|beschlossen|entschlossen|entschied|beschloss)[\\p{L}\\p{N}_]*\\s*,?\\s+${W}{0,6}?auf\\s+${W}{1,6}?zu\\s+setzen\\b`,
      '(?:instead|now|increasingly)\\s+relied\\s+on\\b|relied\\s+instead\\s+on\\b',
      `kehr[\\p{L}\\p{N}_]*\\s+${W}{0,8}?zu\\s+${W}{1,4}?zurück\\b`,
      `(?:has|have) been (?:using|deploying|running on)\\s+(?:its|their)\\s+(?:own|in-house|homegrown|domestic)\\s+(?:\\S+\\s+)?(?:chips|processors|accelerators)\\b(?=[^.;!?]{0,80}\\bsince\\b)`,
      `(?:lean|leans|leaning|rely|relies|relying)\\s+(?:more|increasingly)\\s+on\\b`,
      // trials of another platform: "experimenting with training new versions of Ernie on its Kunlun chips"
      `experiment[\\p{L}\\p{N}_]*\\s+with\\s+(?:training|running)\\b`,
      `experimentier[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:mit|damit)\\b(?=[^.;!?]{0,120}\\btrainier)`,
    ].join('|'),
    'u',
  ),
  export_control: new RegExp(
    [
      '(?:export|verkaufs|ausfuhr|kauf|einfuhr|import|liefer|handels)(?:verbot|stopp|beschränkung|kontrolle|lizenz|genehmigung|erlaubnis|sperre|bann)[\\p{L}\\p{N}_]*',
      // rules named by their goods: "die neuen Chip-Beschränkungen", "Halbleiterexportkontrollen"
      '(?<![\\p{L}])(?:chip|halbleiter)-?(?:export)?(?:beschränkung|restriktion|kontrolle|verbot|sperre)[\\p{L}\\p{N}_]*',
      // a sale now possible only with a licence: "ist nur noch mit Genehmigung möglich", "only with an export licence"
      `(?:nur|only)\\s+(?:noch\\s+)?(?:mit|with)\\s+(?:einer\\s+|a\\s+|an\\s+)?(?:[\\p{L}.]+\\s+)?(?:special\\s+|u\\.?s\\.?\\s+|sonder|export\\s*|ausfuhr)?(?:lizenz|genehmigung|erlaubnis|licen[cs]e|permit|approval)\\b`,
      // a market closed to a chip: "was shut out of the Chinese market", "vom chinesischen Markt ausgeschlossen"
      // (not one that stays closed: "sind weiterhin vom chinesischen Markt ausgeschlossen")
      `(?<!\\b(?:still|remains?|remained|weiterhin|noch immer|immer noch|bleib[\\p{L}]*|blieb[\\p{L}]*)\\s+(?:\\S+\\s+){0,2})(?:(?:shut|locked|frozen|cut)\\s+out\\s+of\\s+(?:the\\s+)?(?:chinese|china['’]s)\\s+market\\b|vom\\s+chinesischen\\s+markt\\s+(?:\\S+\\s+){0,2}?ausgeschlossen\\b)`,
      '(?:export|ausfuhr)(?:regel|vorschrift|restriktion)[\\p{L}\\p{N}_]*',
      'exportverbot[\\p{L}\\p{N}_]*',
      // using or selling a chip "violates export controls": the restriction reaches the chip
      `(?:violat[\\p{L}\\p{N}_]*|breach[\\p{L}\\p{N}_]*|in violation of|contraven[\\p{L}\\p{N}_]*|runs? afoul of)\\s+${W}{0,3}?(?:u\\.?s\\.?\\s+|american\\s+)?export\\s+(?:controls?|rules|regulations|restrictions|laws)\\b`,
      // licences and approvals given, refused or taken back, by family
      `issu(?:e|es|ed|ing)\\s+${W}{0,2}?(?:licen[cs]es?|(?:export\\s+)?permits?)\\b`,
      `(?<!(?:seek[\\p{L}\\p{N}_]*|await[\\p{L}\\p{N}_]*|needs?|needed|no|without)\\s+(?:\\S+\\s+){0,2})(?:approval|permission|clearance|green light|go-ahead)\\s+${W}{0,2}?(?:to|for)\\s+(?:sell|ship|export|supply|deliver|sales?|shipments|exports)\\b`,
      `can\\s+(?:now\\s+|once again\\s+)?(?:sell|ship|export|supply)\\s+${W}{0,5}?(?:to|in|into)\\s+(?:china|chinese)\\b`,
      `(?:can|could|may)\\s+no longer\\s+be\\s+(?:sold|shipped|exported|supplied)\\b`,
      // a sale that now needs a licence: "can no longer sell its MI308 to China without a licence", "darf den
      // H20 nicht mehr ohne Lizenz nach China liefern"
      `(?:can no longer|could no longer|no longer allowed to)\\s+(?:sell|ship|export|supply)\\s+${W}{0,6}?(?:to|in|into)\\s+(?:china|chinese)\\b`,
      // buyers abroad kept from a chip: "China and other countries can't have the Blackwell chips"
      `(?:china|chinese\\s+\\S+|(?:other\\s+|foreign\\s+)?countries|beijing)\\s+(?:\\S+\\s+){0,3}?(?:can't|can’t|cannot|can not|won't be able to|will not be able to|may not|must not|(?:is|are) not allowed to)\\s+(?:have|get|buy|obtain|receive|access|purchase)\\b(?!\\s+(?:enough|it both ways|it all|much|more)\\b)`,
      // a chip kept for home buyers: "will be reserved exclusively for United States companies"
      `reserved\\s+(?:\\S+\\s+){0,2}?for\\s+(?:the\\s+)?(?:american|u\\.s\\.|us|united states|domestic)\\s+(?:\\S+\\s+)?(?:companies|customers|firms|buyers|use|market)\\b`,
      // a permission told with "let": "will not let Nvidia sell the B30A to Chinese customers" (negated: a restriction)
      `\\blet\\s+${W}{1,3}?(?:sell|ship|export|supply)\\s+${W}{0,6}?(?:to|in|into)\\s+(?:china|chinese)\\b`,
      `(?:nicht mehr|nicht|nie)\\s+ohne\\s+(?:eine\\s+)?(?:export|ausfuhr)?lizenz[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:liefern|verkaufen|exportieren|ausführen)\\b`,
      `(?:revok|rescind|withdr[ae]w|withdrawn|pull)[\\p{L}\\p{N}_]*\\s+${W}{0,3}?licen[cs]`,
      `\\bno\\s+${W}{0,4}?(?:will|would|to|can|could)\\s+be\\s+(?:sold|shipped|exported)\\s+to\\b`,
      `(?:told|ordered|instructed|directed)\\s+${W}{0,4}?to\\s+(?:stop|halt|cease|suspend|pause)\\s+(?:buying|purchasing|ordering|using|(?:their\\s+|all\\s+)?(?:orders|purchases|imports)\\b)`,
      `lizenz[\\p{L}\\p{N}_]*\\s+${W}{0,8}?entz(?:og|ieht|ogen|iehen)\\b`,
      `(?:einfuhr|import|verk[aä]uf|ausfuhr|export|lieferung)\\p{L}*\\s+${W}{0,7}?(?:gestoppt|stoppt|stoppte|blockiert|untersagt|verboten)\\b`,
      // customs keeping chips out: "lassen Lieferungen des H200 nicht mehr ins Land"
      `(?:lassen|lässt|ließ|ließen)\\s+${W}{0,6}?(?:nicht|keine[\\p{L}\\p{N}_]*)\\s+(?:mehr\\s+)?(?:ins land|über die grenze|durch den zoll)\\b`,
      `(?:wies|weist|weisen|wiesen)\\s+${W}{0,4}?an,?\\s+${W}{0,4}?(?:keine|nicht)\\s+${W}{0,4}?zu\\s+(?:kaufen|bestellen|beziehen|nutzen)\\b`,
      // "haben die Konzerne angewiesen, alle Bestellungen für den H200 einzustellen", "stoppt Bestellungen für"
      `(?:angewiesen|aufgefordert|wies\\s+${W}{0,4}?an|ordnet[\\p{L}\\p{N}_]*\\s+${W}{0,4}?an),?\\s+${W}{0,10}?(?:[\\p{L}\\p{N}-]+-)?(?:bestellungen|käufe|einkäufe|importe|nutzung|kauf|erwerb|einkauf|beschaffung|anschaffung)\\s+${W}{0,8}?(?:einzustellen|zu stoppen|auszusetzen|zu unterlassen|zu beenden|zu pausieren)\\b`,
      // "stoppt die Einfuhr des H200", "untersagte den Kauf des H20", "China stoppt H200-Importe"
      `(?:stopp[\\p{L}\\p{N}_]*|untersag[\\p{L}\\p{N}_]*|verbiet[\\p{L}\\p{N}_]*|verbot)\\s+${W}{0,7}?(?:(?:bestellungen|käufe|kauf|einkäufe|importe|einfuhr|einfuhren|erwerb|verkauf|verkäufe|export|exporte|ausfuhr|ausfuhren|lieferungen|auslieferung)\\s+(?:für|von|vom|des|der)(?![\\p{L}])|[\\p{L}\\p{N}]+-(?:bestellungen|käufe|importe|einfuhren)(?![\\p{L}]))`,
      `(?:lockert|lockerte|gelockert|lockern)\\s+${W}{0,4}?(?:beschränkung|restriktion|kontroll|regel|verbot|auflage)[\\p{L}\\p{N}_]*`,
      'exportstopp[\\p{L}\\p{N}_]*',
      'exportbeschränkung[\\p{L}\\p{N}_]*',
      'exportkontroll[\\p{L}\\p{N}_]*',
      'exportlizenz[\\p{L}\\p{N}_]*',
      'ausfuhrverbot[\\p{L}\\p{N}_]*',
      'ausfuhrgenehmigung[\\p{L}\\p{N}_]*',
      'lizenzpflicht[\\p{L}\\p{N}_]*',
      `lizenz[\\p{L}\\p{N}_]*\\s+${W}{0,10}?(?:erteil|gewähr|zugesichert|erhalten|vergeben|bedürf|bedarf|erforderlich|nötig|verlang)[\\p{L}\\p{N}_]*`,
      // a government that demands licences: "verlangt künftig Lizenzen für den Export"
      `verlang[\\p{L}\\p{N}_]*\\s+(?:(?!kein)${W}){0,4}?(?:export|ausfuhr)?lizenz[\\p{L}\\p{N}_]*`,
      `(?:bedürf|bedarf|benötig|brauch)[\\p{L}\\p{N}_]*\\s+(?!${W}{0,6}?kein\\p{L}*\\s)${W}{0,6}?(?:export|ausfuhr)?lizenz[\\p{L}\\p{N}_]*`,
      // a licence needed with the export named between: "braucht Nvidia für die Ausfuhr des H20 nach China eine Lizenz"
      `(?:bedürf|bedarf|benötig|brauch)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?\\S*(?:export|ausfuhr|verkauf|liefer)\\S*\\s+${W}{0,6}?(?:lizenz|genehmigung)[\\p{L}\\p{N}_]*`,
      'nicht ins land',
      'sanktion[\\p{L}\\p{N}_]*',
      `(?:erhält|erhielt|bekommt|bekam|erhalten)\\s+${W}{0,4}?(?:lizenz|genehmigung)[\\p{L}\\p{N}_]*`,
      'genehmig[\\p{L}\\p{N}_]*',
      // "erteilte das Handelsministerium Nvidia die Lizenz zum Export", "Zoll stoppt den H200"
      `(?:erteil|gewähr|vergab|vergibt|vergeben)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:export|ausfuhr|sonder)?(?:lizenz|genehmigung)[\\p{L}\\p{N}_]*`,
      `(?:zoll\\p{L}*|customs)\\s+${W}{0,4}?(?:stopp[\\p{L}\\p{N}_]*|blockier[\\p{L}\\p{N}_]*|beschlagnahm[\\p{L}\\p{N}_]*|block(?:s|ed)|seiz[\\p{L}\\p{N}_]*|halt(?:s|ed))`,
      `(?:beschränkungen|restriktionen|kontrollen|auflagen|verbote?)\\s+(?:für|auf|gegen)\\s+(?:den |die |das )?(?:export|ausfuhr|verk[aä]uf|lieferung)[\\p{L}\\p{N}_]*`,
      `(?:lieferungen|exporte?|verkäufe?|ausfuhr(?:en)?)\\s+${W}{0,3}?wieder\\s+(?:aufnehmen|aufzunehmen)`,
      // the German verb closes a long middle field: "den Export ... an zwei Firmen in ... und ... autorisiert"
      `(?:exporte?|ausfuhr(?:en)?|lieferungen|verkäufe?)\\s+${W}{0,14}?(?:freigegeben|autorisiert)`,
      // the separable verb: "gab den Export des H200 nach China frei", "gibt die Ausfuhr ... frei"
      `(?:gab|gaben|gibt|geben)\\s+${W}{0,6}?(?:exporte?|ausfuhr(?:en)?)\\s+${W}{0,8}?frei(?![\\p{L}])`,
      // a market opened to a chip: "wieder für den chinesischen Markt freigegeben", "für den Export nach China zugelassen"
      `(?:für|nach)\\s+(?:den\\s+|die\\s+)?(?:chinesischen\\s+markt|china|export|ausfuhr|verkauf)\\s+(?:nach\\s+china\\s+)?(?:wieder\\s+)?(?:freigegeben|zugelassen)`,
      `(?:von|by)\\s+(?:den |the )?(?:neuen |new )?(?:export)?(?:regeln|beschränkungen|kontrollen|bestimmungen|rules|restrictions|controls)\\s+(?:betroffen|affected|erfasst|covered)`,
      // English order: "among the chips covered by the new licensing requirement", "hit by export curbs"
      `(?:covered|affected|hit|caught|captured|targeted)\\s+by\\s+(?:the\\s+|these\\s+|this\\s+)?(?:new\\s+|latest\\s+|tighter\\s+|expanded\\s+|u\\.?s\\.?\\s+)*(?:export[- ]licen[cs][\\p{L}\\p{N}_]*|licen[cs]ing|licen[cs]e|export)\\s+(?:requirements?|rules?|regime|controls?|restrictions?|curbs?|bans?)\\b`,
      `(?:darf|dürfen|durfte|durften)\\s+${W}{0,16}?nicht\\s+(?:mehr\\s+)?${W}{0,14}?(?:verkauf|liefer|exportier|ausführ|geliefert|verkauft|exportiert|anbiet|angeboten|vertreib|vertrieben)[\\p{L}\\p{N}_]*`,
      // permission told by the modal: "dass Nvidia den H200 an chinesische Kunden verkaufen darf"
      `(?:darf|dürfen|durfte|durften)(?!\\s+(?:\\S+\\s+){0,3}?nur\\s+(?:noch\\s+)?mit\\s)\\s+${W}{0,10}?(?:verkaufen|liefern|exportieren|ausführen|anbieten|ausliefern|(?:verkauft|geliefert|exportiert|ausgeliefert)\\s+werden)\\b`,
      '(?:verkaufen|liefern|exportieren|ausführen|anbieten|ausliefern)\\s+(?:darf|dürfen)\\b',
      'verbot[\\p{L}\\p{N}_]*',
      'verbiet[\\p{L}\\p{N}_]*',
      'untersag[\\p{L}\\p{N}_]*',
      'blockier[\\p{L}\\p{N}_]*',
      'gebannt',
      'bann\\b',
      'kaufverbot[\\p{L}\\p{N}_]*',
      `wieder\\s+${W}{0,4}?(?:verkaufen|liefern|exportieren|ausliefern)`,
      'wiederaufnahme',
      `nimmt\\s+${W}{0,5}?wieder auf`,
      `heb(?:t|en|t)\\s+${W}{0,10}?auf\\b`,
      'aufgehoben',
      'in return for (?:export )?licen[cs]es?',
      'im gegenzug für (?:die )?(?:export)?lizenz[\\p{L}\\p{N}_]*',
      `(?:pays?|paying|paid|zahlt[\\p{L}\\p{N}_]*|abgeführt|abführen|abgeben)\\s+${W}{0,12}?(?:washington|(?:the |us |u\\.s\\. )?government|(?:us-)?regierung)\\b`,
      // the deal told by its share alone: "will pay 15% of its revenues from sales of the H20 chip"
      REVENUE_SHARE_PAID,
      'export (?:ban|bans|controls?|restrictions?|curbs?|licen[cs]es?|licen[cs]ing|rules?|limits?|permits?)\\b',
      // the import side: "China is implementing import control measures", "an import ban on the H200"
      'import (?:ban|bans|controls?|restrictions?|curbs?|stops?)\\b',
      // a levy on exports, the price of a licence: "erhebt auf den H20 eine Abgabe auf den Export", "a 25% fee on sales to China"
      `(?<![\\p{L}])(?:abgabe|gebühr|sondersteuer|strafsteuer|exportsteuer|steuer|levy|fee|surcharge|tax)\\s+(?:\\S+\\s+){0,3}?(?:auf|on)\\s+(?:(?:den|die|the)\\s+(?:export|ausfuhr|exports|shipments|lieferungen)(?![\\p{L}])|(?:such|these|those|diese|solche)\\s+(?:sales|verkäufe|exports|exporte|shipments|lieferungen)(?![\\p{L}])|(?:export|ausfuhr|exports|shipments|lieferungen)(?![\\p{L}])|(?:\\S+\\s+){0,2}?[\\p{L}\\p{N}-]*(?:sales|verkäufe)\\s+(?:\\S+\\s+){0,4}?(?:to|in|into|nach)\\s+(?:china|die volksrepublik)(?![\\p{L}]))`,
      // a permission told as a way opened: "opened the way for exports of the H200", "den Weg für Exporte frei gemacht"
      `(?:open(?:s|ed|ing)?|clear(?:s|ed|ing)?|pav(?:es|ed|ing))\\s+the\\s+way\\s+for\\s+${W}{0,2}?(?:exports?|sales|shipments|imports?|deliveries)\\b`,
      `(?<![\\p{L}])(?:den\\s+)?weg\\s+für\\s+${W}{0,2}?(?:exporte?|ausfuhr(?:en)?|verkäufe?|lieferungen|einfuhren?)\\s+${W}{0,8}?(?:frei\\s*gemacht|freigemacht|geebnet|geöffnet|frei)\\b`,
      `(?:halt|stopp|suspend|froze|freez)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:exports?|sales|shipments|imports?|purchases)\\b`,
      `stop(?:s|ped|ping)?\\s+${W}{0,4}?(?:exports?|sales|shipments)\\s+${W}{0,6}?(?:to|into|in)\\s+(?:china|chinese)\\b`,
      `(?:zoll\\p{L}*|customs)\\s+${W}{0,4}?(?:verweiger[\\p{L}\\p{N}_]*|refus[\\p{L}\\p{N}_]*|den(?:y|ies|ied))\\s+(?:die\\s+|the\\s+)?(?:abfertigung|einfuhr|clearance|to clear|entry|import)`,
      'licen[cs](?:e|ing) requirements?',
      // "now requires a special license", "necessitates an export licence"
      '(?:requir|necessitat)(?:e|es|ed|ing) (?:a |an )?(?:special |new |separate |additional |u\\.?s\\.? )?(?:export )?licen[cs]es?',
      `need(?:s|ed)?\\s+(?:a |an )?(?:special |new |separate |additional )?(?:u\\.?s\\.? )?(?:export )?(?:licen[cs]es?|permits?)\\b`,
      // not as a hyphenated adjective: "challenging-to-obtain licences" are a requirement
      `(?:secure|obtain|receive|win|won)(?<!-(?:secure|obtain|receive|win|won))\\s+${W}{0,3}?licen[cs]es?`,
      `prevent(?:s|ed|ing)?\\s+${W}{0,2}?(?:sales?|exports?|shipments?|deliveries)\\b`,
      `authori[sz](?:e|es|ed|ing)\\s+${W}{0,6}?(?:sales?|sell|exports?|shipments?|ship)\\b`,
      // permission in other words (round 38, own paraphrases): "clears the MI308 for sale to China", "signed off on
      // the sale of", "exports ... have been authorised", "licences to ship ... have been approved", "durchgewunken"
      `clear(?:s|ed|ing)?\\s+${W}{0,4}?for\\s+(?:sale|sales|export|exports|shipment|shipments|delivery|deliveries)\\s+to\\b`,
      `sign(?:s|ed|ing)?\\s+off\\s+on\\s+(?:the\\s+)?(?:sale|sales|export|exports|shipment|shipments)\\s+of\\s+(?:\\S+\\s+){0,3}?(?:chips?|gpus?|accelerators?|processors?|semiconductors?)\\b`,
      `(?:exports?|shipments?)\\s+(?:[^\\s,;:!?]+\\s+){0,8}?(?:have|has)\\s+been\\s+(?:authori[sz]ed|approved|cleared|permitted)\\b`,
      `(?:export\\s+licen[cs]es?|licen[cs]es?\\s+(?:to\\s+(?:ship|export|sell|supply)|for\\s+(?:exports?|shipments?|sales?)))\\s+(?:[^\\s,;:!?]+\\s+){0,8}?(?:have|has)\\s+been\\s+(?:approved|granted|issued)\\b`,
      `(?:export|ausfuhr|verkauf|verkäufe|lieferung|einfuhr|lizenz)[\\p{L}\\p{N}_]*\\s+${W}{0,8}?durch(?:ge)?wunken\\b|(?:winkt|winkte|winken|winkten)\\s+(?:den|die|das)\\s+(?:export|ausfuhr|verkauf|verkäufe|lieferung|einfuhr)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?durch(?![\\p{L}])`,
      // a restriction in other words: "schiebt dem Verkauf einen Riegel vor", "streng kontingentiert", placed
      // under a licensing regime
      `(?:dem|den)\\s+(?:export|ausfuhr|verkauf|verkäufen|lieferungen|einfuhr)[\\p{L}\\p{N}_]*\\s+${W}{0,8}?(?:einen\\s+)?riegel\\s+vor(?:geschoben|zuschieben|schieben)?(?![\\p{L}])`,
      `(?:export|ausfuhr|ausfuhren|exporte|lieferungen|verkäufe|einfuhr)[\\p{L}\\p{N}_]*\\s+${W}{0,10}?kontingentier[\\p{L}\\p{N}_]*`,
      `(?:has been|have been|was|were|is now|are now)\\s+(?:placed|put|brought)\\s+under\\s+${W}{0,6}?(?:licen[cs]ing|export[- ]control|export)\\s+(?:regime|requirements?|rules|controls)\\b`,
      // customs holding shipments: "Der chinesische Zoll hält ... Sendungen ... fest"
      `zoll[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:hält|hielt|halten|hielten)\\s+(?!an\\b)${W}{0,6}?(?:sendung|lieferung|ladung|container|fracht)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?fest(?![\\p{L}])(?!\\s*,?\\s*dass\\b)`,
      `licen[cs]es?\\s+${W}{0,3}?(?:granted|approved|issued)`,
      // exports capped or limited: "the diffusion rule capped exports of chips such as the H200", "begrenzte die
      // Ausfuhr" (with its article: "begrenzte Lieferungen" is a limited amount)
      `cap(?:s|ped|ping)?\\s+(?:the\\s+)?exports?\\b`,
      `begrenz[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:die|den)\\s+(?:ausfuhr\\p{L}*|exporte?)\\b`,
      // customs that no longer clear the goods: "has stopped clearing shipments of", "fertigt Lieferungen ... nicht mehr ab"
      '(?:stopp?(?:ed|s|ing)?|halt(?:ed|s|ing)?|ceas(?:e|es|ed|ing))\\s+clearing\\b|no longer clears?\\b',
      `fertig(?:t|en|te|ten)\\s+${W}{0,6}?nicht mehr ab\\b`,
      `(?:grant(?:s|ed|ing)?|approved|issued|received|obtained|secured|assured)\\s+${W}{0,4}?licen[cs]es?`,
      // licences or permission got: "got licences to sell", "landed export licences", "was given permission to export"
      `(?:got|gets|getting|landed|lands)\\s+(?:(?:the|its|their|all|new|fresh|export|u\\.?s\\.?|necessary|required|needed|first|several|some|two|special)\\s+){0,3}licen[cs]es?`,
      // the licences first: "The licenses, which were granted in September", "Licences for the GB300 were granted"
      `licen[cs]es?,?\\s+(?:(?:which|that|for)\\s+)?${W}{0,4}?(?:were|was|have been|has been|had been)\\s+(?:\\S+\\s+)?(?:granted|approved|issued)\\b`,
      `(?:been|was|were|is|are)\\s+(?:given|granted)\\s+(?:\\S+\\s+){0,2}?permission\\s+to\\s+(?:sell|export|ship|deliver|supply)\\b`,
      'ban(?:s|ned|ning)?\\b',
      'barr(?:ed|ing)\\b',
      // the verb; the bare noun ("Block FP8", "a block of") is no ban
      "block(?:s|ed|ing)\\b|block\\s+(?=(?:the|its|their|all|any|sales|exports?|shipments?|deliveries|imports?|purchases|orders|access|nvidia|amd|\\S+['’]s)\\b)",
      'restrict(?:s|ed|ing|ions?)?\\b',
      'curbs?\\b',
      // exports limited to a destination: "limited H20 AI chip exports to China", "curbed H20 sales to China"
      `(?:limit|curb|cap|throttl)(?:s|ed|ing|ped|ping|e|es)?\\s+${W}{0,5}?(?:exports?|sales|shipments)\\s+(?:to|into)\\s+(?:china|chinese|russia|iran|north korea|the uae|the united arab emirates|saudi|the middle east|the gulf|gulf|foreign|overseas|certain countries|other countries|those countries)\\b`,
      // German, the finite verb before its object: "beschränkte den Export des H20 nach China"
      `(?:beschränk|einschränk|begrenz)[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:den|die|das)\\s+(?:export|ausfuhr|verk[aä]uf|lieferung)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?nach\\s`,
      'prohibit[\\p{L}\\p{N}_]*',
      `lift(?:s|ed|ing)?\\s+${W}{0,4}?(?:ban|restrictions?|curbs?|controls?)`,
      `(?:approv|allow|clear|permitt?)(?:es|s|ed|ing)?\\s+${W}{0,5}?(?:to\\s+)?(?:sell|sold|sales|export|ship|deliver|import)[\\p{L}\\p{N}_]*`,
      // a sale of chips approved: "approved the sale of B200 chips to" (not of a building or a chip unit)
      `approv(?:e|es|ed|ing)\\s+(?:the\\s+)?sale\\s+of\\s+(?:\\S+\\s+){0,3}?[\\p{L}-]*(?:chips?|gpus?|processors?|accelerators?)\\b(?!\\s+(?:unit|division|business|maker|firm|company|plant|factory))`,
      // a prohibition told with "dürfen": "dass diese Chips nicht nach China exportiert werden dürfen"
      `(?:nicht|keine?)\\s+${W}{0,6}?(?:exportiert|ausgeführt|geliefert|verkauft)\\s+werden\\s+(?:dürfen|darf|dürften)\\b`,
      `resum(?:e|es|ed|ing|ption)\\s+${W}{0,4}?(?:sales?|shipments?|exports?|deliveries)`,
      'customs',
      `(?:stop|halt|cease|suspend|cancel|terminat)[\\p{L}\\p{N}_]*\\s+(?:${W}{0,3}?(?:imports|purchases|orders)|buying|purchasing|ordering|importing)\\b`,
      `(?:angewiesen|aufgefordert|verpflichtet)[\\p{L}\\p{N}_]*[,\\s]+${W}{0,4}?(?:keine|nicht)\\s+${W}{0,4}?(?:mehr\\s+)?(?:zu\\s+)?(?:bestellen|kaufen|einzukaufen|importieren|einzuführen|beziehen)`,
      'off-limits',
      // "angekündigt, den H200-Export nach China zuzulassen", "den Kauf von H200-Chips zu gestatten"
      `(?:export|ausfuhr|verkauf|verkäufe|lieferung|kauf|käufe)[\\p{L}\\p{N}_]*\\s+${W}{0,8}?(?:zuzulassen|zulassen|zugelassen|zu gestatten|gestatten|gestattet)\\b`,
      // "die Freigabe der H200-Exporte", "Exportfreigabe für den H20"
      `freigabe\\s+(?:der|des|von|für)\\s+${W}{0,2}?[\\p{L}\\d-]*(?:export(?:e|s)?|ausfuhr(?:en)?|verkäufe|lieferungen)(?![\\p{L}])`,
      '(?:export|ausfuhr)freigabe[\\p{L}\\p{N}_]*',
      // an objection given up: "gab ihren Widerstand gegen den Verkauf auf", "dropped its opposition to sales"
      `(?:gab|gibt|geben|gaben)\\s+${W}{0,3}?(?:widerstand|blockade|einspruch|veto)\\s+${W}{0,8}?auf\\b|(?:widerstand|blockade|einspruch|veto)\\s+${W}{0,8}?aufgegeben`,
      `(?:dropped|drops|abandoned|abandons|withdrew|withdraws)\\s+(?:its|their|his|her|the)\\s+(?:opposition|objections?|veto)\\s+to\\b`,
      'grünes licht',
      'green[- ]?l(?:ight|it)',
      'erlaub[\\p{L}\\p{N}_]*',
      // a ban, a restriction or a decision undone, not a price or a course
      `rückgängig(?<=(?:verbot|sperre|beschränkung|restriktion|genehmigung|lizenz|freigabe|export|ausfuhr|entscheidung|beschluss|schritt|maßnahme|anweisung|anordnung|verfügung|sanktion|auflage|regel)\\p{L}*[^.;!?]{1,80}?rückgängig)`,
      `revers(?:e|ed|es|ing)${REVERSED_OBJECT}`,
      'lizenzanforderung[\\p{L}\\p{N}_]*',
      '(?:export|ausfuhr)auflage[\\p{L}\\p{N}_]*',
      `(?:export|ausfuhr|verk[aä]uf|lieferung|versand)[\\p{L}\\p{N}_]*\\s+${W}{0,9}?(?:zu\\s+)?(?:stoppen|einzustellen|einstellen|verhindern|verhindert|unterbinden|unterbunden)`,
      `(?:strenger|schärfer|neu)[\\p{L}\\p{N}_]*\\s+(?:export)?kontrollen`,
      // limiting purchases or exports, separable or not: "schränkt den Kauf der H200 ein", "Importe begrenzt"
      `(?:schränk|beschränk)[\\p{L}\\p{N}_]*\\s+${W}{0,6}?(?:kauf|käufe|einkauf|import|einfuhr|bezug|export|ausfuhr|verk[aä]uf|lieferung)[\\p{L}\\p{N}_]*\\s+${W}{0,8}?ein\\b`,
      `(?:kauf|käufe|einkauf|einkäufe|import|einfuhr|export|ausfuhr)\\p{L}*\\s+${W}{0,8}?(?:einzuschränken|eingeschränkt|einschränken|zu begrenzen|begrenzt|begrenzen)\\b`,
      // "H200-Exporte sind jetzt wieder möglich", "sales to China are allowed again"
      `(?:exporte?|ausfuhr(?:en)?|lieferungen|verkäufe?)\\s+${W}{0,6}?(?:sind|ist|waren|war|wären|wird|werden)\\s+${W}{0,3}?(?:möglich|zulässig|gestattet|erlaubt)`,
      `(?:exports?|sales|shipments)\\s+${W}{0,6}?(?:are|is|were|was|will be|would be)\\s+${W}{0,2}?(?:possible|permitted|allowed)\\b`,
    ].join('|'),
    'u',
  ),
  financial: new RegExp(
    [
      // a wire's ticker line: "Nvidia (NVDA) -4.6%, AMD (AMD) +3.5%"
      '\\((?:(?:nasdaq|nyse):\\s*)?[a-z]{1,5}\\)\\s*[+\\-−–]\\s?\\d+(?:[.,]\\d+)?\\s?%(?!\\s*(?:potential|upside|downside|target|kursziel|potenzial))',
      // results told by idiom: "swung to a profit", "wrote down", "limit up", "schwarze Zahlen"
      '(?:swung|swings|swing)\\s+(?:back\\s+)?to\\s+(?:a\\s+)?(?:net\\s+)?(?:profit|loss)\\b',
      'wr(?:ote|ites|itten)\\s+(?:\\S+\\s+){0,4}?down\\b|write-?downs?\\b',
      '(?:daily\\s+)?limit[- ](?:up|down)\\b',
      '(?:schwarze|rote)n?\\s+zahlen\\b',
      // results in other words: "turned a profit", "brought in $41.1 billion", "erlöste", "mehr umgesetzt", "Wertminderung"
      'turn(?:ed|s)?\\s+(?:a|its first)\\s+(?:net\\s+)?(?:profit|loss)\\b',
      '(?:brought|brings|took|takes|raked|rakes)\\s+in\\b(?=\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?(?:[$€]|\\d[\\d.,]*\\s?(?:billion|million|bn|milliarden|millionen)?\\s?(?:dollars?|euros?|usd|eur)\\b))(?![^.;!?]{0,40}\\bworth of\\b)',
      'erlös[\\p{L}\\p{N}_]*(?![\\p{L}\\p{N}_])(?!\\s+(?:aus|von)\\s+(?:dem|der|einem|einer)\\s+(?:\\S+\\s+)?(?:börsengang|verkauf|ipo|platzierung|emission)\\p{L}*)',
      '(?:mehr|weniger)\\s+umgesetzt\\b',
      'wertminderung[\\p{L}\\p{N}_]*(?=\\s+(?:auf|in höhe von|von\\s+(?:rund\\s+|etwa\\s+)?\\d))',
      'aktie[\\p{L}\\p{N}_]*',
      // a second company's move in a contrast clause: "AMD-Aktien schossen nach oben, während Nvidia leicht nachgab"
      `(?:während|wohingegen|while|whereas)\\s+(?:\\S+\\s+){1,3}?(?:(?:leicht|deutlich|kräftig|etwas|slightly|sharply)\\s+)?(?:nachgab|nachgaben|zulegte|zulegten|fiel|fielen|stieg|stiegen|verlor|verloren|sank|sanken|kletterte|kletterten|rutschte|rutschten|rose|fell|gained|lost|slipped|climbed|declined|dipped|dropped|jumped|slid|tumbled|sank|added|advanced|retreated|eased|edged (?:up|down|higher|lower)|ticked (?:up|down))\\b(?:\\s+(?:slightly|sharply|marginally|leicht|deutlich|etwas|kräftig))?(?=\\s*(?:[.,;:!?]|$)|\\s+(?:um|by|auf|to|on|in|im|\\d))`,
      'anteilsschein[\\p{L}\\p{N}_]*',
      // a German subordinate clause puts the move last: "während die Anteile von Alphabet rund 2,7 Prozent stiegen"
      '\\d+(?:[.,]\\d+)?\\s?(?:%|prozent)\\s+(?:stiegen|stieg|zulegten|zulegte|nachgaben|nachgab|fielen|fiel|verloren|verlor|sanken|sank|einbrachen|einbrach|gewannen|gewann|kletterten|kletterte)\\b',
      // a day's list of winners and losers: "gehörten zu den größten Tagesverlierern im Nasdaq 100"
      '(?:tages|wochen)(?:verlierer|gewinner)[\\p{L}\\p{N}_]*',
      '(?:biggest|top|worst|best)\\s+(?:decliners|gainers|losers|performers)\\s+(?:in|on|of)\\s+the\\s+(?:s&p|nasdaq|dow|philadelphia|index|benchmark)',
      '(?:die|der|den) titel\\b',
      // a company's shares as a compound: "die AMD-Titel", "Nvidia-Papiere"
      '[\\p{L}\\d]+-(?:titel|papiere)\\b',
      'kurs(?:e|es)?\\b',
      // wire style: "Nvidia fell 3.5% in premarket trading", "Cambricon stürzte in Shanghai um 10 % ab"
      '(?:pre-?market|after-hours|extended|intraday|early|late) trading',
      'vorbörslich[\\p{L}\\p{N}_]*',
      'nachbörslich[\\p{L}\\p{N}_]*',
      'handelsverlauf',
      '(?:im|in) (?:frühen |späten |nachbörslichen |vorbörslichen )?handel\\b',
      'kurs(?:rückg[aä]ng|einbr[uü]ch|anstieg|gewinn|plus|minus)[\\p{L}\\p{N}_]*',
      'papiere\\b',
      'futures\\b',
      `(?:announc|report|present|releas|meldet|meldete|legt[\\p{L}\\p{N}_]*|veröffentlicht)[\\p{L}\\p{N}_]*\\s+${W}{0,3}?(?:financial |quarterly )?(?:results|quartalszahlen|geschäftszahlen|geschäftsberichte?|jahreszahlen|zahlen vor)`,
      'börsenwert',
      `(?:an der|at the|on the)\\s+(?:\\S+\\s+)?(?:börse|stock exchange|exchange)\\b`,
      `(?:konnte|konnten)\\s+sich\\s+${W}{0,3}?um\\s+[\\d.,]+\\s*(?:%|prozent)\\s+(?:verbessern|steigern|erholen)`,
      'marktwert',
      'marktkapitalisierung',
      // a damage put in figures: "Der Schaden für Nvidia liegt bei rund 5,5 Milliarden", "the hit to AMD comes to $800 million"
      `(?:schaden|einbußen|belastung(?:en)?)\\s+für\\s+(?:\\S+\\s+){1,2}?(?:liegt|lag|liegen|lagen|beläuft|belief|beträgt|betrug|summiert)[\\p{L}\\p{N}_]*`,
      `(?:hit|damage|blow)\\s+to\\s+(?:\\S+\\s+){1,6}?(?:is|was|will be|could be|comes to|came to|amounts? to|amounted to|totals?|totaled|totalled)\\b`,
      // a cost put on a named company by a restriction: "Exporte kosten AMD 1,5 Milliarden US-Dollar", "the ban will
      // cost AMD $800 million"
      `(?<![\\p{L}])(?<!(?:zu|mit|hohe[nr]?|niedrige[nr]?|die|den|der)\\s)(?:kosten|kostet|kostete|kosteten|cost|costs|costing)(?=${COST_OF_RESTRICTION})\\s+(?!(?:von|in|of|for|at|the|a|an|about|around|up|to|some|per|more|less|over|nearly|roughly|only|just|rund|etwa|knapp|fast|über|bis|die|das|der|den|dem|ein|eine|einen|pro|je|nur)\\s)(?=[\\p{L}\\d.&-]+\\s+(?:(?:rund|etwa|knapp|fast|über|mehr als|bis zu|about|around|roughly|nearly|almost|up to|more than|over)\\s+)?(?:\\$|€|us\\$)?\\s?\\d[\\d.,]*\\s?(?:milliarden|mrd|millionen|mio|billion|million|bn)\\b)`,
      // the German verb last: "die Beschränkungen könnten Nvidia bis zu 5,5 Milliarden Dollar kosten"
      `(?:milliarden|millionen|mrd\\.?|mio\\.?)\\s+(?:us-)?(?:dollar|euro)\\s+(?:\\S+\\s+){0,2}?(?=kost)(?=${COST_OF_RESTRICTION})(?:kosten|kostet|kostete|kosteten)(?![\\p{L}])`,
      // the same told of the company by a noun or pronoun: "the restrictions could cost the company up to $5.5
      // billion", "die Beschränkungen kosten den Konzern 1,5 Milliarden"
      `(?<![\\p{L}])(?:kosten|kostet|kostete|kosteten|cost|costs|costing)(?=${COST_OF_RESTRICTION})\\s+(?:the\\s+(?:company|firm|chipmaker|chip\\s?maker|chip designer|group)|it|den\\s+(?:konzern|chiphersteller|chipkonzern|hersteller)|das\\s+unternehmen)\\s+(?:(?:rund|etwa|knapp|fast|über|mehr als|bis zu|about|around|roughly|nearly|almost|up to|more than|over|as much as)\\s+)?(?:\\$|€|us\\$)?\\s?\\d[\\d.,]*\\s?(?:milliarden|mrd|millionen|mio|billion|million|bn)\\b`,
      'umsatz[\\p{L}\\p{N}_]*',
      'umsätze[\\p{L}\\p{N}_]*',
      // "seine nächsten Rekordumsätze vermeldete", "starke Börsendebüts"
      'rekord(?:umsatz|umsätze|gewinn|ergebnis|quartal|erlös)[\\p{L}\\p{N}_]*',
      'börsendebüt[\\p{L}\\p{N}_]*',
      'quartalszahlen',
      'quartalsergebnis[\\p{L}\\p{N}_]*',
      'nettogewinn',
      '(?:quartals|jahres|halbjahres|betriebs|vorsteuer)gewinn[\\p{L}\\p{N}_]*',
      // not the verb of "gewinnen in China an Beliebtheit" (gaining ground, not profit)
      `gewinn(?!\\p{L}*\\s+${W}{0,3}?an\\s+(?:beliebtheit|bedeutung|fahrt|boden|popularität|dynamik|zugkraft|relevanz|einfluss|momentum|attraktivität|vertrauen|akzeptanz|gewicht|reichweite)\\b)\\p{L}*`,
      'abschreibung[\\p{L}\\p{N}_]*',
      // the separable verb of a write-down: "schreibt 800 Millionen Dollar für den MI308 ab"
      `(?:schreibt|schrieb|schreiben|schrieben)\\s+${W}{0,8}?ab(?=\\s*(?:[.,;:!?]|$))`,
      'sonderbelastung[\\p{L}\\p{N}_]*',
      'belastung[\\p{L}\\p{N}_]*',
      // charges by their German names: "rechnet mit Aufwendungen in Höhe von 800 Millionen Dollar"
      '(?:sonder)?aufwendungen\\b',
      'sonder(?:ausgaben|kosten)\\b',
      '(?<![\\p{L}])rückstellung(?:en)?\\b',
      'wertberichtigung(?:en)?\\b',
      'kursrutsch',
      // "Ganze fünf Prozent ging es am Donnerstag bergab", "shares headed lower"
      `(?:%|prozent)\\s+${W}{0,6}?(?:bergab|bergauf|talwärts)\\b`,
      `(?:shares?|stocks?)\\s+${W}{0,2}?(?:head(?:ed|ing)|mov(?:ed|ing)|went|going|trend(?:ed|ing))\\s+(?:sharply\\s+)?(?:lower|higher)\\b`,
      'kurssprung',
      // a signed move after a trading verb: "startete am Montag mit + 7,1 %", "schloss mit einem Minus von 4
      // Prozent", "closed at -3.2%" (not "plus 35 Prozent Leistung")
      `(?<![\\p{L}])(?:startete[\\p{L}\\p{N}_]*|startet|schloss|schlossen|schließt|eröffnete[\\p{L}\\p{N}_]*|notierte[\\p{L}\\p{N}_]*|closed|opened|traded)\\s+${W}{0,6}?(?:mit|um|by|at)\\s+(?:einem\\s+)?(?:[+−-]\\s?|(?:plus|minus)\\s+(?:von\\s+)?)\\d+(?:[.,]\\d+)?\\s?(?:%|prozent|percent)`,
      'kursverlust[\\p{L}\\p{N}_]*',
      // the noun, not the verb ("models that share DNA", "shares the same design")
      // not a market share ("a weighted share of about 86 per cent")
      'shares?\\b(?!\\s+(?:the|a|an|its|their|his|her|our|some|dna|data|details|information|code|weights|knowledge|insights|similar|common|how|what|why|that\\s+(?:its|his|her|their|the|it|they|we|a|an))\\b)(?!\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?\\d)',
      'stock\\b',
      'market (?:value|cap[\\p{L}\\p{N}_]*)',
      // not a share of someone's revenue set as a goal: "aiming for 10% of Nvidia's revenue"
      `(?<!\\b(?:aim[\\p{L}\\p{N}_]*|target[\\p{L}\\p{N}_]*|goal\\s+of|seek[\\p{L}\\p{N}_]*|hop[\\p{L}\\p{N}_]*\\s+to\\s+(?:capture|win|take))\\s+(?:for\\s+|at\\s+)?(?:about\\s+|around\\s+|roughly\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)\\s+of\\s+[\\p{L}'’ -]{0,40})revenue[\\p{L}\\p{N}_]*`,
      'earnings',
      'net income',
      'operating (?:income|profit|loss|margin)',
      'net (?:loss|profit)',
      // a period's loss: "a quarterly loss of $1.6 billion", "its first-quarter loss"
      '(?:quarterly|annual|full-year|fiscal|(?:first|second|third|fourth)[- ]quarter)\\s+(?:net\\s+|operating\\s+)?loss(?:es)?\\b',
      // an amount taken as a blow: "will take an $800 million hit", "a $5.5 billion charge"
      // "expects an 800 million dollar hit", "an $8 billion hit from export rules"; "schrieb Lagerbestände im Wert
      // von 2,5 Milliarden Dollar ab"
      `(?:dollars?|usd|euros?|billion|million|bn)\\s+(?:\\S+\\s+)?hit\\b`,
      `(?:schrieb|schreibt|schrieben|schreiben)\\s+${W}{0,8}?(?:milliarden|millionen|mrd\\.?|mio\\.?)\\s+${W}{0,3}?ab(?=\\s*(?:[.,;:!?]|$))`,
      `(?:take|takes|took|taking|book|books|booked|record|records|recorded)\\s+(?:an?\\s+)?(?:\\S+\\s+){0,3}?(?:hit|charge|write-?off)\\b`,
      'verlust[\\p{L}\\p{N}_]*',
      'betriebsergebnis[\\p{L}\\p{N}_]*',
      'ebitda?\\b',
      // "Cambricon stürzte in Shanghai um 10,6 Prozent ab", "Moore Threads surged 12% on its debut"
      PRICE_MOVE_BY_PERCENT,
      `(?:opened|ended|closed|finished|traded|eröffnete|schloss|schlossen|notierte)\\s+${W}{0,3}?\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent|prozent)\\s+(?:higher|lower|up|down|höher|tiefer|fester|leichter|im plus|im minus)`,
      // the direction first: "closed Friday's session down 2%", "ended the day up 4.5%"
      `(?:opened|ended|closed|finished)\\s+${W}{0,3}?(?:up|down|higher|lower)\\s+(?:by\\s+)?\\d+(?:[.,]\\d+)?\\s?(?:%|percent|per cent)`,
      'guidance',
      'umsatzprognose[\\p{L}\\p{N}_]*',
      '(?:jahres|gewinn|quartals)prognose[\\p{L}\\p{N}_]*',
      'sales\\b',
      'profit[\\p{L}\\p{N}_]*',
      'charges?\\b',
      'write[- ]?(?:down|off)s?',
      'abschreib[\\p{L}\\p{N}_]*',
      'abgeschrieben',
      `(?:markt)?erwartungen\\s+${W}{0,3}?(?:verfehlt|übertroffen|geschlagen|enttäuscht)`,
      `(?:verfehlt|übertrifft|übertraf|übertrafen|schlägt|schlug|schlugen)[\\p{L}\\p{N}_]*\\s+${W}{0,4}?(?:die\\s+)?(?:markt|analysten)?erwartungen`,
      `(?:beat|beats|missed|misses|topped|tops|exceeded|exceeds)\\s+${W}{0,4}?(?:expectations|estimates|forecasts)`,
      '(?:rückgang|anstieg|zuwachs|einbruch)\\s+(?:um|von)\\s+(?:rund |knapp |fast |mehr als )?\\d+(?:[.,]\\d+)?\\s?(?:%|prozent)',
      '(?:ein|einen)\\s+(?:minus|plus|fehlbetrag|überschuss)\\s+von\\b',
    ].join('|'),
    'u',
  ),
};

/** German compound tails that may start inside a word ("Verkaufsverbot", "Chip-Exportstopp"). */
export const COMPOUND_TAIL =
  /^(?:export|verkaufs|ausfuhr|kauf|einfuhr|liefer|handels|verbot|stopp|lizenz|genehmigung|sanktion|aktie|umsatz|abschreibung|wertberichtigung|belastung|verlust)/u;

/** Amounts written as words: "sechs Prozent", "zwei Milliarden", "eight percent", "um ein Drittel". */
const NUMBER_WORD =
  '(?:ein(?:e|en|em|er)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\\p{L}+zehn|\\p{L}*zwanzig|\\p{L}*(?:ßig|zig)|hundert|anderthalb|eineinhalb|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{L}+teen|\\p{L}+ty|(?:a|one) hundred|one and a half|half a)';
const AMOUNT_IN_WORDS = new RegExp(
  `(?:^|\\s)${NUMBER_WORD}\\s+(?:%|prozent|prozentpunkte|percent|per cent|percentage points?|milliarden?|millionen?|billion|million)(?!\\p{L})|\\b(?:um|by)\\s+(?:ein|a|one)\\s+(?:drittel|viertel|third)\\b|\\bum die hälfte\\b|\\bby (?:a )?half\\b`,
  'u',
);

/**
 * Words that may close a German compound and still tell a move ("Umsatzrückgang", "Aktienrally",
 * "Kurserholung", "Markterwartungen verfehlt"); any other cue must start a word, so that "published" sheds nothing, "jedenfalls"
 * falls nowhere and "umgestiegen" or "überholt" is no share price.
 */
const MOVE_COMPOUND_TAILS =
  'rückgang|einbruch|absturz|sturz|rall|anstieg|erholung|rekord|höhenflug|talfahrt|ausverkauf|aufschlag|einbuße|verlust|abschl|erwartungen|prognose|kurs|verdoppel|verdreifach|gewinnwarnung';
/**
 * Separable prefixes a German move verb may carry in its participle or at the clause's end
 * ("ist angestiegen", "zurückgefallen", "als die Aktie abrutschte"); not "um" ("umgestiegen") or "auf"
 * ("aufgefallen").
 */
const SEPARABLE_MOVE_PREFIXES = 'an|ab|zurück|hoch|herab|herunter|empor|weg';
/** A financial trigger only counts with a move or an amount in the same sentence. */
export const FINANCIAL_MOVE_FIGURES = new RegExp(
  `(?:(?<![\\p{L}])(?:${SEPARABLE_MOVE_PREFIXES})?|(?=\\$|\\d|${MOVE_COMPOUND_TAILS}))(?:${String.raw`(?:tages|wochen)(?:verlierer|gewinner)|(?:biggest|top|worst|best) (?:decliners|gainers|losers|performers) (?:in|on|of) the|\d+(?:[.,]\d+)?\s?per cent|(?:was|were|is|are|closed|ended)\s+(?:up|down)\s+[\d.,]+|swung to|swings to|wr(?:ote|ites|itten) (?:\S+ ){0,4}?down|write-?downs?|limit[- ](?:up|down)|(?:schwarze|rote)n? zahlen|verdoppel[\p{L}\p{N}_]*|verdreifach[\p{L}\p{N}_]*|halbiert[\p{L}\p{N}_]*|(?:belastet[\p{L}\p{N}_]*|drückt[\p{L}\p{N}_]*|drückte[\p{L}\p{N}_]*|weigh(?:s|ed|ing)? on|dragged (?:down )?)\s+(?:die |den |the )?(?:\S+\s+)?[\p{L}-]*(?:aktie(?:n|nkurs\p{L}*)?|kurs(?:e|es)?|shares|stock|share price)(?![\p{L}])|doubled|tripled|halved|quadrupled|(?:up|rose|grew|jumped|increased|climbed|soared|surged)\s+(?:(?:more than|nearly|almost|over|about|roughly)\s+)?\d+(?:[.,]\d+)?\s?[×x](?![\p{L}\p{N}])|\d+(?:[.,]\d+)?-fold\b|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)fold\b|ver(?:vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|vierzig|fünfzig|hundert|viel)fach[\p{L}\p{N}_]*|(?:share price|shares|stock)\s+(?:has\s+|have\s+)?(?:more than|nearly|almost|roughly)\s+(?:double|triple)\b|gewinnwarnung|profit warning|beat (?:\S+ ){0,2}(?:expectations|estimates)|(?:results|earnings|revenue|profit|sales|figures)\b[^.;!?]{0,60}?\b(?:beating|topp(?:ed|ing)|tops|exceed(?:s|ed|ing)?) (?:\S+ ){0,2}(?:expectations|estimates|forecasts)|missed (?:\S+ ){0,2}(?:expectations|estimates)|übertr[\p{L}\p{N}_]* (?:\S+ ){0,2}erwartungen|verfehlt[\p{L}\p{N}_]* (?:\S+ ){0,2}erwartungen|erwartungen (?:\S+ ){0,3}(?:verfehlt|übertroffen|geschlagen)|(?:raised|cut|lowered) (?:its )?(?:guidance|forecast|outlook)|prognose (?:angehoben|gesenkt|erhöht)|(?:announc|report|present|releas|meldet|meldete|legt[\p{L}\p{N}_]*|veröffentlicht)[\p{L}\p{N}_]*\s+(?:\S+\s+){0,3}?(?:financial |quarterly )?(?:results|quartalszahlen|geschäftszahlen|zahlen vor)|\d+(?:[.,]\d+)?\s?(?:%|prozent|percent|milliarden|mrd|millionen|mio|billion|million|bn)(?!\p{L})|(?:mehrstellige[nr]?\s+|dreistellige[nr]?\s+|zweistellige[nr]?\s+)?(?:millionen|milliarden)(?:höhe|betrag|summe)|multi-?(?:billion|million)-dollar|\$\s?\d|\d\s?(?:dollar|us-dollar|usd|euro)|fällt|fiel|sinkt|ausgebremst|rückschlag|dämpfer|sank|steigt|stieg|legt[\p{L}\p{N}_]* zu|verliert|verlor|(?:bricht|brach|brachen|brechen)\s+(?:\S+\s+){0,8}?ein\b|(?:legt|legte|legten)\s+(?:\S+\s+){0,8}?zu\b|(?:gab|gaben|gibt|geben)\s+(?:\S+\s+){0,8}?nach\b|stürzt[\p{L}\p{N}_]*|springt|sprang|klettert[\p{L}\p{N}_]*|rutscht[\p{L}\p{N}_]*|einbruch|absturz|kurssprung|kursrutsch|rekord|fell|falls|falling|declin[\p{L}\p{N}_]*|rückgang|anstieg|angesprungen|verzeichne[\p{L}\p{N}_]*|increas[\p{L}\p{N}_]*|dropp?(?:ed|s)|\bdrop\b|rose|rises|jump(?:s|ed)|surg(?:e|ed|es)|soar(?:s|ed)|plung(?:e|ed|es)|tumbl(?:e|ed|es)|slid|slump(?:s|ed)|climb(?:s|ed)|gain(?:s|ed)|lost|wiped|record|aufwind|höhenflug|talfahrt|ausverkauf|rall(?:y|ye|ied|ies)|kurssturz|sturz|erhol[\p{L}\p{N}_]*|(?:zog|zogen|zieht|ziehen)\s+(?:\S+\s+){0,6}?an\b|verteuer[\p{L}\p{N}_]*|verbillig[\p{L}\p{N}_]*|(?:nach oben|in die höhe|nach unten|in den keller)\s+(?:getrieben|gedrückt|geschickt|treib[\p{L}\p{N}_]*|trieb[\p{L}\p{N}_]*|drück[\p{L}\p{N}_]*|schick[\p{L}\p{N}_]*)|im (?:plus|minus)|ins (?:plus|minus)|tiefrot|gestiegen|gesunken|gefallen|zugelegt|eingebrochen|nachgegeben|abgerutscht|eingeknickt|knick[\p{L}\p{N}_]* ein|abgestürzt|zurückgegangen|büß[\p{L}\p{N}_]* (?:\S+ ){0,6}?ein\b|eingebüßt|(?:gab|gaben|gibt|geben) (?:\S+ ){0,6}?ab\b|abschlag|aufschlag|kursplus|kursminus|wertverlust[\p{L}\p{N}_]*|einbuße[\p{L}\p{N}_]*|notiert[\p{L}\p{N}_]* (?:\S+ ){0,4}?(?:tiefer|höher|leichter|fester)|(?:ging|gingen|geht|gehen) (?:\S+ ){0,6}?zurück\b|dipp?(?:ed|s)?\b|slipp?(?:ed|s)\b|shed\b|sheds\b|edged (?:up|down|higher|lower)|ticked (?:up|down)|spik(?:e|ed|es)\b|crater[\p{L}\p{N}_]*|nosediv[\p{L}\p{N}_]*|sagg?(?:ed|s)\b|retreat(?:ed|s)\b|impairment[\p{L}\p{N}_]*|wertminderung[\p{L}\p{N}_]*|turn(?:ed|s)? (?:a|its first) (?:net )?(?:profit|loss)|bergab|bergauf|abwärts|aufwärts|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(?:prozent|percent|per cent)|\bfester\b|schwächer|schieß[\p{L}\p{N}_]* (?:\S+ ){0,4}?(?:hoch|in die höhe|nach oben)|schoss[\p{L}\p{N}_]* (?:\S+ ){0,4}?(?:hoch|in die höhe|nach oben)|(?:verluste?|einbußen|abschläge) (?:\S+ ){0,2}?hinnehmen|sackt[\p{L}\p{N}_]*|gewinnmitnahmen|(?:geriet|gerieten|gerät|geraten|kam|kamen|kommt|kommen)\s+(?:\S+\s+){0,4}?unter druck|unter druck (?:geraten|gekommen)|(?:came|comes|come|were|was|are|is)\s+(?:\S+\s+){0,2}?under pressure|plummet[\p{L}\p{N}_]*|tank(?:ed|s)\b|skyrocket[\p{L}\p{N}_]*|rebound[\p{L}\p{N}_]*|sell-?off|higher|lower`})`,
  'u',
);
/** German shares pressed or lifted, the verb last: "haben die Aktien von Nvidia am Mittwoch belastet". */
const SHARES_MOVED_BY =
  /(?<![\p{L}])(?:aktien?|anteilsscheine?|papiere)(?![\p{L}])\s+(?:[^\s.;:!?]+\s+){0,6}?(?:belastet|gedrückt|beflügelt|gestützt|angetrieben|nach oben getrieben|unter druck gesetzt|auf talfahrt geschickt)(?![\p{L}])/u;
export const FINANCIAL_MOVE = {
  test: (lower: string): boolean =>
    FINANCIAL_MOVE_FIGURES.test(lower) || AMOUNT_IN_WORDS.test(lower) || SHARES_MOVED_BY.test(lower),
};

/** Financial text that is not a financial event: ratings, targets, schedules, IPOs. */
/** A cap, quota or limit that rules set on sales ("a 50 percent volume cap on some sales", "Absatzobergrenze"). */
export const SALES_CAP =
  /(?<![\p{L}])cap(?:s|ped|ping)?\s+(?:\S+\s+){0,2}?(?:sales|exports|shipments|volumes?)\b|\b(?:volume|sales|export|shipment)\s+(?:caps?|quotas?|limits?|ceilings?)\b|(?:absatz|verkaufs|export|liefer|mengen)(?:obergrenze|deckel|kontingent|quote)\p{L}*/u;
export const FINANCIAL_EXCLUDE =
  /((?:consensus|analysts?|market|wall street|markt|experten)(?<!(?<![\p{L}\p{N}])(?:als|than|above|über|unter|below|beating|beat|topping|verfehlt[\p{L}\p{N}_]*|übertr[\p{L}\p{N}_]*)\s+(?:\S+\s+){0,4}(?:consensus|analysts?|market|wall street|markt|experten))\s+(?:\S+\s+){0,2}?(?:expects?|sees|forecasts?|erwarten|erwartet|rechnen|rechnet)\b|(?:beobachter|experten|(?<![\p{L}])(?:observers|(?:industry|market) watchers|experts))\s+(?:\S+\s+){0,2}?(?:schätz[\p{L}\p{N}_]*|estimat[\p{L}\p{N}_]*|vermut[\p{L}\p{N}_]*|glaub[\p{L}\p{N}_]*|believe[sd]?)\b|market share|marktanteil[\p{L}\p{N}_]*|share of (?:the )?(?:\S+ ){0,4}market|kursziel|analyst(?<!(?:erwartungen|schätzungen|prognosen|expectations|estimates) (?:der |of |of the )?analyst)(?![\p{L}\p{N}_]*['’]?\s+(?:expectations|estimates|erwartungen|schätzungen|prognosen|polled|surveyed|had (?:expected|forecast|estimated)|expected|forecasts?|consensus))|\brating|einstufung|kaufempfehlung|price target|target price|\btps?\b|upgrade[sd]?\b|downgrade[sd]?\b|outperform|overweight|wird\s+(?:\S+\s+){0,6}?(?:zahlen|ergebnisse)\s+(?:\S+\s+){0,3}?vorlegen|will report|to report|ahead of (?:\S+\s+){0,3}?(?:earnings|results)|(?:is|are) (?:set|due|scheduled|slated|expected) to (?:report|release|post|announce|publish)|expected to (?:earn|post|report)|(?:conference|earnings) call (?:is )?scheduled|scheduled (?:an? )?(?:conference|earnings) call|vor den zahlen|börsengang|\bipo\b|(?:stock|share|public) offering|\b(?:will|wollen|möchte|möchten|plant|planen|soll|sollen)\s+(?:\S+\s+){0,6}?(?:verdoppeln|verdreifachen|steigern|erhöhen|halbieren)\b|aims? to (?:double|triple|grow|raise|boost|lift)\b|go(?:es|ing)? public|(?:set|plans?) to list\b|aktienplatzierung|emissionsvolumen|ausgabepreis|zeichnungsfrist|bookbuilding|(?:priced|prices) (?:its|the) (?:ipo|offering|shares)|(?:potential|implied)\s+(?:upside|downside)|upside potential|(?:kurs|aufwärts)potenzial|(?:revenue|sales) target|umsatzziel|scheduled to|consensus estimate(?<!(?:above|below|than|beat[\p{L}\p{N}_]*|topp[\p{L}\p{N}_]*|exceed[\p{L}\p{N}_]*|versus|vs\.?|against|over)\s+(?:(?:the|a|an)\s+)?consensus estimate)|consensus (?:\S+ ){0,2}(?:numbers|figures|estimates)|konsensschätzung|is pegged at|expects? (?:its )?(?:\S+ ){0,2}(?:revenue|sales|profit)[\p{L}\p{N}_]* to|erwartet[\p{L}\p{N}_]* (?:\S+ ){0,4}(?:umsatz|gewinn)[\p{L}\p{N}_]* von|aktienemission|kapitalerhöhung|in aussicht|(?:private|secondary|tender) (?:share|stock) sale|funding round|finanzierungsrunde|series [a-h] (?:funding|round)|\bwarrants?\b|optionsschein[\p{L}\p{N}_]*|(?:has|have)(?<!(?<![\p{L}])(?:which|that)\s(?:\S+\s)?(?:has|have)) a market (?:cap|capitali[sz]ation|value) of)/u;

/**
 * Results foretold rather than reported: an outsider's estimate ("KeyBanc estimates the company will
 * generate"), a company's own range ("projected that its revenue ... would range"), revenue that "will generate" or "erzielen wird", results "expected to showcase" growth,
 * revenue that sales "generiert hätten" or "would have generated".
 * They rule a financial trigger out only when the sentence reports no result of its own
 * ({@link RESULT_REPORTED}): "posted revenue of $44.1 billion and is expected to deliver another record".
 */
export const FINANCIAL_FORECAST =
  /\btrau(?:t|en|te|ten)\s+(?:der|den|dem)\s+(?:aktie|aktien|papier|papieren|titel)\b|\bwill\s+(?:(?!and\b|but\b)\S+\s+){0,2}?(?:generate|bring in|earn|rake in)\b|\b(?:wird|werden)\s+(?:\S+\s+){0,6}?(?:erzielen|erwirtschaften|einbringen)\b|\b(?:estimat(?:es?|ed)|project(?:s|ed)|forecast(?:s|ed)?|predict(?:s|ed)|schätz(?:t|en|te|ten)|prognostiziert(?:e|en)?)\s+(?:that\s+|dass\s+)?(?:the company|das unternehmen|der konzern|(?!it\b|and\b|but\b|und\b|aber\b)\S+|(?:its|their|seine[nmrs]?|ihre[nmrs]?)(?:\s+[^\s,.;:!?]+){1,7}?)\s+(?:will|wird|would|würde)\b|expected to (?:showcase|show|deliver|reveal|announce)\b|\b(?:in achieving|to achieve|to reach|zu erreichen)(?<=\b(?:will|would|aims?|hopes?|seeks?|wants?|soll|sollen|wollen)\b(?:[^.;!?]|\.(?=\d)){0,80}?\b(?:in achieving|to achieve|to reach|zu erreichen))\s+(?:\S+\s+){0,3}?[$€]?\s?\d(?:[^.;!?]|\.(?=\d)){0,40}?\b(?:in sales|in revenue|umsatz)|\b(?:generiert|erzielt|eingebracht|erwirtschaftet|gebracht|eingespielt)\s+(?:hätte|hätten|würde|würden)\b|\b(?:hätte|hätten)\s+(?:\S+\s+){0,8}?(?:generiert|erzielt|eingebracht|erwirtschaftet|gebracht|eingespielt)\b|\bwould have (?:generated|brought in|earned|made)\b/u;
/** A result told as done: "reported", "posted", "rose", "erzielte", "stieg". */
export const RESULT_REPORTED =
  /(?<![\p{L}])(?<!(?:would|could|might) have )(?:reported|reporting|posted|posting|rose|fell|grew|jumped|climbed|increased|declined|generated|earned|erzielte\p{L}*|stieg\p{L}*|fiel\p{L}*|sank\p{L}*|meldete\p{L}*|wuchs|steigerte\p{L}*)(?![\p{L}])/u;

/**
 * Signals that an export-control trigger is only an application, a summons or a hypothetical, that a
 * chip was built to comply with existing rules, or that an existing restriction is merely restated.
 */
export const EXPORT_EXCLUDE =
  /((?:unsicherheit|ungewissheit)[\p{L}\p{N}_]* (?:über|um|bei|rund um) (?:\S+ ){0,3}?\S*(?:lizenz|genehmigung|freigabe)|uncertainty (?:over|about|around|surrounding|on) (?:\S+ ){0,3}?\S*(?:licen[cs]|approval)|beantragt|antrag|eingereicht|vorgelegt|applied for|application|applications|submitted|seeking (?:a )?licen|vorgeladen|summon[\p{L}\p{N}_]*|nicht offiziell|not officially|offiziell (?:verboten|untersagt|gesperrt|beschränkt) (?:ist|sind|war|waren|wurde|wurden) [^,;.!?]{0,60}?\bnicht\b|exportkonform[\p{L}\p{N}_]*|export-compliant|compliant with|tailored (?:for|to) (?:the )?export|designed to comply|an die (?:\S+ ){0,3}(?:export|ausfuhr)\p{L}* (?:\S+ ){0,3}angepasst|(?:für|auf) die (?:\S+ ){0,2}(?:export|ausfuhr)\p{L}* (?:\S+ ){0,3}(?:entwickelt|konzipiert|zugeschnitten|ausgelegt|angepasst)|conform[\p{L}\p{N}_]* (?:to|with) (?:the )?(?:\S+ ){0,3}(?:export|rules|restrictions|controls)|(?:umgeh[\p{L}\p{N}_]*|umgangen|circumvent[\p{L}\p{N}_]*|skirt[\p{L}\p{N}_]*|get(?:s|ting)? around|evad[\p{L}\p{N}_]*) (?:\S+ ){0,5}\S*(?:sanktion|sanction|export|ausfuhr|beschränk|restriction|controls|curbs|rules|regeln)|(?:to meet|to comply with|to satisfy|designed (?:for|around)|built for) (?:the )?(?:\S+ ){0,2}export|remains? off-limits|will remain (?:off-limits|banned|restricted)|bleib[\p{L}\p{N}_]* (?:verboten|gesperrt)|\burg(?:e|es|ed|ing)\b|call(?:s|ed|ing)? for|propos[\p{L}\p{N}_]*|\bbill\b|\blegislation\b(?=[^.;!?]{0,60}\b(?:would|will)\b)|gesetzentwurf|(?<![\p{L}])(?:auf|aufge|ge|ange|einge)?forder(?:t|n|te|ten|ung)\b|avoid(?:s|ed|ing)? (?:the )?(?:\S+ ){0,2}(?:restrictions|controls|curbs|rules)|umgeh[\p{L}\p{N}_]* (?:die |der )?(?:\S+ ){0,2}(?:beschränkungen|kontrollen|regeln)|\S*(?:beschränkungen|kontrollen|regeln|vorschriften) (?:\S+ ){0,2}?umgeh[\p{L}\p{N}_]*|innerhalb der (?:\S+ ){0,2}(?:export\p{L}*|beschränkungen|vorgaben|grenzen)|within (?:the )?(?:\S+ ){0,2}(?:export )?(?:limits|rules|restrictions|thresholds))/u;

/**
 * Export-control triggers that permit rather than restrict (licence granted, ban lifted, sales
 * resumed, a decision reversed: news reverses bans far more often than approvals). A permission and a restriction of the same chip are two events, even undated.
 */
export const EXPORT_ALLOW =
  /(erlaub|genehmig|\blet\s|zulass|zuzulass|zugelass|gestatt|(?<!v)erteil|authori[sz]|autorisier|vergab|vergibt|vergeben|freigegeben|freigabe|secure|obtain|receive|\bwin\b|\bwon\b|darf|dürfen|durfte|zugesichert|gewähr|(?<![\p{L}])(?:erhält|erhielt|erhalten)|bekommt|bekam|bekommen|wieder|aufnahme|(?<!er)heb[\p{L}\p{N}_]*\s|aufgehoben|grant|approv|allow|(?<![\p{L}])clear|permit|resum|lift|issu(?:e|es|ed|ing)\b|\bcan\s+(?:now\s+|once again\s+)?(?:sell|ship|export|supply)|again\b|locker|approval|permission|clearance|green light|go-ahead|the way for|(?<![\p{L}])weg für|(?<![\p{L}])(?:abgabe|gebühr|levy|fee|surcharge|sondersteuer|strafsteuer|steuer|tax)(?![\p{L}])|received|obtained|secured|assured|(?<![\p{L}])(?:got|gets|getting|landed|lands)\s|pays?\b|paying|paid|remit|zahlt|abgeführt|abführen|abgeben|revers|rückgängig|widerstand|opposition|objection|einspruch|\bveto\b)/u;

/**
 * A share price that moved, told in the past: "shares rose 5% after an analyst raised his target",
 * "Die Aktie fiel nach der Abstufung", "jumped 425% in its trading debut". The move is the event even
 * when an analyst's rating or a listing caused it.
 */
export const SHARE_MOVED =
  /\b(?:debuted|debuts|debuting)\b[^.;!?]{0,60}?\bwith\s+(?:a|an)\s+(?:\S+\s+){0,2}?(?:jump|surge|rise|gain|rally|pop|drop|fall|slide|plunge)\b|\bsaw\s+(?:its|their)\s+(?:shares?|stock)\s+(?:fall|rise|drop|climb|jump|slide|tumble|sink|plunge|surge|soar)\b|\b(?:shares?|stock|aktien?|papiere|anteilsscheine)\s+(?:\S+\s+){0,6}?(?:rose|fell|jumped|climbed|slid|dropped|gained|lost|tumbled|surged|soared|plunged|sank|slumped|slipped|dipped|rallied|spiked|plummeted|skyrocketed|was (?:up|down)|were (?:up|down)|(?:(?:is|are|was|were) )?(?:heading|headed|moving|moved|trending) (?:higher|lower)|(?:closed|ended|finished|traded|(?:was|were) trading|opened) (?:down|up|lower|higher)|suffered (?:its|their) (?:worst|biggest|steepest|sharpest)|stiegen|stieg|fielen|fiel|legten|legte|gaben|gab|sanken|sank|brachen|brach|kletterten|kletterte|rutschten|rutschte|sprangen|sprang|sackte|sackten|schoss|schossen|verlor|verloren|zog|zogen)\b|(?:stieg|stiegen|fiel|fielen|sank|sanken|legte|legten|gab|gaben|brach|brachen|kletterte|kletterten|rutschte|rutschten|sprang|sprangen|sackte|sackten|schoss|schossen|verlor|verloren|gewann|gewannen)\s+(?:die|der|das|den)\s+[\p{L}-]*(?:aktie|aktien|papiere|titel|kurs)\b[^.;!?]{0,40}?\d+(?:[.,]\d+)?\s?(?:%|prozent)|(?:trading debut|market debut|börsendebüt|debüt an der börse|first (?:trading )?(?:day|session)|ersten handelstag)[^.;]*\b(?:jumped|soared|surged|rose|climbed|gained|fell|dropped|sank|plunged|stieg|stiegen|sprang|sprangen|legte|legten|schoss|fiel|fielen)\s+(?:\S+\s+){0,4}?\d+(?:[.,]\d+)?\s?(?:%|prozent|percent)|\b(?:jumped|soared|surged|rose|climbed|gained|fell|dropped|sank|plunged|stieg|stiegen|sprang|sprangen|legte|legten|schoss|fiel|fielen)\s+(?:\S+\s+){0,4}?\d+(?:[.,]\d+)?\s?(?:%|prozent|percent)[^.;]*(?:trading debut|market debut|börsendebüt|debüt an der börse|first (?:trading )?(?:day|session)|ersten handelstag)/u;

/** A share of revenue paid to a government for export licences: export_control, not financial. */
const REVENUE_SHARE_FOR_LICENCES =
  /\d+\s?(?:%|percent|per cent|prozent)\s+(?:fee|cut|levy|surcharge|abgabe|gebühr|export tax|exportsteuer)\s+(?:on|auf|from|von)\s+(?:\S+\s+){0,2}?(?:sales|exports?|shipments|verkäufe\p{L}*|exporte\p{L}*|ausfuhren|lieferungen)|in return for (?:export )?licen[cs]|licen[cs][\p{L}\p{N}_]* in exchange for|in exchange for (?:\S+\s+){0,3}?\d+\s?(?:%|percent|per cent) of|im gegenzug für (?:die )?(?:export)?lizenz|(pays?|paying|paid|zahlt[\p{L}\p{N}_]*|abgeführt|abführen|abgeben|share)\s+(?:\S+\s+){0,12}?(washington|government|regierung|treasury|finanzministerium|staatskasse)\b|(washington|government|regierung)\s+(?:\S+\s+){0,3}?(?:\d+\s?(?:%|percent|prozent))|\d+\s?(?:%|prozent|percent)\s+(?:of|der|des|seiner|ihrer|seines|ihres)\s+(?:\S+\s+){0,2}?(?:umsätze|umsatzes|erlöse|einnahmen|revenues?|sales)\b[^.;!?]{0,120}?\b(?:regierung|government|washington|staatskasse|treasury|finanzministerium)\b|(?:fee|gebühr|abgabe)\s+(?:\S+\s+){0,3}?\d+\s?(?:%|prozent|percent)\s+(?:of|der|des)\s+(?:\S+\s+){0,2}?(?:umsätze|umsatzes|erlöse|einnahmen|revenues?|sales)\b/u;
/**
 * A share of sales named as a cut or a revenue-sharing deal ("a 15% cut of Nvidia's China chip sales", "a
 * new 15% revenue-sharing arrangement", "15 % der KI-Chip-Erlöse aus China"): a licence deal only beside a government, licences, exports or
 * China ({@link LICENCE_DEAL_CONTEXT}; "its 20% revenue share from OpenAI" is not).
 */
const SHARE_OF_SALES =
  /\d+\s?(?:%|percent|per cent|prozent)\s+(?:cut|share)\s+of\s+(?:\S+\s+){0,3}?(?:sales|revenues?|exports?)\b|\d+\s?(?:%|percent|per cent|prozent)\s+(?:revenue[- ]shar\p{L}*|umsatzbeteiligung|erlösbeteiligung)|\d+\s?(?:%|prozent)\s+(?:der|ihrer|seiner|ihres|seines)\s+(?:[^\s.;:!?]+\s+){0,4}?[\p{L}-]*(?:umsätze|erlöse|einnahmen)(?![\p{L}])/u;
/**
 * A fee or surcharge as a percentage ("a 25% fee will be collected on the sales", "with the US government
 * collecting a 25 per cent fee"): a licence deal only where a state or licences are spoken of, since
 * "a 6% surcharge on imported servers in China" is a cost.
 */
const FEE_ON_SALES =
  /\d+\s?(?:%|percent|per cent|prozent)[- ](?:(?:government|us|u\.s\.|federal|staatliche[nr]?)\s+)?(?:fee|levy|surcharge|export tax|abgabe|gebühr|exportsteuer)\b/u;
const STATE_OR_LICENCE = new RegExp(
  `(${STATE_AND_LICENCE}|(?<![\\p{L}])(?:allow|erlaub|approv|genehmig))`,
  'u',
);
export const REVENUE_SHARE = {
  test: (lower: string): boolean =>
    REVENUE_SHARE_FOR_LICENCES.test(lower) ||
    paysRevenueShareForLicences(lower) ||
    (SHARE_OF_SALES.test(lower) && LICENCE_DEAL_CONTEXT.test(lower)) ||
    (FEE_ON_SALES.test(lower) && STATE_OR_LICENCE.test(lower)),
};

/**
 * Licences still under review or awaited ("prüft Exportgenehmigungen", "is reviewing export licenses",
 * "awaiting licences"): no decision, unless the sentence also tells one ("after reviewing ..., granted").
 */
export const PENDING_LICENCE =
  /(?:prüf|überprüf)[\p{L}\p{N}_]* (?:\S+ ){0,3}?\p{L}*genehmigungen\b|\breview(?:s|ed|ing)? (?:\S+ ){0,3}?(?:export )?licen[cs]es\b|\blicen[cs]es? (?:\S+ ){0,2}?under review|\bawait[\p{L}\p{N}_]* (?:\S+ ){0,3}?licen[cs]es?\b/u;
/** A decision told beside a pending licence. */
export const LICENCE_DECIDED =
  /\b(?:granted|received|approved|issued|cleared|denied|rejected|erteilt|genehmigt|erhielt|erhalten|bekam|bekommen|gewährt|abgelehnt|verweigert)\b/u;

/** Negation right before a trigger ("no plans to delay", "nicht verschoben"). */
export const NEGATION_BEFORE =
  /\b(?:weder|neither)\s+(?:[^\s,;]+\s+){0,8}$|\b(nicht|kein[\p{L}\p{N}_]*|nie|niemals|kaum|not|no|never|cannot|[\p{L}\p{N}_]*n['’]t|without|ohne|weder|nor|neither|barely|hardly|scarcely)\s+(?!(?:nur|only|just|allein|merely)\s)(?:\S+\s+){0,2}$|\b(?:not|never|cannot|[\p{L}\p{N}_]*n['’]t)\s+(?!(?:only|just|merely)\s)(?:(?!(?:when|why|whether|that|if|after|before|until|because|how|where|while|as|on|about)\s)[^\s,;:]+\s+){3}$|\b(?:no|keine)\s+(?:plans?|pläne|intention|absicht)\b[^.;!?]{0,40}$|\b(?:no|kein[\p{L}\p{N}_]*)\s+(?:sign|indication|word|news|hint|evidence|anzeichen|hinweis|spur|beleg)[\p{L}\p{N}_]*\s+(?:of|on|für|auf|von|that|dass)\s+(?:\S+\s+){0,4}$/u;

/** The sentence denies or refutes what it reports. */
export const DENIAL =
  /(dementier[\p{L}\p{N}_]*|bestreit[\p{L}\p{N}_]*|bestritt[\p{L}\p{N}_]*|weist[\p{L}\p{N}_]*\s+(?:\S+\s+){0,6}?zurück|wies\s+(?:\S+\s+){0,6}?zurück|\bdenie[sd]\b|\bdeny(?:ing)?\b|refut[\p{L}\p{N}_]*|rejected (?:the )?(?:reports?|claims?|allegations?))/u;

/**
 * Speculation an event gave rise to, told after it ("V4's delayed release sparked widespread
 * speculation", "löste Spekulationen aus"): it hedges what follows, not the event that caused it.
 */
const SPECULATION_CAUSED = String.raw`\b(?:sparked|sparks|sparking|fuel(?:l)?ed|fuels|fuel(?:l)?ing|triggered|triggers|prompted|prompts|ignited|ignites|löste|lösten|löst|befeuert[\p{L}\p{N}_]*|nährt[\p{L}\p{N}_]*|nährte[\p{L}\p{N}_]*|entfacht[\p{L}\p{N}_]*|sorgte für|sorgt für|sorgten für)\s+(?:\S+\s+){0,2}?`;

/** Hedged, conditional or speculative statements. Case-sensitive parts are handled by the caller. */
export const HEDGE = new RegExp(
  String.raw`\b(könnte|könnten|dürfte|dürften|(?<!zum )wohl|wahrscheinlich|vermutlich|probably|möglicherweise|womöglich|(?<!wieder |mit (?:einer )?(?:sonder|export|ausfuhr)?(?:genehmigung|lizenz|erlaubnis) )möglich[\p{L}\p{N}_]*|eventuell|(?<!as )possibl(?!e again)[\p{L}\p{N}_]*|vielleicht|\p{L}*gerücht\p{L}*|spekul(?<!${SPECULATION_CAUSED}spekul)[\p{L}\p{N}_]*|could|might|rumou?r[\p{L}\p{N}_]*|speculat(?<!${SPECULATION_CAUSED}speculat)[\p{L}\p{N}_]*|whisper[\p{L}\p{N}_]*|munkel[\p{L}\p{N}_]*|probabilit[\p{L}\p{N}_]*|likelihood|odds (?:of|that|for)|wahrscheinlichkeit[\p{L}\p{N}_]*|betting (?:markets?|odds|that|on whether)|bettors?|wettmärkte?|prediction markets?|polymarket|kalshi|(?:laut|according to|based on)\s+(?:\S+\s+){0,3}?(?:leaks|leak|geleakt[\p{L}\p{N}_]*)|falls(?=\s+(?:die|der|das|den|dem|es|er|sie|man|ein|eine|einer|sich|nicht|washington|peking)\b)|whether|hypothetisch|hypothetical|vermut[\p{L}\p{N}_]*|wenn\s+(?:\S+\s+){0,6}?(?:sollte|würde)|unconfirmed|unbestätigt|(?:schätzungen|estimates)\s+(?:\S+\s+){0,2}?(?:legen|deuten|suggest|suggests|indicate|point)|not (?:yet )?(?:officially )?confirmed|nicht (?:offiziell )?bestätigt|would consider|(?:is|are|was|were) considering|erwäg[\p{L}\p{N}_]*|in erwägung|(?:soll|sollen)\s+(?:\S+\s+){0,8}?\p{L}+(?:t|en)\s+(?:haben|sein))\b`,
  'u',
);
export const HEDGE_IF = /(^|[,;:]\s*|\s)(if|(?<!\bauch\s)wenn|ob)\s/u;

/** Modal "may" (lower case, so the month May does not count). Checked on the original text. */
export const HEDGE_MAY = /\bmay\b/u;

/**
 * A trigger inside a background phrase ("following the launch of X", "nach dem Start von X", "at the time of
 * its release", "zum Zeitpunkt der Veröffentlichung").
 */
export const BACKGROUND_BEFORE =
  /(following|after|(?<!\b(?:has|have|had)\s)since|nach|seit|at the time of|zum zeitpunkt)\s+(?:the|der|dem|des|its|their|seiner|seinem|ihrem|ihrer)?\s*(?:[^\s.;:!?]+\s+)?$/u;

/** A mention used as a yardstick ("o1-level model", "GPT-4-Niveau"). */
/** The product another runs on or is built with: "this time powered by Google's Gemini", "angetrieben von Claude" (no comma between). */
export const POWERED_BY_BEFORE =
  /\b(?:powered by|angetrieben (?:von|durch)|gestützt auf)\s+(?:[^\s,.;:!?]+\s+){0,3}$/u;
/**
 * A product that describes its maker, not the subject: "OpenAI, the firm behind ChatGPT, is ready to roll out
 * GPT-5", "die Firma hinter ChatGPT", "the developer of Qwen", "the company behind the formidable GLM family".
 */
export const MAKER_OF_BEFORE =
  /\b(?:firm|company|startup|start-up|lab|maker|makers|creator|creators|developer|developers|team|unternehmen|firma|entwickler|macher|konzern)\s+(?:behind|hinter|of)\s+(?:the\s+|dem\s+|der\s+|its\s+|seine[nms]?\s+)?(?:(?!(?:new|upcoming|latest|next|neue\p{L}*|kommende\p{L}*|nächste\p{L}*)\s)[\p{L}-]+(?<!ed|te|ten)\s+)?(?:(?:popular|hit|viral|chatbot|ai|ki|model|modells?|chip|chips)\s+){0,2}$/u;
/**
 * The hardware or tool a launched product was made with: "released a model ... using Nvidia's H800 chips",
 * "unter Verwendung von H800-Chips". Only for launches: in an export rule "using Huawei's Ascend chips"
 * is what the rule is about.
 */
export const MADE_USING_BEFORE =
  /\b(?:using|utili[sz]ing|leverag(?:ing|es|ed)|unter (?:verwendung|nutzung|einsatz) (?:von|der|des)|mithilfe (?:von|der|des)|mit hilfe (?:von|der|des))\s+(?:[^\s,.;:!?]+\s+){0,3}$/u;
/** A product a new one is measured against after it, verb last: "mit GPT-5 mithalten", "mit Nvidia konkurrieren". */
export const MEASURED_AGAINST_AFTER =
  /^\s+(?:[^\s,.;:!?]+\s+){0,2}?(?:mithalten|konkurrieren|gleichziehen)\b/u;
export const YARDSTICK_AFTER = /^-(level|niveau|class|klasse|like|style|ähnlich|artig)/u;

/**
 * An indefinite description of a product not yet named ("einen neuen GPU-Beschleuniger", "a
 * Blackwell-based AI accelerator chip", "ein eigenes Sprachmodell"): the name may follow in a naming
 * construction (NAMING_BEFORE, NAMING_AFTER).
 */
export const INDEFINITE_PRODUCT =
  /\b(?:ein|eine|einen|einem|einer|eines|a|an|(?:its|their|sein[\p{L}\p{N}_]*|ihr[\p{L}\p{N}_]*)\s+(?:own|first|new|newest|latest|eigene[\p{L}\p{N}_]*|erste[\p{L}\p{N}_]*|neue[\p{L}\p{N}_]*|neueste[\p{L}\p{N}_]*))\s+(?:[\p{L}\p{N}()"“”„'’-]+\s+){0,8}?[\p{L}-]*(?:chip|beschleuniger|accelerator|gpu|prozessor|processor|modell|model|sprachmodell|ki-modell|llm)s?\b/u;
/**
 * A new product described but not named in its sentence ("sein neues KI-Flaggschiff", "eine neue
 * Familie offener KI-Modelle", "its latest model", "zwei neue KI-Modelle"): the name may stand in the
 * sentence before or after.
 */
export const DESCRIBED_PRODUCT =
  /\b(?:sein[\p{L}\p{N}_]*|ihr[\p{L}\p{N}_]*|ein[\p{L}\p{N}_]*|die|das|der|den|dem|its|their|a|an|the|zwei|two|drei|three)\s+(?:\S+\s+){0,2}?(?:neu[\p{L}\p{N}_]*|new|newest|latest|jüngst[\p{L}\p{N}_]*|next|nächst[\p{L}\p{N}_]*|next-generation|first|erste[\p{L}\p{N}_]*|flagship)\s+(?:\S+\s+){0,3}?[\p{L}-]*(?:flaggschiff|flagship|modell[\p{L}\p{N}_]*|models?|chips?|beschleuniger|accelerators?|gpus?|prozessor[\p{L}\p{N}_]*|processors?|famil[\p{L}\p{N}_]*|generation|llm)(?![\p{L}\p{N}-])/u;
/**
 * Words right before a name that give it to a described product ("called B30", "namens Kimi"), and a
 * kind noun in apposition after a possessive ("its image generation model, GLM-Image, ...").
 */
export const NAMING_BEFORE =
  /(?:called|named|dubbed|code-?named|known as|namens|genannt|getauft|heißt|heisst|heißen|heissen|trägt den namen|tragen den namen|hört auf den namen|mit (?:dem )?namen|unter dem namen|codename|code-name|bezeichnung|kennung|(?<!\b(?:compared (?:with|to)|unlike|than|versus|vs\.?|gegenüber|verglichen mit|im vergleich zu|als)\s+)\b(?:its|their|sein[\p{L}\p{N}_]*|ihr[\p{L}\p{N}_]*)\s+(?!(?:[^\s,]+\s+){0,2}?(?:old|older|oldest|previous|earlier|former|prior|früher[\p{L}\p{N}_]*|alt[\p{L}\p{N}_]*|bisherig[\p{L}\p{N}_]*|vorgänger[\p{L}\p{N}_]*|vorherig[\p{L}\p{N}_]*)\b)(?:[^\s,]+\s+){0,4}?[\p{L}-]*(?:model|modell|chip|accelerator|beschleuniger|llm|prozessor|processor)s?,)\s*["']?$/u;
/** Words right after a name that give it to a described product ("soll B40 heißen", "B40 or X heißen"). */
export const NAMING_AFTER =
  /^["']?\s*(?:(?:oder|or|bzw\.?|beziehungsweise)\s+(?:\S+\s+){0,3}?)?(?:heißen|heißt|heissen|heisst|getauft|genannt werden|tragen)(?=\s*(?:[.,;:!?]|und\b|and\b|sowie\b|$))/u;

/** A coreferring noun phrase that lets a sentence continue the previous sentence's subject. */
export const ANAPHOR =
  /\b(the (?:new |updated |latest |two |three )?(?:(?:ai|language|reasoning|flagship|open|open-source|open-weight) )?(?:models?|chips?|system|processors?|accelerators?|gpus?)(?:'s)?|(?:des|dem) (?:neuen )?(?:[\p{L}-]*modells?|[\p{L}-]*systems?|chips|prozessors|beschleunigers)|(?:both|the two|these) (?:models|chips)|(?:der|den|dem|des) (?:neuen? )?(?:chips?|prozessor|beschleuniger)|das (?:neue )?(?:[\p{L}-]*modell|[\p{L}-]*system)|(?:the|die) (?:new |neue )?software|(?:die|beide|diese) (?:neuen |beiden )?(?:modelle|chips|prozessoren|beschleuniger|gpus))\b/u;

/** Words before a mention that make it a comparison baseline, not the subject. */
export const COMPARISON_BEFORE = new RegExp(
  [
    // short comparison words reach three words; "Chips wie H20", "chips like the H20" list examples
    '(?<![\\p{L}\\p{N}])(?:compared (?:with|to)|on par with|comparable to|vergleichbar mit|auf augenhöhe mit|ähnlich wie|than(?!\\s+\\d[\\d.,]*(?![\\u0027’\\d]))|versus|vs\\.?|(?<!(?:chips|\\p{L}*bausteinen?|bauteilen?|komponenten|components|parts|halbleitern?|semiconductors|modellen?|models|produkten?|products|beschleunigern?|gpus|systemen?|systems|prozessoren|processors|\\p{L}*unternehmen|firmen|konzerne|\\p{L}*hersteller|anbieter|companies|firms|\\p{L}*makers|titel|werte|aktien|stocks|names|players|\\p{L}*dienste|services|anwendungen|applications|apps|assistenten|assistants|chatbots|tools|angebote|offerings) )(?:wie|like)(?!\\s+(?:erwartet|angekündigt|geplant|berichtet|gemeldet|versprochen|gewohnt|üblich|expected|announced|planned|reported|promised|usual)\\b)|(?<!(?:bekannt|genannt|bezeichnet) )als(?!\\s+(?:er|sie|es|man|wir|ich|ihr)\\b|\\s+\\d[\\d.,]*(?![\\u0027’\\d]))|gegenüber|im vergleich (?:zu|mit)|successor (?:to|of)|nachfolger (?:von|des)|based on|basiert auf|basierend auf|builds? (?:up)?on|upgrade to|(?<!(?:revised|updated|improved|fixed|reworked|new|neue|überarbeitete|verbesserte|korrigierte) )version of|(?:abgespeckte|gedrosselte|reduzierte|beschnittene|modifizierte|angepasste|chinesische|exportkonforme|schwächere|leistungsschwächere) version (?:des|der|von)|(?:generation|familie|family|serie|series|reihe) (?:of|von|der|des)(?![^,]*,)|update (?:to|for)|refresh (?:of|to|for)|auffrischung (?:von|des)|alternative zu|alternative to|alternatives?|alternativen|(?:against|gegen)(?!\\s+(?:(?:die|eine|the|a)\\s+)?(?:releas|launch|shipp|introduc|veröffentlich|markteinführ|einführ|auslieferung|marktstart)[\\p{L}\\p{N}_]*)|match(?:es|ed|ing)?|fordert[\\p{L}\\p{N}_]*|fordern|challeng[\\p{L}\\p{N}_]*|takes? on|keep(?:s|ing)? up\\s+(?:\\S+\\s+){0,3}?with|mithalten (?:mit|gegen)|rival[\\p{L}\\p{N}_]*|konkurrent[\\p{L}\\p{N}_]*|competitor[\\p{L}\\p{N}_]*|trail(?:s|ed|ing)?|lags? behind|hinter|(?:performance|speed|speedup|improvements?|gains?|advances?|leaps?|advantage|uplift|lead|edge|vorsprung|leistung|verbesserung[\\p{L}\\p{N}_]*|fortschritt[\\p{L}\\p{N}_]*)\\s+(?:gegenüber|over|vs\\.?)|\\d+\\s?%\\s+(?:\\S+\\s+){0,2}?(?:performance|leistung|speed|rechenleistung)\\s+(?:of|von|des|der)|ahead of|(?:falls?|fell|falling|lies|lay|lying|sits?|sat|sitting|ranks?|ranked|ranking|liegt|lag|liegen|rangiert)\\s+(?:somewhere\\s+|irgendwo\\s+)?(?:between|zwischen)(?!\\s+(?:\\d|\\$|€|q[1-4]\\b|(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)\\p{L}*\\s+(?:and|und)\\b))(?:\\s+(?:(?:[^\\s.;:!?]|\\.(?=\\S))+\\s+){0,4}?(?:and|und))?)\\s+(?:[^\\s.;:!?]+\\s+){0,3}["\\u0027„“‚‘’]?$',
    // what a system is built on, up to a comma ("Built on TSMC N3, the Rubin CPX ..." names no yardstick)
    '(?<![\\p{L}\\p{N}])(?:auf (?:der )?(?:basis|grundlage)(?: (?:von|des|der|dem|seines|seiner|ihres|ihrer))?|built (?:up)?on(?: top of)?)\\s+(?:[^\\s.,;:!?]+\\s+){0,3}["\\u0027„“‚‘’]?$',
    // a time anchor: "the first open model since GPT-2", "das erste Modell seit GPT-2"
    '\\b(?:first|erste[\\p{L}\\p{N}_]*)\\s+(?:[^\\s.;:!?]+\\s+){0,6}?(?:since|seit)\\s+(?:the\\s+|dem\\s+)?["\\u0027„“]?$',
    // verbs of outdoing reach a longer object ("outperform NVIDIA's AI-specialized GPU 'H100'")
    '(?<![\\p{L}\\p{N}])(?:outperform[\\p{L}\\p{N}_]*|übertrifft|übertraf|übertreffen|schlägt|schlug|beats?|beating|surpass[\\p{L}\\p{N}_]*)\\s+(?:[^\\s.;:!?]+\\s+){0,5}["\\u0027„“‚‘’]?$',
  ].join('|'),
  'u',
);
/** A pluperfect plan verb: "hatte geplant", "hatten vorgesehen" (a target that no longer holds). */
const PLUPERFECT_PLAN_DE = String.raw`hatten?\s+(?:\S+\s+){0,4}?(?:geplant|vorgesehen|beabsichtigt)`;

/** Superseded targets are described in delays, not plans. */
export const SUPERSEDED = new RegExp(
  String.raw`((?<!\b(?:as|wie|than|als)\s)(?:ursprünglich|originally)|eigentlich|initially|had been (?:slated|scheduled|planned|expected)|was (?:slated|scheduled|expected)|war\s+(?:\S+\s+){0,4}?geplant|had (?:planned|intended|hoped|aimed|wanted) to|had (?:expected|anticipated)\b|(?<=\b(?:the|its|their|der|die|den|dem|vom|zum|seine[mn]?|ihre[mn]?)\s)(?:original|initial|earlier|previous|frühere[nmrs]?)\s+(?:\S+\s+)?(?:plans?|timeline|schedule|target|pläne?n?|planung|zeitplan|ziel)\b(?![^.;!?]{0,80}?\b(?:on track|still holds|remains? in place|unchanged|weiterhin|gilt (?:weiter|noch)|bleibt bestehen)\b)|${PLUPERFECT_PLAN_DE})`,
  'u',
);

/** "Meta hatte geplant, Llama 5 im Juni zu veröffentlichen": the pluperfect plan verb governs the clause after its comma. */
export const PLUPERFECT_PLAN_BEFORE = new RegExp(String.raw`\b${PLUPERFECT_PLAN_DE}\s*,$`, 'u');

/** A return to an earlier platform ("zurück zu Nvidia", "back to the H20", "fell back on"): it implies the platform it leaves. */
export const RETURN_MOVE = /(wieder|zurück|rückkehr|back to|return|revert|f[ae]ll[\p{L}\p{N}_]* back)/u;

/** Training/inference context required for a hardware switch. */
export const COMPUTE_CONTEXT =
  /(train[\p{L}\p{N}_]*|inferen[\p{L}\p{N}_]*|rechenleistung|compute|power(?:s|ed|ing)? |betrieb|hardware|chips?\b|gpus?\b|prozessor[\p{L}\p{N}_]*|processors?)/u;

/**
 * Vague but real time frames (seasons, half years, "Ende des Jahres", "early next year"): a plan
 * needs a stated time, and these count even though they give no YYYY-MM date.
 */
export const VAGUE_TIME =
  /\b(?:heute abend|am heutigen abend|noch heute|tonight(?!['’])|this evening|later today|frühjahr|frühling|sommer|herbst|winter|(?:jahres|monats|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)hälfte|halbjahr[\p{L}\p{N}_]*|(?:ersten|zweiten) hälfte|jahresende|ende des jahres|anfang des jahres|mitte des jahres|jahresmitte|spring|summer|autumn|fall of|winter|half of|end of (?:the |this |next )?year|early next year|later this year|mid-\d{4}|quartal|quarter|q[1-4]|h[12])\b|\b[12]h(?=\s*(?:20\d\d|'?\d\d)\b|[.,;]|$)|\b(?:in|within|innerhalb)\s+(?:the\s+|der\s+|den\s+)?(?:next|coming|nächsten|kommenden)\s+(?:\S+\s+)?(?:days?|weeks?|months?|tagen?|wochen|monaten?)\b|\b(?:in|within|innerhalb von|binnen)\s+(?:(?:about|around|roughly|some|approximately|rund|etwa|ungefähr|circa|ca\.|knapp)\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|ein(?:em|igen|er)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|wenigen|mehreren|ein paar|\d+)(?:\s+(?:to|bis)\s+\S+)?\s+(?:days?|weeks?|months?|tagen|wochen|monaten)(?![\p{L}])|\b(?:next|this|nächste[nms]?|kommende[nms]?|diese[nms]?)\s+(?:week|month|year|woche|monat|jahr)\b|\b(?:noch )?in diesem jahr\b|\b(?:by|before|bis|vor)\s+(?:the end of\s+|ende\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|\d{4})\b|\bas early as\b|\b(?:im laufe des jahres|im jahresverlauf|in the course of the year|later in the year)\b/u;

/**
 * A chip or platform named only generically ("heimische Chips", "domestic accelerators", "Google's
 * TPUs"): the target of a switch whose source is named.
 */
export const GENERIC_PLATFORM =
  /\b(?:heimisch[\p{L}\p{N}_]*|eigen[\p{L}\p{N}_]*|hauseigen[\p{L}\p{N}_]*|maßgeschneidert[\p{L}\p{N}_]*|chinesisch[\p{L}\p{N}_]*|inländisch[\p{L}\p{N}_]*|eigenentwicklung[\p{L}\p{N}_]*|intern\s+entwickelt[\p{L}\p{N}_]*|selbst\s+entwickelt[\p{L}\p{N}_]*|selbstentwickelt[\p{L}\p{N}_]*|domestic|in-house|homegrown|home-grown|self-developed|self-designed|internally\s+(?:designed|developed)|proprietary|chinese|local|own|custom)\s+(?:[^\s-]+[\s-])?(?:chips?|beschleuniger[\p{L}\p{N}_]*|prozessor[\p{L}\p{N}_]*|accelerators?|processors?|[\p{L}\p{N}_]*hardware|halbleiter[\p{L}\p{N}_]*|silicon)\b|\b(?:chips?|beschleuniger[\p{L}\p{N}_]*|prozessoren|hardware|gpus?)\s+aus\s+(?:chinesischer|heimischer|eigener|inländischer)\s+(?:produktion|fertigung|entwicklung)|\btpus?\b|tensor processing units?|trainium|inferentia/u;

/** Causal connectors that introduce the reason for a delay or cancellation. */
export const REASON =
  /(?:^|[\s,(])(nachdem|weil|da|denn|wegen|aufgrund|infolge|because(?: of)?|due to|after|amid|following|as a result of|owing to)\s+([^.;!?]{6,200})/u;

/**
 * A document as the verb's object, or after a plan's "scheduled to": "is scheduled to release its fiscal
 * second-quarter earnings report", "legt seine Quartalszahlen vor" (only articles, possessives and
 * period words between).
 */
export const DOCUMENT_OBJECT_AFTER =
  /^\s+(?:(?:to\s+)?(?:release|publish|report|post|announce|present|issue)\s+)?(?:(?:its|their|the|a|an|his|her|our|seine[nmrs]?|ihre[nmrs]?|die|den|das|fiscal|quarterly|annual|full-year|latest|first|second|third|fourth|q[1-4]|[\p{L}-]*quarter|20\d\d|financial|earnings|geschäfts|finanz)\s+){0,5}(?:earnings|results|report|figures|numbers|guidance|financials|bilanz|zahlen|quartalszahlen|geschäftszahlen|ergebnisse|geschäftsbericht)(?![\p{L}])/u;

/**
 * A launch verb over a that-clause reports a statement: "enthüllte CEO Lisa Su, dass ...", "revealed
 * that the chip is ...", "showed how"; so does one over details ("showed off more about its Blackhole
 * silicon", "revealed details of the H20"). "that" as a determiner ("launched that chip", "released that
 * week") and ", wie ... mitteilte" (attribution) are no such clause.
 */
export const STATEMENT_AFTER =
  /^\s+how\s|^\s+that\s+(?!(?:week|day|month|year|time|morning|evening|quarter|chip|model|product|version)\b)(?:[^\s,.;:!?]+\s+){0,3}?(?:is|was|are|were|has|had|have|will|would|can|could|plans?|planned|intends?|expects?|aims?)\b|^,\s*dass\s|^\s+(?:[^\s,.;:!?]+\s+){0,3}?[^\s,.;:!?]+,\s*dass\s|^\s+(?:(?:more|further|additional|mehr|weitere)\s+(?:details?\s+|information\s+|einzelheiten\s+)?|(?:new\s+|neue\s+)?(?:details?|information|einzelheiten)\s+)(?:about|on|of|zu|über|zum|zur)\s/u;

/**
 * A release trigger that is not a release: a nominal "release date" under discussion, a launch noun
 * that modifies a compound head ("Launch-Moment", "Release-Notes"), a future
 * modifier ("soon-to-be-released"), the phrasal "pushing back against" (resisting, not delaying).
 */
export const NOT_A_RELEASE_AFTER =
  /^-\p{L}|^[\s-]*(?:date|datum|termin|window|timing|cadence|cycles?|schedules?|pace|rhythm|calendar|notes|strateg[\p{L}\p{N}_]*|rhythmus|zyklus|takt|kalender|zeitplan[\p{L}\p{N}_]*|timeline|roadmap|fahrplan|plan[\p{L}\p{N}_]*|events?|veranstaltung[\p{L}\p{N}_]*)\b/u;
/**
 * "Veröffentlichungsrhythmus", "Veröffentlichungstermin": a German compound whose head is not the
 * event (a schedule, a date, a pace) is no release.
 */
export const NOMINAL_COMPOUND_RELEASE = /^(?:veröffentlichungs|markteinführungs|einführungs)\p{L}+$/u;
/**
 * A release verb in its base form ("release", "launch", "veröffentlichen", "präsentieren") is governed
 * by a modal, a future or an intention when one stands before it in the clause ("will release", "plans
 * to launch", "soll ... veröffentlichen") or, in a German subordinate clause, right after it
 * ("präsentieren will"). What is wanted or due has not happened: no release.
 */
export const RELEASE_BASE_FORM =
  /^(?:releas(?:e)?|launch|unveil|ship|introduce|debut|roll out|put out|open[- ]source|veröffentlichen|präsentieren|vorstellen|einführen|enthüllen|debütieren|lancieren|herausbringen|ausliefern)$/u;
export const MODAL_BEFORE =
  /(?:\b(?:will|would|shall|should|could|might|may(?!\s+\d)|can|going to|target(?:s|ed|ing)?|eyes|eyeing|aims? (?:for|at)|wants? to|plans? to|aims? to|announcements? to|expects? to|intends? to|hopes? to|set to|due to|about to|soll[\p{L}\p{N}_]*|wollen|wolle|wird|werde|werden|würde[\p{L}\p{N}_]*|möchte[\p{L}\p{N}_]*|könnte[\p{L}\p{N}_]*|könne|dürfe|müsse|muss|müssen|must|(?:has|have|needs?) to|plant|planen|beabsichtigt)\s+(?:\S+\s+){0,8}?|\b(?:to|zu)\s+(?:\S+\s+)?)$/u;
export const MODAL_AFTER =
  /^\s*(?:zu\s+)?(?:soll|solle|sollen|will|wolle|wollen|wird|werde|werden|möchte[\p{L}\p{N}_]*|könnte[\p{L}\p{N}_]*|könne|würde[\p{L}\p{N}_]*|kann|können|dürfte[\p{L}\p{N}_]*|dürfe|müsse)\b/u;

export const FUTURE_MODIFIER_BEFORE =
  /(?:to[- ]be[- ]|yet to be |noch nicht |kurz vor (?:dem|der|den) |on the (?:verge|cusp|brink) of (?:the |its |a )?|(?:days|weeks|months|hours|moments) away from (?:the |its |a )?|(?:imminent|upcoming|impending|forthcoming|planned|rumou?red|bevorstehend[\p{L}\p{N}_]*|kommend[\p{L}\p{N}_]*|anstehend[\p{L}\p{N}_]*|geplant[\p{L}\p{N}_]*|mögliche[\p{L}\p{N}_]*)\s+(?:\S+\s+){0,1})$/u;
/**
 * A launch noun whose clause says it has not happened ("a product release been as anticipated as",
 * "debunked a report ... the launch of", "has kept silent about the release of"): anticipation, denial
 * and silence around a nominal trigger.
 */
export const PROSPECTIVE_CLAUSE =
  /\b(?:imminent|upcoming|expedit[\p{L}\p{N}_]*|debunk[\p{L}\p{N}_]*|bevorstehend[\p{L}\p{N}_]*|anstehend[\p{L}\p{N}_]*)\b|\b(?:as|so|wie)\s+(?:eagerly\s+|sehnlichst\s+)?(?:anticipated|awaited|erwartet)\b|\b(?:kept|keeps|keeping|remained|remains|stayed|stays|(?:has|have) been)\s+(?:\S+\s+)?silent\s+(?:about|on)\b|\b(?:schweigt|schwieg|schweigen)\s+(?:\S+\s+){0,3}?(?:zu|über)\b/u;
/** "verschiebt die Grenzen", "pushes the boundaries back": moved limits, not a delayed product. */
const MOVED_LIMITS =
  '(?:grenzen?|maßstäbe|messlatte|gewichte|kräfteverhältniss[\\p{L}\\p{N}_]*|fokus|schwerpunkt[\\p{L}\\p{N}_]*|boundaries|limits|frontier|goalposts|balance)';
export const LIMITS_MOVED_BEFORE = new RegExp(`\\b${MOVED_LIMITS}\\s+(?:\\S+\\s+){0,5}$`, 'u');
/** ... or after it: "verschiebt (damit) die Grenzen", "pushes back the limits". */
export const LIMITS_MOVED_AFTER = new RegExp(
  `^\\s+(?:(?:damit|dadurch|so|erneut|wieder|once again|again|further|weiter)\\s+){0,2}(?:die|the|den|its|their|seine|ihre)\\s+(?:\\S+\\s+)?${MOVED_LIMITS}\\b`,
  'u',
);
/**
 * A sales or revenue target is no product: "das angepeilte Verkaufsziel für den Gaudi 3", "der Plan zur
 * Umsatzsteigerung gerät ins Stocken", "the revenue target for Gaudi slipped".
 */
export const SALES_TARGET =
  /\b(?:verkaufs|umsatz|absatz|erlös|gewinn)(?:ziel|steigerung|plan|prognose|erwartung)[\p{L}\p{N}_]*|\b(?:revenue|sales|profit|earnings)\s+(?:targets?|goals?|forecasts?|plans?|growth)\b/u;
/**
 * Words that put delays behind the news they come with ("after months of delays", "despite repeated
 * delays", "nach Verschiebungen", "trotz Verzögerungen"): read by the suppression and dating of plans.
 */
export const BEHIND_WORDS = 'after|following|despite|nach|trotz';
/** Delays of customers' orders, not of a product: "order delays from key customers", "Verzögerungen bei Bestellungen". */
export const ORDER_DELAY_BEFORE = /\b(?:orders?|purchase|purchasing)[\s-]+$/u;
/**
 * ... and after it: "delays of customer orders", "Verzögerungen bei Bestellungen", or the orders as the
 * verb's object ("customers are delaying orders of", "Kunden verschieben Bestellungen des"); a vendor's
 * "delay order fulfillment" or "delaying customer orders" is its shipments' delay.
 */
export const ORDER_DELAY_AFTER =
  /^\p{L}*\s+(?:(?:of|in|to|bei|von)\s+(?:(?:the|its|their|customer|customers['’]?|kunden|den|der)\s+)?|(?:(?:the|its|their|some|new|further|ihre|seine|die|neue)\s+)?)(?:orders?|purchases?|purchasing|bestellungen|aufträge|aufträgen|käufe|käufen)(?![\p{L}])(?!\s+(?:fulfil|deliver|shipment|ausliefer|abwicklung))/u;
export const PUSH_BACK_AGAINST = /^push[\p{L}\p{N}_]*\s+back\s+(?:against|on)\b/u;

/** Succession verbs ("folgte", "followed in") report a release only together with a date. */
export const SUCCESSION = /^(?:folgte|followed)/u;

/** Nominal event triggers: the event is an argument, e.g. of a delay ("Die Veröffentlichung verzögert sich"). */
export const NOMINAL_TRIGGER =
  /^(?:veröffentlichung[\p{L}\p{N}_]*|markteinführung|einführung|vorstellung|präsentation|rollout|roll[- ]out|start|launch|release|debüt|debut)$/u;

/**
 * A mention inside a background phrase ("following the launch of X", "after the success of X",
 * "nach dem Erfolg von X"): a past event told as the setting, not reported.
 */
export const BACKGROUND_OF_BEFORE =
  /(?:following|after|since|thanks to|amid|nach|seit|dank|angesichts)\s+(?:the|der|dem|des|its|seiner|seinem|ihrem|ihres|seines)?\s*(?:[^\s.;:!?]+\s+){0,2}(?:launch|release|debut|introduction|success|popularity|hype|breakthrough|veröffentlichung|einführung|markteinführung|start|erfolg(?:es|s)?|durchbruch(?:s|es)?|beliebtheit)\s+(?:of|von|des)\s+$/u;

/**
 * A company named as the owner of shares: right after a share noun ("die Papiere von Broadcom", "shares
 * of AMD") or right before one ("die Broadcom-Aktie", "AMD-Titel", "Broadcom's shares").
 */
export const SHARES_OF_BEFORE =
  /(?:aktie\p{L}*|papiere|anteile|anteilsscheine|titel|shares?|stock)\s+(?:von|des|der|of)\s+(?:the\s+|dem\s+)?$/u;
export const SHARES_AFTER =
  /^(?:-(?:aktie\p{L}*|titel|papiere|anteile)|['’]s\s+(?:shares|stock|share price))(?![\p{L}])/u;

/** The words that name a partner role before a list of companies (see nlp/events/company-roles.ts). */
export const PARTNER_ROLE =
  /\b(?:investments? from|investors? (?:including|such as|like)|suppliers? (?:to|for)|customers? (?:such as|like|including)|kunden wie|investoren wie|(?:zu)?lieferanten? (?:von|für)|zulieferer (?:von|für)|challenges?(?= (?:the |its )?\p{L}))\s/gu;

/** Head nouns that make a product mention a modifier of something that is not the product. */
export const NON_PRODUCT_HEAD =
  /^(?:[- ](?:ai|ki)-?|-)?(?:chip-)?(?:roadmap|fahrplan|strateg[\p{L}\p{N}_]*|abonnent[\p{L}\p{N}_]*|subscri[\p{L}\p{N}_]*|team|sparte|division|ökosystem|ecosystem)|^[- ](?:konkurrent[\p{L}\p{N}_]*|rival[\p{L}\p{N}_]*|competitor[\p{L}\p{N}_]*|herausforderer[\p{L}\p{N}_]*|challenger|alternative[\p{L}\p{N}_]*|killer|makers?|macher|hersteller[\p{L}\p{N}_]*|manufacturers?|producers?|developers?|providers?|vendors?|operators?|entwickler(?:in|innen|s)?|erfinder[\p{L}\p{N}_]*|mutter|betreiber[\p{L}\p{N}_]*|anbieter[\p{L}\p{N}_]*|creators?|owners?|parent)\b|^-(?:based|basiert[\p{L}\p{N}_]*|powered|gestützt[\p{L}\p{N}_]*)\b/iu;

/**
 * A name used as the modifier of a platform or audience noun ("der Gemini-App", "ChatGPT users"): the
 * mention is the subject only when the sentence offers no other one ("für alle Nutzer der Gemini-App
 * bereitgestellt" releases the model named before it).
 */
export const PLATFORM_HEAD =
  /^(?:-|\s)(?:app|apps|nutzer[\p{L}\p{N}_]*|users?|kund[\p{L}\p{N}_]*|customers?|plattform|platform)\b/iu;

/** Definite event nouns that open a sentence and refer back to the previous sentence's subject. */
export const EVENT_NOUN_START =
  /^(?:der|die|the|this|that|dieser|diese)\s+(?:\S+\s+){0,2}?(?:start|launch|release|rollout|veröffentlichung|markteinführung|einführung|delay|verzögerung|verschiebung|ban|verbot[\p{L}\p{N}_]*)\b/u;

/** "that a frontier-scale model can be trained on ...": an indefinite product is any product, not the topic. */
export const GENERIC_PRODUCT =
  /\b(?:a|an|ein|eine|einen|einem|einer)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:model|modell|llm|chip|accelerator|beschleuniger)\b/u;

/** Kind nouns that head a conjunct or stand before its date ("the B300 chips and the GB300 racks"). */
export const KIND_HEAD = String.raw`[\p{L}-]*(?:chips?|gpus?|apus?|accelerators?|beschleuniger[ns]?|prozessor(?:en)?|processors?|racks?|systems?|systeme?|servers?|superchips?|models?|modell(?:e|s)?|series|serie|varianten?|variants?|versions?)`;

/** The head nouns that name a company without naming it ("der Chiphersteller", "the chipmaker"). */
// a compound names the trade, not another company's product ("des iPhone-Herstellers" is Apple)
export const COMPANY_NOUN_DE = String.raw`(?:(?:us-|chinesische[nr]?\s|amerikanische[nr]?\s)?(?:chip|halbleiter|grafikkarten|grafikchip|gpu|prozessor|ki-?|tech-?|technologie|software|computer)?(?:unternehmen|konzern|hersteller|anbieter|riese|start-?up|firma|gruppe))`;
export const COMPANY_NOUN_EN = String.raw`(?:company|chipmaker|chip designer|firm|group|startup)`;

/** A sentence that opens by calling a company by its kind ("Der Konzern ...", "The chipmaker ..."). */
export const COMPANY_REFERENCE_START = new RegExp(
  String.raw`^(?:so\s+)?(?:the (?:[\p{L}-]+ ){0,2}?${COMPANY_NOUN_EN}|(?:das|der|die) (?:[\p{L}-]+ ){0,2}?${COMPANY_NOUN_DE})\b`,
  'u',
);
