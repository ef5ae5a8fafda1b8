/** Financial events: a company's share price, revenue or valuation moves ("Die Aktie fiel um 5 %"). */
import {
  COMPANY_NOUN_DE,
  COMPANY_NOUN_EN,
  COMPANY_REFERENCE_START,
  FINANCIAL_EXCLUDE,
  FINANCIAL_FORECAST,
  FINANCIAL_MOVE,
  RESULT_REPORTED,
  REVENUE_SHARE,
  SALES_CAP,
  SHARE_MOVED,
} from '../event-cues.js';
import { extractByRule, type EventRule, type SubjectFallback } from './build-event.js';
import { listedAfter, ownsShares } from './company-roles.js';
import type { DiscourseState } from './discourse-state.js';
import { clauseWindow, type Trigger } from './find-triggers.js';
import type { EventExtractor } from './run-triggers.js';
import type { Mention } from '../link-entities.js';
import type { LocalMention } from './pick-subjects.js';
import type { SentenceContext } from './sentence-context.js';
import type { FoundEvent } from '../types.js';

const ORG_ANAPHOR = new RegExp(`${COMPANY_REFERENCE_START.source}|^(?:so\\s+)?(?:it|es|er)\\b`, 'u');

/**
 * The company named by a possessive inside the sentence: "die Aktien des Konzerns", "des auf KI
 * spezialisierten US-Chipherstellers", "the Santa Clara chipmaker's shares", "its shares".
 */
const OWNER_ANAPHOR = new RegExp(
  String.raw`\b(?:des (?:[\p{L}-]+ ){0,5}?${COMPANY_NOUN_DE}s|the (?:[\p{L}-]+ ){0,3}?${COMPANY_NOUN_EN}['’]s|its (?:shares|stock|share price|market value))\b`,
  'u',
);

/** A clause opening with a capitalised name that ends in a company suffix ("Samsung Electronics Co.", "Foxconn Group"). */
const UNKNOWN_COMPANY_OPENS =
  /^\s*(?!(?:The|Die|Der|Das|Its|Ihre|Seine|Shares|Aktien|Papiere|It|Es|Sie)\b)\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*\s+(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|AG|SE|GmbH|Electronics|Holdings?|Group)\s*$/u;

/** Shares whose owner the sentence names by a capitalised name the knowledge base may not know. */
const OWNER_NAMED =
  /(?:[Ss]hares|[Ss]tock)\s+of\s+(?!(?:The|This|That|Its)\b)\p{Lu}|(?:[Ss]hares|[Ss]tock)\s+of\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:investors?|parent|rivals?|suppliers?|customers?|partners?|backers?|shareholders?)\b|(?<![\p{L}])(?!(?:The|This|That|These|Those|Its|Their|Our|Both|All|Some|Many|Most)\b)\p{Lu}[\p{L}&.]*\s+(?:shares|stock)\s+(?:\S+\s+){0,2}?(?:climbed|rose|fell|dropped|jumped|slid|gained|lost|tumbled|surged|soared|plunged|sank|slumped|slipped|dipped|rallied|were|was|closed|ended|traded)\b|(?:[Aa]ktien?|[Pp]apiere?|[Aa]nteile|[Aa]nteilsscheine)\s+(?:von|der|des)\s+(?:\p{Lu}[\p{Lu}\d&-]*[\p{Lu}\d]|\p{Lu}\p{Ll}+\p{Lu})(?![\p{Ll}-])/u;
/** A stock index, not a company, is what moved. */
const INDEX_MOVES =
  /(?<![\p{L}])(?:index|indizes|leitindex|dax|mdax|tecdax|nasdaq|s&p|dow jones|dow|hang seng|csi|nikkei|kospi|stoxx|msci|sox|sektor|sector|branchenindex)(?![\p{L}])/iu;

/**
 * Whether the sentence names what moved itself, so that no company may be taken from the context:
 * a company the knowledge base does not know opens the clause ("Samsung Electronics Co. fell 2.3%"),
 * the shares' owner is named ("Die Aktie von SMIC", "Shares of SMIC"), or an index moved ("Der Index
 * CSI 300 stieg"; one named for comparison after the move, "while the S&P 500 fell", does not count).
 */
