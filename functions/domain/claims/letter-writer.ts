import type { Range } from '../model/document';
import type { Discourse } from './salience';
import type { NominalSpan } from './subject-nominal';

/** A letter its source names no writer of: "A letter sent to Martin Mubanga", "The letter". */
const LETTER = /^(?:a|an|the)\s+letters?(?![\p{L}])/iu;
/** "The government has written to …", "Mr Howard wrote to …": the subject before the verb. */
const WROTE_TO =
  /^(?:(?:but|and)\s+)?([^\s,;:"“”][^,;:"“”]{0,60}?)\s+(?:(?:has|have|had)\s+)?(?:written|wrote|writes)\s+to(?![\p{L}])/iu;
/** How many sentences back the writing may be told. */
const BACK = 2;

/**
 * Who wrote a letter whose source names no writer: the subject of a
 * sentence just before that says it wrote to someone ("The government has
 * written to two of the men … A letter sent to Martin Mubanga said"). The
 * recipient is never the speaker (speaker.ts); the writer is.
 */
export function letterWriter(
  source: Range & { text: string },
  { text, sentences }: Discourse,
): NominalSpan | null {
  if (!LETTER.test(source.text.trim())) return null;
  const at = sentences.findIndex((s) => s.start <= source.start && source.start < s.end);
  for (let i = at - 1; i >= Math.max(0, at - BACK); i--) {
    const s = sentences[i] as Range;
    const written = text.slice(s.start, s.end);
    const lead = written.length - written.trimStart().length;
    const m = WROTE_TO.exec(written.trimStart());
    const subject = m?.[1];
    if (!m || !subject) continue;
    const start = s.start + lead + m[0].indexOf(subject);
    return { start, end: start + subject.length, text: subject };
  }
  return null;
}
