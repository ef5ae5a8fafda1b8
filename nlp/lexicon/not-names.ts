/**
 * Capitalised words that are no product name where the open-world name shapes (nlp/code-names.ts,
 * nlp/coordinated-names.ts, nlp/appositive-names.ts) would otherwise read one: function words and
 * sentence openers, nationalities, places, titles, weekdays, technical acronyms (MoE, LLM, HBM), and the big companies whose names stand
 * before chip words as adjectives ("Nvidia chips").
 */
import { monthNumber } from './months.js';
import { PLACES } from './places.js';

/** Capitalised words that are no product name after a cue or in a list. */
export const NOT_A_CODE_NAME =
  /^(?:The|This|That|It|Its|A|An|In|On|At|By|For|And|Or|But|Der|Die|Das|Ein|Eine|Chinese|American|US|U\.S|EU|AI|KI|GPU|CPU|NPU|CEO|MoE|LLM|LLMs|RAG|API|APIs|SDK|HBM|FP8|FP4|RL|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|China|Beijing|Washington|Trump|Biden)$/u;

/**
 * Words, in any case, that are no product where a launch or delay verb's object slot would read one
 * ("released its new Orion"): function words, nationalities, places, acronyms of the trade, weekdays.
 */
export const NOT_A_SLOT_NAME =
  /^(?:q[1-4]|h[12]|fy\d*|the|this|that|these|those|it|its|in|on|at|by|for|and|or|but|after|before|since|while|chinese|american|european|german|japanese|korean|taiwanese|french|british|indian|us|u\.s|eu|uk|un|ai|ki|gpu|gpus|cpu|npu|api|apis|sdk|llm|llms|moe|rag|hbm|fp8|fp4|ceo|cfo|ipo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|earlier|later|last|next|new|wall|street|washington|beijing|china|europe|america|taiwan|japan|korea|india|germany|france|britain|trump|biden|xi)$/iu;

/** Capitalised words that stand before chip words without naming a chip (origins, places, makers' adjectives). */
export const NOT_A_PLAIN_NAME = new RegExp(
  `^(?:${PLACES.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('|')}|USA|US|UK|EU|Chinese|American|European|German|Japanese|Korean|Taiwanese|Indian|British|French|Western|Domestic|Foreign|Advanced|Graphics|Export|Commerce|Department|Nvidia|Intel|Huawei|Google|Amazon|Microsoft|Apple|Samsung|Qualcomm|Broadcom|Marvell|Arm|Meta|Tesla|Alibaba|Baidu|Tencent|Reuters|Bloomberg)$`,
  'u',
);

/** Titles, offices and time words that open a capitalised run naming a person or a time, not a product. */
const NOT_A_LIST_NAME =
  /^(?:CEO|CFO|CTO|Chef|Chief|President|Präsident|Minister|Ministerin|Secretary|Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Last|Next|Earlier|Later|Meanwhile|However|Also|Then|Now|Yesterday|Tomorrow|Heute|Gestern|Morgen|Auch|Doch|Aber|Zudem|Außerdem|Dann|Jetzt|Nun|Inc|Corp|Ltd|AG|GmbH|Co|Group|Holdings|Technologies|Labs|Nasdaq|NYSE|Wall|Street|Reuters|Bloomberg|Information|Commerce|Department|Ministry|Congress|Senate|House|White|Council|Kommission|Commission|Regierung|Government|Version|Update|Release|Iteration|Generation|Variante|Variant|Apache|MIT|GPL|BSD|License|Lizenz|CUDA|ROCm|PyTorch|TensorFlow|Python|Linux|Windows|Android|iOS|macOS|Kirin|Snapdragon|Exynos|Dimensity|Helio|Bionic|iPhone|iPad|Galaxy|Pixel|Mate|Pura|Xbox|PlayStation|Model)$/u;

/** The head of a German compound after a name: 'Apache 2.0-Lizenz', 'H20-Chips' name a thing of the name's. */
const COMPOUND_HEAD =
  /-(?:Lizenz|Chip\p{L}*|Beschleuniger\p{L}*|Prozessor\p{L}*|Modell\p{L}*|GPUs?|Serie|Reihe|Familie|Version|Update|Nachfolger|Plattform|Server|Systeme?|Karten?|Aktien?|Nutzer|App|Team|Start|Launch|\p{L}*[Mm]inisterium|\p{L}*[Vv]erordnung|\p{L}*[Gg]esetz|\p{L}*[Bb]ehörde|Regierung|Amt|Klasse|Ministry)$/u;

const PLACE_WORDS: ReadonlySet<string> = new Set(PLACES);

/**
 * True when a run of capitalised words cannot be a product name: one of its words is a function word,
 * place, nationality, title, weekday, month, licence or software, or it ends in a German compound head
 * ('Apache 2.0-Lizenz') (`plain` also rules out the companies used as adjectives).
 */
export function isNotAName(words: readonly string[], plain = false): boolean {
  if (COMPOUND_HEAD.test(words[words.length - 1] ?? '')) return true;
  return words
    .flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])])
    .some(
      (w) =>
        NOT_A_CODE_NAME.test(w) ||
        NOT_A_LIST_NAME.test(w) ||
        monthNumber(w) !== undefined ||
        PLACE_WORDS.has(w.toLowerCase()) ||
        (plain && NOT_A_PLAIN_NAME.test(w)),
    );
}

/**
 * A title or office right before a capitalised run: the run names a person ("Commerce Secretary Howard
 * Lutnick", "US Secretary of Commerce Mary Smith", "Handelsminister Max Muster", "CEO Lisa Su"), not a
 * product, however close an event verb stands; not after "AI"/"KI" ("the AI analyst Zephyr Q7" is a
 * product, and so is any name with a number).
 */
export const PERSON_TITLE_BEFORE =
  /(?<![\p{L}])(?<!(?:ai|ki)[\s-])(?:\p{L}*(?:minister|ministerin|präsident|präsidentin|sekretär|sekretärin|chef|chefin|direktor|direktorin|vorsitzender?|gründer|gründerin)|(?:presse|konzern|unternehmens|regierungs|firmen)?sprecher(?:in)?|analyst(?:in)?|secretary|president|ceo|cfo|cto|coo|chief executive|chairman|chairwoman|founder|co-founder|spokes(?:man|woman|person)|director|senator|governor|gouverneur|representative|commissioner|kommissar|kommissarin|professor|prof\.|dr\.|mr\.|mrs\.|ms\.|herr|frau|lawmaker|abgeordneter?)(?:\s+(?:of|für|for)\s+(?:the\s+)?\p{L}+)?\s+$/iu;

/**
 * German nouns that follow a kind noun without naming a product: times ("seinen neuen Chip Ende des
 * Jahres ausliefern") and nouns by their suffixes ("das Modell Entwicklung ..."). Read only for the plain
 * names after a German kind noun (code-names.ts), where a capital says nothing.
 */
export const NOT_A_GERMAN_PLAIN_NAME =
  /^(?:Anfang|Mitte|Ende|Beginn|Start|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Frühling|Sommer|Herbst|Winter|Jahr|Jahres|Quartal|Halbjahr|Woche|Monat|Tag|Heute|Morgen)$|\p{Ll}(?:ung|heit|keit|schaft|tion|tät|nis|ismus|ment|enz|anz|ik|ie)$/u;