function namesWhatMoved(trigger: Trigger, sc: SentenceContext): boolean {
  const opening = sc.text.slice(0, trigger.end + 30);
  const clauseEnd = opening
    .slice(trigger.start)
    .search(/,|\b(?:while|whereas|than|während|wohingegen|als)\b/iu);
  const subjectPart = clauseEnd < 0 ? opening : opening.slice(0, trigger.start + clauseEnd);
  return (
    UNKNOWN_COMPANY_OPENS.test(sc.text.slice(0, trigger.start)) ||
    OWNER_NAMED.test(opening) ||
    INDEX_MOVES.test(subjectPart)
  );
}

/**
 * "Die Aktien stiegen um 8 %": the company of the previous sentence, or of the one before when the
 * sentence starts with "Das Unternehmen" or a pronoun, or names the owner of the shares that way.
 */
function previousCompany(sc: SentenceContext, state: DiscourseState): SubjectFallback | undefined {
  const reach = ORG_ANAPHOR.test(sc.lower) || OWNER_ANAPHOR.test(sc.lower) ? 2 : 1;
  const org = state.recentOrg(sc.index, reach) ?? soleCompanyOfParagraph(sc, state);
  if (org === undefined) return undefined;
  return { mention: org, also: PLURAL_OWNER.test(sc.lower) ? listedWith(org, sc) : [], penalty: 0.15 };
}

/** Shares with no owner told at all: "Die Aktie stieg", "Shares plunged" (not "Die Aktie des Chipherstellers"). */
const BARE_SHARES =
  /^(?:die|the)?\s*(?:[\p{L}-]+\s+){0,3}?(?:aktie|aktien|shares|stock)\b(?!\s+(?:des|der|von|vom|of)\b)/u;
/** A company told by a noun ("der Konzern", "the chipmaker"), which may be one the paragraph did not name. */
const COMPANY_NOUN = new RegExp(
  String.raw`(?<![\p{L}])\p{L}*(?:${COMPANY_NOUN_DE}|${COMPANY_NOUN_EN}|maker)\p{L}*`,
  'u',
);
/** How many sentences back the one company of a paragraph may own unnamed shares. */
const SOLE_COMPANY_REACH = 3;

/**
 * "Nvidia did not warn its customers in time. By Friday the damage was clear. Shares fell 6%": bare
 * unnamed shares in a paragraph that has named one company only, a few sentences back, with no company
 * told by a noun in between, are that company's.
 */
function soleCompanyOfParagraph(sc: SentenceContext, state: DiscourseState): Mention | undefined {
  if (!BARE_SHARES.test(sc.lower)) return undefined;
  const org = state.recentOrg(sc.index, SOLE_COMPANY_REACH);
  if (org === undefined) return undefined;
  const paragraph = sc.sentence.paragraph;
  for (let i = org.sentence; i < sc.index; i++) {
    if (sc.doc.sentences[i]?.paragraph !== paragraph) return undefined;
    if (sc.doc.mentionsIn(i).some((m) => m.entry.kind === 'organization' && m.entry.id !== org.entry.id))
      return undefined;
    // "Das Unternehmen aus Santa Clara liefert die Chips": a company told by a noun may be another one
    if (i > org.sentence && COMPANY_NOUN.test((sc.doc.sentences[i]?.text ?? '').toLowerCase()))
      return undefined;
  }
  // the paragraph before the company's sentence names no other company either
  for (let i = org.sentence - 1; i >= 0 && sc.doc.sentences[i]?.paragraph === paragraph; i--)
    if (sc.doc.mentionsIn(i).some((m) => m.entry.kind === 'organization' && m.entry.id !== org.entry.id))
      return undefined;
  return org;
}

/** Shares of several companies named before: "Deren Aktien gaben nach", "Their shares fell". */
const PLURAL_OWNER =
  /^(?:\S+\s+){0,3}?(?:deren|ihre|their)\s+(?:aktien|papiere|titel|anteile|shares|stocks)\b/u;

/** The other companies listed with `org` in the previous sentence ("US-Konzerne wie Nvidia, AMD und Intel"). */
function listedWith(org: Mention, sc: SentenceContext): Mention[] {
  const previous = sc.doc.sentences[sc.index - 1];
  if (previous === undefined) return [];
  const orgs = sc.doc.mentionsIn(sc.index - 1).filter((m) => m.entry.kind === 'organization');
  return listedAfter(
    org,
    orgs,
    (from, to) => previous.text.slice(from - previous.start, to - previous.start),
    (m) => m.entry.id,
  );
}

/** A sentence that tells of a company's figures without naming it: "Die Aktie ...", "Shares of the group ...". */
const UNNAMED_SHARES =
  /^(?:die|the)?\s*(?:[\p{L}-]+\s+){0,5}?(?:aktie|aktien|shares|stock|umsatz|revenue)\b/u;
