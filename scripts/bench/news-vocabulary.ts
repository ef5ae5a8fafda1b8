/**
 * Vocabularies and sentence templates of the synthetic news site (our own writing, describing no real
 * event). Slots in braces are filled by news-articles.ts from the word lists below; each article picks
 * its own sentences and fillers, so two pages share little more than function words.
 */

/** Models with their developers, as the knowledge base names them, so the analyser links them. */
export const MODELS = [
  ['DeepSeek', 'DeepSeek-R2'],
  ['DeepSeek', 'DeepSeek-V3'],
  ['Alibaba', 'Qwen3'],
  ['Moonshot AI', 'Kimi K2'],
  ['Zhipu', 'GLM-4.5'],
  ['Baidu', 'Ernie 4.5'],
  ['Tencent', 'Hunyuan'],
  ['OpenAI', 'GPT-5'],
  ['Google', 'Gemini 2.5'],
  ['Anthropic', 'Claude Opus 4'],
  ['Meta', 'Llama 4'],
  ['Mistral AI', 'Mistral Large'],
] as const;

export const CHIPS = [
  ['Nvidia', 'H20'],
  ['Nvidia', 'H100'],
  ['Nvidia', 'H800'],
  ['Nvidia', 'B200'],
  ['Huawei', 'Ascend 910C'],
  ['AMD', 'MI308'],
  ['AMD', 'MI300X'],
  ['Cambricon', 'Siyuan 590'],
] as const;

