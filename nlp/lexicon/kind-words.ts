/**
 * Kind words: the nouns that say a name beside them is a chip or a model. The open-world name shapes
 * (nlp/code-names.ts, nlp/coordinated-names.ts, nlp/appositive-names.ts) read them as evidence.
 */
import type { EntityKind } from '../types.js';

/** Kind words that tie a cued name to chips or to models; generic ones leave the kind to the context. */
const CHIP_CUE =
  /\b(?:chips?|gpus?|tpus?|npus?|processors?|prozessor\w*|accelerators?|beschleuniger\w*|grafikprozessor\w*|silicon|supercomputer\w*|architecture|architektur|processing units?|ki-chips?)\b/iu;
const MODEL_CUE = /\b(?:models?|modell\w*|llms?|sprachmodell\w*|chatbots?|assistants?|assistent\w*)\b/iu;
const KIND_STEM_WORDS = String.raw`[Cc]hips?|[Mm]odell(?:s|e)?|[Mm]odels?|LLMs?|[Cc]hatbots?|[Bb]eschleunigers?|[Aa]ccelerators?|[Pp]rozessors?|[Pp]rocessors?|GPUs?|[Aa]ssistent(?:en)?|[Aa]ssistants?`;
/** The kind nouns themselves, for a quick test whether a text has any. */
export const KIND_STEM = `(?:${KIND_STEM_WORDS})`;
/**
 * The word lists inside {@link KIND_STEM}: the cue checks of patterns built on it (see
 * nlp/cue-check-type.ts) take them whole, since a pre-test that is KIND_STEM itself holds on each word
 * by construction, and an example per word would test the lexicon rather than the pattern.
 */
export const KIND_STEM_LEXICONS: readonly string[] = Object.freeze([KIND_STEM_WORDS, 's|e']);
/** Kind nouns a name may stand beside, as the end of a word ("KI-Chips", "Sprachmodell", "model"). */
export const KIND_NOUN = String.raw`[\p{L}-]*${KIND_STEM}`;
/** The kind a text's kind word gives (chip words first), or null when it has none. */
export function kindFromWords(text: string): EntityKind | null {
  if (CHIP_CUE.test(text)) return 'chip';
  if (MODEL_CUE.test(text)) return 'model';
  return null;
}

/**
 * Words that make a bare "Modell"/"model" an AI model: cars, phones and fashion have models too, so a
 * name that only a model word vouches for needs one of these in its sentence.
 */
const AI_MODEL_CONTEXT =
  /(?:\bKI\b|\bAI\b|\bKI-|\bAI-|LLMs?\b|[Ss]prachmodell|language model|[Rr]easoning|generativ|künstlich|artificial intelligence|open[- ]source|open[- ]weight|[Ff]oundation model|[Gg]rundmodell|multimodal|[Bb]ildgenerier|image generat|[Cc]hatbot|[Pp]arameter|[Tt]okens?\b|[Ii]nferen|\b[Tt]raining|[Bb]enchmark)/u;

/** Whether a sentence gives a name that a model word vouches for an AI reading (see AI_MODEL_CONTEXT). */
export function isAiModelContext(sentence: string): boolean {
  return AI_MODEL_CONTEXT.test(sentence);
}
