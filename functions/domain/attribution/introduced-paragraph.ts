import type { AnnotatedText } from '../extract/types';
import type { Range } from './assemble';

/** Only a colon (the cue's own or after it) between the cue and its paragraph's end. */
const COLON_END = /^\s*:?\s*$/u;

/**
 * "Caddell continued:¶"The health issue …": a cue that ends its paragraph on
 * a colon introduces the next paragraph, which is its content. The tagger
 * reads one paragraph at a time, so the linker finds no content there and the
 * attribution was dropped. PolNeAR puts the next paragraph in the content
 * (15 of the 23 train cues so placed take it whole, 6 run on past it).
 */
export function introducedParagraph(doc: AnnotatedText, cue: Range): Range | null {
  const at = doc.paragraphs.findIndex((p) => p.start <= cue.start && cue.end <= p.end);
  const paragraph = doc.paragraphs[at];
  const next = doc.paragraphs[at + 1];
  if (!paragraph || !next) return null;
  const rest = doc.text.slice(cue.end, paragraph.end);
  if (!COLON_END.test(rest) || !doc.text.slice(cue.start, paragraph.end).trimEnd().endsWith(':')) return null;
  return { start: next.start, end: next.end };
}