export const WORDS = {
  city: ['Hangzhou', 'Beijing', 'Shenzhen', 'Shanghai', 'Singapore', 'Seoul', 'Paris', 'Munich', 'Austin'],
  stadt: ['Hangzhou', 'Peking', 'Shenzhen', 'Schanghai', 'Singapur', 'Seoul', 'Paris', 'München'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  wochentag: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'],
  month: ['January', 'March', 'April', 'June', 'September', 'October', 'November'],
  monat: ['Januar', 'März', 'April', 'Juni', 'September', 'Oktober', 'November'],
  people: [
    'two engineers involved in the project',
    'a person briefed on the schedule',
    'three employees who asked not to be named',
    'an executive at a cloud provider',
    'a former member of the training team',
    'people close to the company',
  ],
  leute: [
    'zwei beteiligte Ingenieure',
    'eine mit dem Zeitplan vertraute Person',
    'mehrere Mitarbeiter, die nicht genannt werden wollten',
    'ein Manager eines Cloud-Anbieters',
    'Personen aus dem Umfeld des Unternehmens',
  ],
  analyst: [
    'Mira Okonkwo of Harbour Street Research',
    'Jonas Feld, who covers chipmakers at Kessel Capital',
    'Priya Raman of the consultancy Northgate',
    'Tomás Lind, a fund manager in Stockholm',
    'Lena Brandt of Aurum Securities',
    'Wei Tang, an analyst at Lotus Bridge',
  ],
  experte: [
    'Katrin Vogel von der Beratung Feldmann & Roth',
    'Analyst Markus Hain von der Rhein-Bank',
    'Sabine Kerner, Fondsmanagerin in Frankfurt',
    'Professor Ulrich Menz von der TU Weststadt',
  ],
  reason: [
    'unstable training runs',
    'a shortage of accelerators',
    'slow progress on reasoning tasks',
    'problems with the data pipeline',
    'stricter internal safety reviews',
    'export restrictions on advanced chips',
  ],
  grund: [
    'instabiler Trainingsläufe',
    'fehlender Beschleuniger',
    'schwacher Ergebnisse bei Logikaufgaben',
    'strengerer Sicherheitsprüfungen',
    'der Exportbeschränkungen für Chips',
  ],
  topic: [
    'coding assistants',
    'long documents',
    'translation',
    'search',
    'customer service',
    'medical records',
    'legal drafting',
    'video summaries',
    'spreadsheets',
    'robotics',
  ],
  thema: ['Programmierhilfen', 'lange Dokumente', 'Übersetzungen', 'Kundendienst', 'Suchanfragen', 'Robotik'],
  market: [
    'shares of the company rose {pct} percent in early trading',
    'the stock slipped {pct} percent before recovering in the afternoon',
    'investors shrugged off the news and the index closed {pct} percent higher',
    'bond markets barely moved, while chip stocks gained {pct} percent on average',
  ],
  boerse: [
    'die Aktie legte im frühen Handel um {pct} Prozent zu',
    'das Papier verlor zeitweise {pct} Prozent',
    'Chipwerte stiegen im Schnitt um {pct} Prozent',
  ],
} as const;

/** Sentence pools per part of an English article; each article takes a few from each, in this order. */
export const EN_SENTENCES = {
  lead: [
    '{org} said on {weekday} that it will release {model} in {month}, according to a statement sent to customers.',
    '{org} has delayed the launch of {model} because of {reason}, {people} said.',
    '{org} plans to switch the training of its next model from {chipMaker} {chip} to {chipMaker2} {chip2} accelerators.',
    '{org} released {model} on {weekday}, a model it says handles {topic} better than its predecessor.',
    '{org} is preparing {model} for a launch in {month}, while competitors in {city} race to ship their own systems.',
    'The release of {model} has been pushed back to {month}, {people} told reporters in {city}.',
    '{chipMaker} expects export licences for the {chip} to arrive by {month}, a spokesperson said in {city}.',
  ],
  detail: [
    'The team in {city} trained the model on {num} accelerators over {days} days, {people} said.',
    'Engineers compared runs on {chip} clusters with earlier hardware and found gains of about {pct} percent.',
    'Internal tests focused on {topic} and {topic2}, areas where customers had complained about errors.',
    'The company hired {num} researchers in the past year, most of them in {city}.',
    'A smaller version for phones is also planned, though no date has been given for it.',
    'Rented capacity on {chip} servers cost {pct} percent more than a quarter earlier, two brokers said.',
    'The model was evaluated by an outside group before the announcement, a step the company described as routine.',
    'Documents seen by reporters list {days} days of testing on {topic} before any wider release.',
    'A pilot with {num} business customers in {city} ran for several weeks without major incidents.',
    'The training budget was raised twice this year, {people} said, without giving figures.',
  ],
  context: [
    'Rivals have moved quickly: a lab in {city2} published results for {topic} last month.',
    'Supply of {chip} parts remains tight, and several cloud customers reported waiting lists.',
    'Regulators in {city2} are reviewing rules for large models, which could slow launches across the industry.',
    'The company last updated its flagship model in {month2}, when it also cut prices for developers.',
    'Competition for engineers has pushed salaries in {city} up sharply, recruiters say.',
    'Export controls have forced several labs to mix hardware from different vendors.',
    'Open-weight releases by rivals have put pressure on prices for {topic}.',
    'Data-centre operators in {city2} signed new power contracts in the spring to keep up with demand.',
  ],
  voice: [
    '"We would rather ship late than ship something that fails our own tests," an executive said.',
    '"The hardware question decides the schedule now," said {analyst}.',
    '{analyst} said the timing mattered less than whether the model is cheap enough to run.',
    '"Customers ask about {topic} first and benchmarks second," said {analyst}.',
    'A spokesperson declined to comment on the schedule beyond the statement.',
    '{analyst} expects further announcements before the end of {month2}.',
  ],
  market: ['In {city}, {market}.', 'After the report, {market}.', 'On the news, {market}.'],
  outlook: [
    'The company did not say whether prices for {topic} would change.',
    'A follow-up model is expected next year, according to a hiring notice.',
    'Further details are due at a developer event in {city2} in {month2}.',
    'It was not clear whether the {chip} shipments would arrive in time for the next training run.',
    'Customers can apply for early access through the company website, it said.',
  ],
} as const;

/** German sentence pools, as for English. */
export const DE_SENTENCES = {
  lead: [
    '{org} will {model} im {monat} veröffentlichen, teilte das Unternehmen am {wochentag} mit.',
    '{org} hat den Start von {model} wegen {grund} verschoben, berichten {leute}.',
    '{org} plant, das Training seines nächsten Modells von {chipMaker} {chip} auf {chipMaker2} {chip2} umzustellen.',
    '{org} hat am {wochentag} {model} vorgestellt, das {thema} besser beherrschen soll.',
    'Der Start von {model} verzögert sich bis {monat}, sagten {leute} in {stadt}.',
  ],
  detail: [
    'Das Team in {stadt} trainierte das Modell {days} Tage lang auf {num} Beschleunigern.',
    'Interne Tests konzentrierten sich auf {thema} und {thema2}.',
    'Das Unternehmen hat im vergangenen Jahr {num} Forscher eingestellt, die meisten in {stadt}.',
    'Gemietete Rechenleistung auf {chip}-Servern kostete zuletzt {pct} Prozent mehr als im Vorquartal.',
    'Ein Pilotprojekt mit {num} Geschäftskunden in {stadt} lief mehrere Wochen ohne größere Probleme.',
    'Eine kleinere Version für Smartphones ist ebenfalls geplant, ein Termin steht noch nicht fest.',
  ],
  context: [
    'Die Konkurrenz ist schnell: Ein Labor in {stadt2} veröffentlichte im {monat2} eigene Ergebnisse.',
    'Die Lieferungen von {chip} bleiben knapp, mehrere Cloud-Kunden berichten von Wartelisten.',
    'Exportkontrollen zwingen viele Labore, Hardware verschiedener Hersteller zu kombinieren.',
    'Rechenzentren in {stadt2} haben im Frühjahr neue Stromverträge abgeschlossen.',
  ],
  voice: [
    '„Wir liefern lieber später als etwas, das unsere eigenen Tests nicht besteht“, sagte ein Manager.',
    '„Die Hardwarefrage entscheidet inzwischen über den Zeitplan“, sagt {experte}.',
    '{experte} erwartet weitere Ankündigungen noch vor Ende {monat2}.',
    'Ein Sprecher wollte sich über die Mitteilung hinaus nicht äußern.',
  ],
  market: ['In {stadt} {boerse}.', 'Nach dem Bericht {boerse}.'],
  outlook: [
    'Ob sich die Preise für {thema} ändern, sagte das Unternehmen nicht.',
    'Weitere Einzelheiten sollen auf einer Entwicklerkonferenz in {stadt2} folgen.',
    'Ein Nachfolgemodell wird laut einer Stellenanzeige im kommenden Jahr erwartet.',
  ],
} as const;

export const EN_TITLES = [
  '{org} sets {month} date for {model}',
  '{model} slips as {org} struggles with {reason}',
  '{org} weighs {chip2} for next training run',
  'What {model} means for {topic}',
  '{chipMaker} waits on {chip} licences',
  '{org} ships {model} to {num} pilot customers',
  'Inside the race to finish {model}',
] as const;

export const DE_TITLES = [
  '{org} nennt Termin für {model}',
  '{model} verspätet sich',
  '{org} setzt künftig auf {chip2}',
  'Was {model} für {thema} bedeutet',
  '{chipMaker} wartet auf Lizenzen für {chip}',
] as const;

export const SECTIONS = ['tech', 'ai', 'chips', 'markets', 'business'] as const;
export const AUTHORS = ['Sam Sample', 'Ada Beispiel', 'Rui Tanaka', 'Nora Quell', 'Iker Solana', 'Mia Holt'];
