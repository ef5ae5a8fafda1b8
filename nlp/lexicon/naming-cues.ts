/**
 * Phrases that introduce a product's name ("known as", "dubbed", "namens"). The name layer
 * (nlp/code-names.ts) reads a new name after them; the event layer (nlp/events/identified-later.ts)
 * takes the product named after them as the one a sentence before only described.
 */
export const NAMING_CUE_WORDS = String.raw`known (?:internally )?as|(?:internally )?referred to as|dubbed|called|named|namens|genannt|bezeichnet als`;
