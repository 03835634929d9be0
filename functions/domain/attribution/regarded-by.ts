import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/** A passive of judging someone as something: "is regarded", "was widely considered", "were deemed". */
const REGARDED =
  /^(?:is|are|was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:regarded|considered|deemed|seen|viewed)$/iu;
/** "by" and an agent of up to six words, then "as" or "to be": "by many as", "by computer experts to be". */
const AGENT_THEN = /^\s+by\s+((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?=as\s|to\s+be\s)/u;
/** The sentence's opening words right before the cue, none a mark. */
const OPENING_WORDS = /^[\p{Lu}][^,;:"“”()\u2013\u2014]{0,120}$/u;

/**
 * "She was regarded by many as a pioneering woman in film", "Spyware is
 * considered by computer experts to be one of the biggest threats": the
 * tagger finds the cue but no source, and takes the agent into the content
 * or leaves it out. PolNeAR train marks "was seen by some as …" with the
 * agent as source. The agent becomes the source, and the subject (the
 * content piece right before the cue, or the sentence's opening words) and
 * what follows "as"/"to be" the content.
 */
export function regardedBy(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue[0];
  if (a.source?.length || !cue || a.cue.length !== 1 || !REGARDED.test(text.slice(cue.start, cue.end)))
    return a;
  const sentence = sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
  const agent = AGENT_THEN.exec(text.slice(cue.end, cue.end + 80));
  if (!sentence || !agent?.[1]) return a;
  const from = cue.end + agent[0].indexOf(agent[1], 3);
  const to = from + agent[1].length;
  const piece = a.content.find((r) => r.end <= cue.start && text.slice(r.end, cue.start).trim() === '');
  const opening = text.slice(sentence.start, cue.start).trimEnd();
  const subject =
    piece ??
    (OPENING_WORDS.test(opening) ? { start: sentence.start, end: sentence.start + opening.length } : null);
  if (!subject) return a;
  const start = cue.end + agent[0].length;
  // the complement ends where the tagger's content piece over it ends, or with the sentence
  const over = a.content.find((r) => r.start <= start && r.end > start);
  const end = over?.end ?? start + text.slice(start, sentence.end).replace(/[\s.!?"”]+$/u, '').length;
  return { source: [{ start: from, end: to }], cue: a.cue, content: [subject, { start, end }] };
}
