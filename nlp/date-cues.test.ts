/**
 * The date rules' cues (see `Cues` in dates.ts): findDateExpressions skips a rule where its cue is
 * absent, which loses no date only if every match of the rule implies its cue. Every rule, and every
 * branch of every alternation in it, is run over the fixture passages and the phrases below; each match
 * must hold its rule's cue in its own text, and each branch must match at least once, so that a branch
 * added without an example fails here too.
 */
import { checkCue, checkEntry, fixtureTexts } from './__fixtures__/cue-check.js';
import { CUE_CHECKS } from './dates.js';
import { MONTH_NAME_PATTERN } from './lexicon/months.js';

/** The weekday names of the weekday rule: a lexicon, not alternatives of the rule's shape. */
const WEEKDAY_NAMES =
  'Sonntag|Sunday|Montag|Monday|Dienstag|Tuesday|Mittwoch|Wednesday|Donnerstag|Thursday|Freitag|Friday|Samstag|Sonnabend|Saturday';

/** Written for this test: at least one example for every branch of every date rule. */
const PHRASES: readonly string[] = [
  // day spans inside one month
  'Die Konferenz findet zwischen dem 15. und 18. Oktober 2025 statt.',
  'Tests ran between 3 and 9 June.',
  'Der Vorverkauf läuft vom 4. bis 8. März.',
  'The beta opens 10-12 May, 2026.',
  'Die Messe dauert 10.–12. Mai.',
  'The summit runs September 8–10, 2025, in Seoul.',
  // ISO, day-month, month-day
  'Das Changelog ist auf 2025-03-14 datiert.',
  'The update arrived on the 1st of March, and a patch on 2nd May.',
  'A hearing is set for the 23rd of June 2024; another for 4th July.',
  'It ships on March 1st, April 2nd, May 3rd and June 4th.',
  // a month after a lead word
  'Seit Mai testet die Firma das Modell, bis Juni soll es fertig sein.',
  'Die Preise gelten für Oktober, ab November steigen sie.',
  'Bookings for March open from April, starting January for partners, beginning February for all.',
  'Anfang März und Mitte Juli gibt es Updates.',
  'Expect news early May, mid-June or late August.',
  'The model has been free since September; until November it stays so, till December at least.',
  'The firm aims to finish by October.',
  'It could ship as early as May, as soon as June, and no later than July.',
  'The company moved this June; next March it moves again; last April it hired.',
  'Seit vergangenen Januar und kommenden Februar, nächsten Oktober, diesen Dezember, dieses Mai.',
  'By the end of March, at the beginning of April, the start of May and the middle of June.',
  // a month a launch is moved to
  'The launch was pushed back to May and later slipped into October.',
  'Der Start wurde auf Juni verschoben, die Messe auf März verlegt, die Sitzung auf April vertagt.',
  'GPT-6 is slated for a March release, a June launch, an April debut and its July rollout.',
  'A May roll-out, a June arrival, an August unveiling, a September introduction, its October ship date.',
  'Es heißt, dass der Hersteller den Termin auf Juli verschiebt.',
  'Der Konzern will die Auslieferung auf August verschieben.',
  // quarters
  'Revenue in 3Q 2025 rose; in 2Q25 it fell.',
  'Im ersten Quartal, im erste Quartal, im 2. Quartal des laufenden Jahres und im dritten Quartal dieses Jahres.',
  'In the second quarter of this year and the fourth quarter of next year, unlike the third quarter last year.',
  'Im vierten Quartal nächsten Jahres oder im zweiten Quartal des kommenden Jahres.',
  'the first three months of 2026; the last 3 months of this year; the first three months of next year',
  'the last three months of last year',
  'in den ersten drei Monaten des Jahres 2025 und den letzten drei Monaten dieses Jahres',
  'in den ersten drei Monaten nächsten Jahres und den letzten drei Monaten des kommenden Jahres',
  // seasons, halves, parts of a year
  'Ende 2025, early 2026, mid-2026, late 2025, Frühjahr 2026, Sommer 2025, Herbst 2025, Winter 2026.',
  'spring 2026, summer 2025, fall 2025, autumn 2026, H1 2026 and H2 2025',
  'by the end of 2025, at the beginning of 2026, from the start of 2027, the middle of 2026',
  // a bare year after a word
  'Das Modell erscheint im Jahr 2026, im Jahre 2027 folgt der Nachfolger.',
  'Die Frist läuft bis 2026, ab 2027 gilt eine neue, für 2028 ist die dritte geplant.',
  'Der Termin wurde auf 2027 gelegt.',
  'Support is promised for 2026, a successor by 2027, until 2028 at least.',
  'The plan moved the target to 2027 and then into 2028.',
  'Im Jahr 2025 und im Jahr 2026 gab es Verzögerungen; Jahr 2027 bleibt offen.',
  'A year 2026 target; the chip arrives 2027 and the coming 2028 generation.',
  'Der Chip kommt erst 2027, frühestens 2026 und spätestens 2028, voraussichtlich 2027.',
  'It ships as early as 2026 and no later than 2027.',
  // a year before an event noun
  'a 2026 launch, its 2027 release, a 2026 debut, the 2026 rollout, a 2027 roll-out',
  'the 2026 shipments, 2027 shipping, 2026 availability, a 2026 arrival, the 2027 introduction',
  'a 2026 deployment, 2027 delivery, 2028 deliveries, 2026 production, 2027 mass production',
  'the 2026 volume production and a 2027 ramp',
  // a German year in the middle field
  'Apple will 2026 eine neue Version bringen. Die Firmen wollen 2027 nachziehen.',
  'Der Chip soll 2026 kommen, die Modelle sollen 2027 folgen.',
  'Google wird 2026 liefern, die Partner werden 2027 folgen.',
  'Meta plant, 2026 ein Modell zu zeigen; die Teams planen 2027 die Fortsetzung.',
  'Man möchte 2026 starten, die Investoren möchten 2027 Erträge sehen.',
  'Der Nachfolger kommt 2026, die Varianten kommen 2027.',
  'Das Gerät erscheint 2026, weitere erscheinen 2027.',
  'Ein Update folgt 2026 und weitere folgen 2027.',
  'Der Dienst startet 2026, die Konkurrenten starten 2027.',
  'Das Werk geht 2026 in Betrieb, die Linien gehen 2027 in Produktion.',
  // a year in a subordinate clause
  'Der Chip, die 2026 auf den Markt kommen soll; der 2027 vorgestellt werden wird; das 2026 erscheinen will.',
  'Es heißt, dass 2026 neue Modelle erscheinen sollen; wenn 2027 alles nach Plan laufen soll.',
  'Produkte, welche 2026 kommen wollen, und Geräte, sobald 2027 die Fabrik fertig sein wird.',
  // a year opening a sentence
  '2027 wird eine stärkere Version folgen. 2028 werden weitere kommen.',
  'Der Plan steht. 2026 soll der Chip erscheinen. 2027 sollen zwei folgen.',
  'Erst kam die Vorschau. 2026 folgt die Vollversion. 2027 folgen die Ableger.',
  'Das Werk ist fertig. 2026 kommt der Chip. 2027 kommen die Server.',
  'Nichts ist sicher. 2026 erscheint das Modell. 2027 erscheinen die Varianten.',
  // days relative to the publication date
  'Heute und today, gestern und yesterday, vorgestern auch.',
  'Die Vorstellung ist morgen, the keynote is tomorrow.',
  // weekdays
  'am Montag, on Tuesday, last Wednesday, this Thursday, next Friday',
  'letzten Samstag, vergangenen Sonntag, kommenden Montag, nächsten Dienstag, diesen Mittwoch',
  'am Donnerstagabend, seit Montagmorgen, am Freitagnachmittag, Dienstagvormittag, Mittwochmittag, in der Samstagnacht',
  // relative months
  'earlier this month, later this month, late this month, early this month',
  'in diesem Monat, diesen Monat, Anfang des Monats, Mitte dieses Monats, Ende des Monats',
  'last month, im letzten Monat, im vergangenen Monat, im Vormonat',
  'next month, im nächsten Monat, kommenden Monat',
  // years and quarters relative to the publication date
  'im Laufe des Jahres 2026, im Lauf des Jahres 2025, des Jahres 1999',
  'earlier this year, later this year, late this year, early this year, noch in diesem Jahr, dieses Jahres',
  'des laufenden Jahres, im Laufe des Jahres, im Lauf des Jahres, im Jahresverlauf',
  'later in the year, earlier in the year, in the course of the year',
  'this quarter, the current quarter, in diesem Quartal, im laufenden Quartal',
  'next quarter, the coming quarter, im nächsten Quartal, kommenden Quartal',
  'next year, im nächsten Jahr, kommenden Jahres, nächstes Jahr',
  'last year, im letzten Jahr, vergangenen Jahres, letztes Jahr, im Vorjahr, des Vorjahres',
];

const passages = [...fixtureTexts(), ...PHRASES];

describe('date rule cues', () => {
  test.each(CUE_CHECKS.map((c) => [c.name, c] as const))(
    '%s: every match holds its cue, every branch has an example',
    (_name, check) => {
      const report = checkEntry(check, passages.flatMap(check.textsOf));
      expect(report).toEqual({ violations: [], unexercised: [] });
    },
  );

  test('the month and weekday names are lexicons of every rule', () => {
    for (const check of CUE_CHECKS) expect(check.lexicons).toEqual([MONTH_NAME_PATTERN, WEEKDAY_NAMES]);
  });

  test('a wrong cue is caught: a month rule cued on four digits', () => {
    const monthRule = CUE_CHECKS.find((c) => c.pattern.source.includes('[Ss]eit'));
    expect(monthRule).toBeDefined();
    const re = monthRule?.pattern ?? /$^/u;
    const report = checkCue('month rule', re, (m) => /\d{4}/u.test(m), passages);
    expect(report.violations.length).toBeGreaterThan(0);
  });
});
