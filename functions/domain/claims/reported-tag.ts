import type { Attribution, Fragments } from '../extract/types';
import { sentenceAt, type TextRange } from '../text/sentences';

/**
 * Who said it, in a tag the tagger left inside "according to"'s content: a
 * pronoun, a name of up to four capitalised words, or "the" and up to four
 * words ("the Inner Mongolia health commission").
 */
const SPEAKER = String.raw`(?<source>he|she|they|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|[Tt]he(?:\s+[\p{L}'’-]+){1,4}?)`;
const VERB = String.raw`(?<cue>said|says|told\s+reporters|wrote)`;

/** `"…," he said` ending the content: the tag after the closing quote's comma. */
const TRAILING = new RegExp(String.raw`(?<sep>,\s*["”]|["”]\s*,)\s+${SPEAKER}\s+${VERB}\s*$`, 'u');
/** A content that is only the tag: "the commission said", the words before its comma. */
const WHOLE = new RegExp(String.raw`^${SPEAKER}\s+${VERB}$`, 'u');

/**
 * `"…," he said, according to the Intelligencer` and `…, the health
 * commission said, according to Reuters`: the words are the tag's speaker's,
 * the outlet after "according to" only reports them. The tagger read the tag
 * as "according to"'s content; the claim is the tag's own, its content the
 * words before it. Only a tag right before ", according to".
 */
export function reportedTags(
  text: string,
  sentences: readonly TextRange[],
  list: Attribution[],
): Attribution[] {
  return list.map((a) => reportedTag(text, sentences, a) ?? a);
}

function reportedTag(text: string, sentences: readonly TextRange[], a: Attribution): Attribution | undefined {
  const cue = a.cue[0];
  const last = a.content.at(-1);
  if (!cue || !last || a.cue.length !== 1 || !/^according to$/i.test(text.slice(cue.start, cue.end))) return;
  if (!a.source?.length || (a.source[0]?.start ?? 0) < cue.end) return;
  if (!/^\s*,\s*$/u.test(text.slice(last.end, cue.start))) return;
  const span = text.slice(last.start, last.end);
  const trailing = TRAILING.exec(span);
  if (trailing?.groups) {
    const at = last.start + trailing.index;
    const content = [...a.content.slice(0, -1), { start: last.start, end: at }];
    return tagged(text, content, last.start, trailing);
  }
  const whole = a.content.length === 1 ? WHOLE.exec(span) : null;
  const sentence = sentenceAt(sentences, last.start);
  if (!whole?.groups || !sentence) return;
  const before = text.slice(sentence.start, last.start);
  if (!/\p{L}[^,]*,\s*$/u.test(before)) return;
  const end = sentence.start + before.trimEnd().length - 1;
  return tagged(text, [{ start: sentence.start, end }], last.start, whole);
}

/** The tag's attribution: its source and verb at their places in the text, and `content`. */
function tagged(text: string, content: Fragments, from: number, m: RegExpExecArray): Attribution | undefined {
  const { source, cue } = m.groups as { source: string; cue: string };
  const tag = text.indexOf(source, from + m.index);
  const verb = text.indexOf(cue, tag + source.length);
  if (tag < 0 || verb < 0 || !content.some((f) => /\p{L}/u.test(text.slice(f.start, f.end)))) return;
  return {
    source: [{ start: tag, end: tag + source.length }],
    cue: [{ start: verb, end: verb + cue.length }],
    content,
  };
}
