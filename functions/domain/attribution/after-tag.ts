import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { trimmed, words } from './own-cue';

/**
 * What opens the words after a tag's closing comma when they are no part of
 * what was said: another report by the same speaker ("adding that …",
 * "while suggesting …"), a clause on the speaker ("who also expected …", "an
 * Iraqi who …") or a new clause ("but he said …").
 */
const NOT_SAID = /^,\s+(?:adding|saying|implying|arguing|noting|while|who|but|an?)\s/u;

const PRONOUN = /^(?:he|she|they)$/iu;

/**
 * "Apple has done well in that market, said Mr Fogg, who also expected …",
 * "This has amplified reactions, analysts said, adding that …": a content the
 * tagger started on the comma that closes its own tag, set off by a comma
 * after a clause, is that clause: the sentence's words before the tag. Not
 * when the words after the comma go on with the clause the tag interrupts
 * ("The problem with the film, he believed, was that …"), nor when another
 * claim's cue or source lies before the tag, nor for a pronoun after a
 * person's name there ("Mr Blair has failed …, he claimed, saying …"): in its
 * content the name would take the pronoun from the speaker it stands for.
 */
export function beforeOwnTag(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  persons: readonly Range[],
  a: Attribution,
): Attribution {
  const [source, cue, first] = [a.source?.[0], a.cue[0], a.content[0]];
  if (!source || !cue || !first || a.source?.length !== 1 || a.cue.length !== 1) return a;
  const tag = { start: Math.min(source.start, cue.start), end: Math.max(source.end, cue.end) };
  if (!/^\s*$/u.test(text.slice(tag.end, first.start)) || !NOT_SAID.test(text.slice(first.start, first.end)))
    return a;
  const sentence = sentenceAt(sentences, tag.start);
  if (!sentence || !/,\s+$/u.test(text.slice(sentence.start, tag.start))) return a;
  const before = trimmed(text, { start: sentence.start, end: tag.start });
  if (words(text, before) < 3 || /["“”]/u.test(text.slice(before.start, before.end))) return a;
  const within = (r: Range) => before.start <= r.start && r.end <= tag.start;
  if (taken.some(within)) return a;
  if (PRONOUN.test(text.slice(source.start, source.end)) && persons.some(within)) return a;
  return { ...a, content: [before, ...a.content.slice(1)] };
}
