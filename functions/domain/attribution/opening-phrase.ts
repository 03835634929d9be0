import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * The sentence's opening up to where the source starts: a preposition and
 * the start of its phrase, no comma yet ("For ", "In a lecture at the ",
 * "In a three-hour recorded interview with ").
 */
const OPENING =
  /^(?:In|For|At|During|Under|Within|Through|Amid|Among|Despite|Following|From|With|Without)(?:\s[^,;:.!?"“”\n]{0,150})?\s$/u;
/**
 * The source: the rest of that phrase, its comma, then a name or a pronoun
 * with no comma after it ("the Liberal Democrats, Sir Menzies Campbell").
 * An article or lower-case word after the comma may be an apposition of a
 * subject the phrase holds ("On Tuesday Mitsubishi, the only …"), so only a
 * capital or a subject pronoun opens the speaker.
 */
const RUN_ON =
  /^[^,;:.!?"“”\n]{1,150},\s{1,3}(?=(?:\p{Lu}|(?:he|she|they|we|it)(?:\s|$)))(?!(?:The|A|An)\s)[^,;:!?"“”\n]{1,80}$/u;

/**
 * "For the Liberal Democrats, Sir Menzies Campbell said", "In a lecture at
 * the London School of Economics, Irene Khan said": the tagger starts the
 * source inside the prepositional phrase the sentence opens on and runs it
 * over the phrase's comma. The phrase is the writer's setting of the report;
 * the source is the name after the comma. Only a source of one piece before
 * its cue.
 */
export function afterOpeningPhrase(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const source = a.source;
  const only = source?.length === 1 ? (source[0] as Range) : undefined;
  const cue = a.cue[0];
  if (!only || !cue || only.end > cue.start) return a;
  const sentence = sentenceAt(sentences, only.start);
  if (!sentence || !OPENING.test(text.slice(sentence.start, only.start))) return a;
  const words = text.slice(only.start, only.end);
  if (!RUN_ON.test(words)) return a;
  const comma = words.indexOf(',');
  const start = only.start + comma + 1 + (/^\s*/.exec(words.slice(comma + 1)) as RegExpExecArray)[0].length;
  return { ...a, source: [{ start, end: only.end }] };
}
