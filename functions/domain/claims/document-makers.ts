import type { Range } from '../model/document';
import { ISSUED_NOUNS } from './report-issuer';

/** "the authors", "the researchers", "the study's authors": the people who made a document, not anyone named. */
const MAKERS = /^the\s+(?:([\p{Ll}]{4,12})['’]s\s+)?(?:authors|researchers)$/iu;
/** How far back, in characters, the document they made may be named (a few paragraphs). */
const BACK = 1500;

/**
 * The document whose makers a source names, as a source at its place ("the
 * study"): the one named last before it ("The study, from the CEPR, …
 * the authors say"), or the one the source names itself. The makers speak
 * for whoever the document does (./report-issuer, ./report-speaker); null
 * for any other source, or when no document is named before.
 */
export function madeDocument(
  source: Range & { text: string },
  text: string,
): (Range & { text: string }) | null {
  const found = MAKERS.exec(source.text.trim());
  if (!found) return null;
  const own = found[1]?.toLowerCase();
  const noun = own
    ? ISSUED_NOUNS.has(own)
      ? own
      : null
    : lastDocument(text.slice(Math.max(0, source.start - BACK), source.start));
  return noun ? { start: source.start, end: source.end, text: `the ${noun}` } : null;
}

const DOCUMENTS = new RegExp(String.raw`\b(${[...ISSUED_NOUNS].join('|')})\b`, 'giu');

function lastDocument(before: string): string | null {
  let last: string | null = null;
  for (const m of before.matchAll(DOCUMENTS)) last = (m[1] as string).toLowerCase();
  return last;
}
