/** What article extraction gives back for one HTML page. Pure data: no DOM objects survive. */
export interface ExtractedArticle {
  /** The URL the page was fetched from (or null when unknown, e.g. a file). */
  url: string | null;
  /** rel=canonical / og:url resolved against `url`, normalised; null when the page has none. */
  canonicalUrl: string | null;
  title: string;
  /** Person names only. */
  authors: string[];
  /** ISO 8601 or null. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Language declared by the page (`<html lang>`, og:locale), two letters, or null. */
  languageHint: string | null;
  section: string | null;
  topics: string[];
  paywalled: boolean;
  /** Main text paragraphs in reading order, without boilerplate and ads. */
  paragraphs: string[];
  /** `paragraphs` joined by blank lines. */
  text: string;
}

export interface ExtractOptions {
  /** The URL the page came from, to resolve relative links. */
  url?: string | undefined;
}
