/**
 * A general lexicon of frequent German and English news words (nouns, verbs in their common
 * forms, adjectives and adverbs of business, technology and politics reporting), written from
 * general knowledge of both languages. Function words alone leave many headlines without evidence
 * ("Nvidia meldet Rekordquartal", "Chip stocks tumble"); these content words give it. Loanwords
 * spelled the same in both languages (Chip, Update, Start-up, Hype, Boom, Cloud, Test, Release) are
 * deliberately absent, and so are words spelled the same in Dutch, Danish or Afrikaans where the
 * German or English reading is not clearly the more frequent one.
 */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

/** Frequent German news words, lower case, in the forms they take in running text. */
export const GERMAN_NEWS_WORDS = words(`
  aktie aktien anleger anlegern unternehmen unternehmens konzern konzerns konzerne firma firmen regierung
  bundesregierung  marktes märkte jahr jahres jahren jahre prozent milliarden milliarde millionen
  umsatz umsätze umsatzes gewinn gewinne gewinns verlust verluste zahlen quartal quartals quartale
  ergebnis ergebnisse erwartungen erwartung prognose ausblick börse börsen kurs kurse kursziel anteile
   berichte berichten angaben sprecher sprecherin chef chefin vorstand experten expertin
  analysten forscher nutzer nutzerinnen kunden kundin entwickler hersteller anbieter zulieferer
  behörden behörde regeln gesetz gesetze verbot verbote sperre ausfuhr einfuhr ausfuhren beschränkungen
  modell modelle modells modellen sprachmodell sprachmodelle rechenzentrum rechenzentren rechenleistung
  leistung grafikkarten grafikkarte grafikprozessoren prozessoren prozessor beschleuniger halbleiter
  speicher strom preis preise preisen   kapital investoren investitionen wettbewerb konkurrenz
  rückstand vorsprung druck krise streit einsatz entwicklung forschung sicherheit datenschutz
  markteinführung veröffentlichung auslieferung lieferung lieferungen verkauf verkäufe kauf käufe
  nachfrage angebot woche wochen monat monate monaten  tage tagen heute gestern morgen zukunft ende
  anfang mitte herbst frühjahr sommer winter welt  länder staat staaten peking deutschland europa
   blase funktionen funktion fassung neuerungen überblick fehler daten nutzung zugang vertrag
  einigung partnerschaft übernahme auftrag aufträge bestellungen bestellung rekord ziel ziele schritt
  frage fragen antwort grund gründe probleme  lösung wirtschaft  zoll zölle steuer
  gewinnwarnung kurssturz einbruch absturz anstieg rückgang wachstum zuwachs höhe tiefe hälfte
  künstliche künstlichen intelligenz rechner mitarbeiter  arbeitsplätze  fabrik fertigung
  meldet melden meldete meldeten stellt  stellte stellten vorgestellt zeigt zeigen zeigte gezeigt
  bringt bringen brachte gebracht legt legen legte gelegt steigt steigen stieg stiegen gestiegen sinkt
  sinken sank gesunken fällt fallen fiel gefallen verliert verlieren verlor verloren gewinnt gewinnen
  gewann senkt senken senkte gesenkt erhöht erhöhen erhöhte startet starten startete gestartet plant
  planen plante geplant verschiebt verschieben verschob verschoben kündigt kündigen kündigte
  angekündigt stoppt stoppen stoppte gestoppt liefert liefern lieferte geliefert baut bauen baute
  gebaut investiert investieren investierte setzt setzen setzte gesetzt veröffentlicht veröffentlichen
  veröffentlichte wächst wachsen wuchs gewachsen darf dürfen durfte kauft kaufen kaufte gekauft
  verkauft verkaufen verkaufte sucht suchen sieht sehen sah gesehen warnt warnen warnte gewarnt prüft
  prüfen prüfte geprüft sperrt sperren sperrte gesperrt verbietet verbieten verbot verboten erlaubt
  erlauben erlaubte lockert lockern lockerte gelockert verschärft verschärfen verschärfte trifft
  treffen traf getroffen hält halten hielt gehalten bleibt bleiben blieb geblieben erreicht erreichen
  erreichte übertrifft übertreffen übertraf übertroffen enttäuscht enttäuschen enttäuschte treibt
  treiben trieb getrieben bremst bremsen bremste gebremst profitiert profitieren kritisiert
  kritisieren einigen geeinigt sagte sagt sagen erklärt erklärte erklären teilte mitgeteilt berichtet
  berichtete fordert fordern forderte gefordert braucht brauchen brauchte steht stehen  wechselt
  wechseln wechselte gewechselt entwickelt entwickeln entwickelte trainiert trainieren trainierte
  läuft laufen lief gelaufen nutzt nutzen nutzte genutzt verbessert verbessern verbesserte bekommt
  bekommen bekam erhält erhalten erhielt liegt liegen  lagen arbeitet arbeiten arbeitete sollte
  sollten könnte könnten würde würden müsste wäre wären hatten geht gehen  gegangen kommt kommen
  kam gekommen gibt geben gab gegeben macht machen machte gemacht schlägt schlagen schlug geschlagen
  sammelt sammeln eingesammelt holt holen holte geholt besucht besuchen besuchte zögern zögert
  greifen greift griff angegriffen wissen weiß wusste denken glauben glaubt rechnet rechnen rechnete
  erwartet erwarten erwartete gewarnt droht drohen drohte setzen führt führen führte geführt ersetzt
  ersetzen übernimmt übernehmen übernahm beginnt beginnen begann begonnen endet enden bestätigt
  bestätigen bestätigte dementiert dementierte verzichtet verzichten streicht streichen strich
  gestrichen
  deutlich kräftig stark starke starken schwach schwache weiter weitere weiteren weiterer zunächst
  inzwischen künftig bisher derzeit aktuell kostenlos verfügbar eigene eigenen eigener eigenes
  chinesische chinesischen chinesischer amerikanische amerikanischen deutsche deutschen deutscher
  europäische europäischen europäischer heimische heimischen weniger viele vielen ganz rund knapp 
  etwa sogar trotz  während damit davon dabei darauf dafür dazu  dort zwischen erste ersten
  erster großen große großer groß größte größten  kleinen besser schneller günstiger teurer
  billiger stärker schwächer höher niedriger sicher wirklich sofort gut gute guten schlecht neu
  bislang zuletzt erneut später früher wohl offenbar rasch schnell massiv  leicht mehrere einige
  jeder jede jedes diese dieser dieses diesen welche welcher unsere unser euer ihnen uns mich dich
  nichts etwas  ihm ihn hinter neben gegenüber innerhalb außerhalb statt anstatt  länger
  weltweit europaweit bundesweit rekordhoch
`);