/** A company speaking about figures: a reporting verb and a word of results. */
const REPORTS_FIGURES =
  /(?<![\p{L}])(?:said|says|reported|reports|nannte|nennt|teilte|teilt|meldete|meldet|berichtete|erklärte|erklärt|sagte|sagt|gab|verwies|führte|cited|attributed|blamed|profitierte|profitiert|benefited|benefits)(?![\p{L}])/u;
const FIGURE_WORD =
  /umsatz|gewinn|verlust|ergebnis|wachstum|quartal|zahlen|erlös|marge|revenue|profit|(?<![\p{L}])loss|results|earnings|growth|quarter|sales|margin|guidance|prognose|grund|gründe|reason|nachfrage|demand|geschäft|business/u;
/** Figures named as the company's: "die Zahlen von Cambricon", "the results of Baidu". */
const OWNED_FIGURES =
  /(?:zahlen|ergebnisse?|umsatz|umsätze|gewinn|results|earnings|revenue|figures)\s+(?:von|des|der|of)\s+$/u;
/** Figures still to come: "are due next week", "werden erst im November erwartet". */
const FIGURES_AHEAD =
  /(?<![\p{L}])(?:due|expected|scheduled|will|erwartet|werden|wird|kommende\p{L}*|nächste\p{L}*|next)(?![\p{L}])/u;
/** How many sentences ahead a company named later may be the one an opening sentence spoke of. */
const NEXT_COMPANY_REACH = 3;

/**
 * "Die Aktie legte um 2,5 Prozent zu. ... Als Gründe nannte Alibaba ...": when no company has been named
 * yet, a sentence about unnamed shares or a company described ("das Unternehmen") speaks of the first
 * company the following sentences of its paragraph name, if they name only that one before it.
 */
function nextCompany(
  trigger: Trigger,
  sc: SentenceContext,
  state: DiscourseState,
): SubjectFallback | undefined {
  if (state.recentOrg(sc.index, sc.index + 1) !== undefined) return undefined;
  const opening = sc.lower.slice(0, trigger.end);
  if (!UNNAMED_SHARES.test(opening) && !ORG_ANAPHOR.test(sc.lower) && !OWNER_ANAPHOR.test(sc.lower))
    return undefined;
  for (let i = sc.index + 1; i <= sc.index + NEXT_COMPANY_REACH; i++) {
    const s = sc.doc.sentences[i];
    if (s === undefined || s.paragraph !== sc.sentence.paragraph) return undefined;
    const orgs = sc.doc.mentionsIn(i).filter((m) => m.entry.kind === 'organization');
    if (new Set(orgs.map((m) => m.entry.id)).size > 1) return undefined;
    const first = orgs[0];
    if (first === undefined) continue;
    // the company reports on its own figures ("Als Grund für das Wachstum nannte Alibaba ..."), it is not
    // their cause or a rival ("Auslöser war das Modell R1 von DeepSeek", "OpenAI had just announced GPT-5")
    const lower = s.text.toLowerCase();
    const owns =
      OWNED_FIGURES.test(lower.slice(Math.max(0, first.start - s.start - 30), first.start - s.start)) &&
      !FIGURES_AHEAD.test(lower);
    return owns || (REPORTS_FIGURES.test(lower) && FIGURE_WORD.test(lower))
      ? { mention: first, penalty: 0.2 }
      : undefined;
  }
  return undefined;
}

/** A trigger that is a share noun ("Aktie", "die AMD-Titel", "Papiere", "shares"), not a verb of moving. */
const SHARE_NOUN_TRIGGER =
  /(?:^|[\s-])(?:aktie\p{L}*|papiere|anteil\p{L}*|anteilsschein\p{L}*|titel|shares?|stock)$/u;

/**
 * The companies whose shares the trigger names, when a tracked one stands right beside the share noun
 * (and the others listed after it): they are the subjects, whatever else the sentence names ("Ein Bericht
 * über eine Kooperation mit Apple hat die Papiere von Broadcom nach oben getrieben").
 */
