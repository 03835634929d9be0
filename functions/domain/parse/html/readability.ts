import { type DomDocument, type DomElement, parseDocument } from './dom';

// Loaded with this module, which is itself loaded on the first HTML input (see LAZY_PACKAGES).
const { Readability } = await import('@mozilla/readability');

/**
 * Past this many elements (after cleaning; news pages have under a few
 * thousand) Readability's per-element scoring costs seconds: the caller
 * falls back to the cleaned body instead.
 */
const MAX_ELEMENTS = 20_000;

/** Readability's pick of the article container (it rewrites the document it is given), or null. */
export function readabilityContent(document: DomDocument): DomElement | null {
  // Counted here: Readability's own maxElemsToParse counts getElementsByTagName('*'), which is 0 on linkedom.
  if (document.querySelectorAll('*').length > MAX_ELEMENTS) return null;
  // Readability's typings name the DOM lib's Document, which this project does not load.
  const reader = new Readability<DomElement>(document as never, { serializer: (n) => n as DomElement });
  try {
    return reader.parse()?.content ?? null;
  } catch {
    return null; // a page shape Readability trips on: the caller has a fallback
  }
}

/** Readability.js's text on a linkedom document, as the benchmark runs it: the floor to beat. */
export function readabilityText(html: string): string {
  const reader = new Readability(parseDocument(html) as never);
  return reader.parse()?.textContent ?? '';
}