/** Frequent English news words, lower case, in the forms they take in running text. */
export const ENGLISH_NEWS_WORDS = words(`
  stock stocks shares investors investor company companies government market markets year years
  percent billion billions million millions revenue revenues profit profits loss losses earnings
  results quarter quarterly forecast outlook report reports sources spokesperson spokesman
  spokeswoman chief executive executives experts analysts analyst researchers users customers
  developers makers maker manufacturers suppliers supplier authorities regulators regulator rules
  law laws ban bans curbs restrictions exports imports language center centers centre power prices
  costs money funding investment investments competition rivals rival race bubble pressure crisis
  growth   agreement orders week weeks month months today yesterday tomorrow future early
  late fall spring summer winter world country countries beijing semiconductors graphics cards
   lead gap   security safety privacy  stake board sales demand supply
  shortage profits lawmakers officials sanctions tariffs trade talks data centers chipmaker
  chipmakers maker makers outlook guidance fiscal street wall gains losses  selloff slump
  surge record highs lows hopes fears concerns worries questions answers reasons problems issues
  approval approvals license licenses licence licences glance hands move moves  plans step
  steps workers jobs plant factory factories production output capacity compute computing
  intelligence artificial assistant  
  launches launched unveils unveiled unveil releases released rolls rolled shows showed shown ships
  shipped shipping posts posted reported beats misses missed rises rose risen falls fell fallen
  slides slid drops dropped jumps jumped surges surged soars soared tumbles tumbled plunges plunged
  gained climbs climbed cuts raises raised lifts lifted eases eased tightens tightened banned blocks
  blocked delays delayed pushes pushed postpones postponed cancels canceled cancelled halts halted
  stops stopped planned expects expected wants wanted says tells told asks asked warns warned probes
  probed targets targeted buys bought sells sold pays paid wins won loses lost lands landed strikes
  struck builds built brings brought takes took gets makes made gives gave needs needed keeps kept
  goes went comes came runs ran trains trained tops topped hits lags lagged leads led signs signed
  inks inked boosts boosted hurts slips slipped sinks sank sunk grows grew grown shrinks shrank
  doubles doubled triples tripled slashes slashed hikes hiked scraps scrapped drops weighs weighed
   tested reveals revealed confirms confirmed denies denied agrees agreed announces announced
  introduces introduced debuts debuted offers offered opens opened closes closed ends ended starts
  started begins began begun hires hired fires fired invests invested spends spent raises faces
  faced sees saw seen fails failed passes passed allows allowed approves approved orders ordered
  urges urged considers considered weighs seeks sought aims aimed helps helped drives drove driven
  powers powered uses used becomes became remains remained stays stayed turns turned
  faster cheaper slower bigger better worse higher lower sharply strong weak less own domestic
  chinese american european german british global available free safe cheaply again already
  initially soon ever fewer mistakes older newer latest biggest largest  worst  major key
  likely amid despite every each many much several some other another such whether though although
  because since until toward towards across around within without against among upon yet
  nearly almost about roughly early later earlier recent recently sharp steep strong strongly
  quickly rapidly slowly big small large huge massive worth
  sign expand cut raise buy sell win lose build bring take get make give need keep go come run train
  lag lead hurt slip sink grow shrink double slash hike scrap weigh reveal confirm deny agree announce
  introduce debut offer close end begin hire fire invest face fail allow approve urge consider seek
  aim help drive use become remain stay turn partner join unveil release roll ship beat miss rise
  slide drop jump surge soar tumble plunge gain climb lift ease tighten block delay push postpone
  cancel halt stop expect want say tell ask warn probe target pay strike shelve shelves shelved
  expands expanded
`);

/** Function words of Latin-script languages close to German or English that franc may not know. */
export const NEIGHBOUR_FUNCTION_WORDS: Record<string, Set<string>> = {
  da: words(`og at det en et er på for med til af den de som ikke har om nye ny fra efter kan skal vil
    også men eller var blev bliver hvor hvad når mod under over år igen får nu`),
  no: words(`og at det en et er på for med til av den de som ikke har om nye ny fra etter kan skal vil
    også men eller var ble blir hvor hva når mot under over år igjen får nå`),
  af: words(`die van en is het nie om te vir met op in se dat wat aan nou ook sal kan word was deur na
    hul hulle ons jy ek baie meer nuwe maar of toe alle ná reeds`),
  lb: words(`ass an de den dem vun fir mat net och elo gëtt ginn huet hunn sinn eng ee engem wéi wat
    dat méi op ze vum zu hei do sech kee keng well mä oder wëll kann gouf goufen hir säin hien si no
    awer deen déi dës dëse seng eis mir dir haut gëschter muer ëmmer schonn nach nëmmen nees nei neie
    neien iwwer ënner virun tëscht géint duerch ouni wou wann zanter jee virdrun joer`),
};