function shareOwners(trigger: Trigger, sc: SentenceContext): LocalMention[] {
  if (!SHARE_NOUN_TRIGGER.test(trigger.text)) return [];
  const orgs = sc.local.filter((m) => m.mention.entry.kind === 'organization');
  const owner = orgs.find(
    (m) => m.start <= trigger.end + 12 && m.end >= trigger.start - 12 && ownsShares(m.start, m.end, sc.lower),
  );
  if (owner === undefined) return [];
  // "Die Papiere von Intel und AMD fielen": the shares of every company listed there
  return [
    owner,
    ...listedAfter(
      owner,
      orgs,
      (from, to) => sc.text.slice(from, to),
      (m) => m.mention.entry.id,
    ),
  ];
}

const FINANCIAL: EventRule = {
  type: 'financial',
  subjectKinds: ['organization'],
  baseConfidence: 0.7,
  futureDates: false,
  carriesTopic: false,
  findsReason: false,
  ownSubjects: shareOwners,
  fallbackSubject: (trigger, sc, state) =>
    namesWhatMoved(trigger, sc) ? undefined : (previousCompany(sc, state) ?? nextCompany(trigger, sc, state)),
};

/** What a company reports as its result ("record revenue", "Quartalsgewinn"), beside a cap that rules set. */
const RESULT_NOUN =
  /(?<![\p{L}])(?:revenue|revenues|profit|profits|earnings|net income|loss|losses|\p{L}*umsatz\p{L}*|\p{L}*gewinn\p{L}*|verlust\p{L}*)(?![\p{L}])/u;

/**
 * A financial event needs a move or an amount, and none of the excluded readings (ratings, targets,
 * schedules, market shares, revenue shares), unless the share price is told to have moved.
 */
function admitsFinancial(sc: SentenceContext): boolean {
  if (!FINANCIAL_MOVE.test(sc.lower)) return false;
  // "a 50 percent volume cap on some sales": a limit set by rules, unless a result is told beside it
  if (SALES_CAP.test(sc.lower) && !RESULT_NOUN.test(sc.lower) && !SHARE_MOVED.test(sc.lower)) return false;
  // "shares rose 2.6% after it agreed to pay 15% of its China revenue": the share move is its own event
  if (REVENUE_SHARE.test(sc.lower)) return SHARE_MOVED.test(sc.lower);
  return (
    (!FINANCIAL_EXCLUDE.test(sc.lower) &&
      !(FINANCIAL_FORECAST.test(sc.lower) && !RESULT_REPORTED.test(sc.lower) && !CHARGE.test(sc.lower))) ||
    (SHARE_MOVED.test(sc.lower) &&
      !/market share|marktanteil|share of (?:the )?(?:\S+ ){0,4}market/u.test(sc.lower))
  );
}

/** A charge the company foresees ("predicted that its H20 charge would reach $5.5 billion") is its figure, not a guess. */
const CHARGE =
  /(?<![\p{L}])(?:charges?|write-?downs?|impairments?|abschreibung\p{L}*|sonderbelastung\p{L}*)(?![\p{L}])/u;

/** A percentage move of something that is not the company's price or results. */
const OTHER_MEASURE =
  /(?<![\p{L}])(?:usage|nutzung|tokens?|anfragen|requests|queries|traffic|shipments?|auslieferung\w*|absatz\w*|marktanteil\w*|market share|nutzer\w*|users?|downloads?|genauigkeit|accuracy|leistung|performance|benchmark\w*|scores?|effizienz|efficiency|kosten|costs?|preise?|prices?|nachfrage|demand|produktion|production|kapazität|capacity)(?![\p{L}])/u;

/** A move told by verb and percentage alone counts when its clause measures nothing but the company. */
function movesTheCompany(trigger: Trigger, sc: SentenceContext): boolean {
  if (!/\d\s?(?:%|prozent|percent|per cent)/u.test(trigger.text)) return true;
  const [from] = clauseWindow(sc.lower, trigger.start, trigger.end);
  return !OTHER_MEASURE.test(sc.lower.slice(from, trigger.end));
}

/** The financial events a sentence reports; modal guidance ("may incur charges") is not hedged. */
export const extractFinancial: EventExtractor = (sc, state) =>
  extractByRule(FINANCIAL, sc, state, {
    admits: () => admitsFinancial(sc),
    accepts: (t) => movesTheCompany(t, sc),
  }).found.map(withoutPeriod);

/**
 * A year or quarter in a financial sentence is the reporting period ("net profit last year", "in
 * the fourth quarter"), not the day of the event: only a day or month is kept as the event's date.
 */
function withoutPeriod(e: FoundEvent): FoundEvent {
  // in place: the discourse state tags events by identity
  if (e.date !== null && (e.date.precision === 'year' || e.date.precision === 'quarter')) e.date = null;
  return e;
}
