import type { Fragments } from '../extract/types';

/**
 * Sentence-opening connectives PolNeAR leaves out of a content ("Still, almost
 * two in three voters …, according to a poll": the content starts at
 * "almost"), as the writer's link between sentences, not the source's words.
 * "Still" and "In fact" are not here: annotators kept them about as often.
 */
const CONNECTIVE =
  /^(?:furthermore|moreover|however|additionally|meanwhile|also|indeed|instead|nevertheless|nonetheless|besides|likewise|similarly|thus|therefore|hence|consequently|in addition|as a result|at the same time|by contrast|in contrast|on the other hand|separately|finally|otherwise),\s+/i;

/** Whether the words are one such connective on their own: "However", "By contrast". */
export const isConnective = (words: string) => CONNECTIVE.test(`${words}, `);

/** The content without a leading connective and its comma; the same fragments when it has none. */
export function withoutConnective(text: string, content: Fragments): Fragments {
  const first = content[0];
  if (!first) return content;
  const lead = CONNECTIVE.exec(text.slice(first.start, first.end));
  if (!lead || lead[0].length >= first.end - first.start) return content;
  return [{ start: first.start + lead[0].length, end: first.end }, ...content.slice(1)];
}
