import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** The comma after the speaker, an age between commas allowed ("says King, 30, who"). */
const GAP = /^,\s{1,3}(?:\d{1,3},\s{1,3})?$/u;
const RELATIVE = /^(?:who|whose|which)\s/iu;
/** Where a quote reopens after the clause's sentence: the content goes on from its first word. */
const REOPENED = /^\s{0,3}["“]?\s{0,2}/u;

/**
 * `"…," said Michael, who was in Berlin to launch the film.`: the tagger
 * took the relative clause after an inverted tag's speaker as a second
 * fragment of a content whose first lies before the tag. It says who the
 * speaker is, not what was said: the fragment goes up to its sentence's end,
 * and a quote the fragment runs on into is kept.
 */
export function withoutSpeakerRelative(
  text: string,
  sentences: readonly Range[],
  a: Attribution,
): Attribution {
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  const cue = a.cue[0];
  if (!source || !cue || cue.end > source.start || a.content.length < 2) return a;
  if (!a.content.some((r) => r.end <= cue.start)) return a;
  const i = a.content.findIndex(
    (r) =>
      r.start >= source.end &&
      GAP.test(text.slice(source.end, r.start)) &&
      RELATIVE.test(text.slice(r.start, r.end)),
  );
  const fragment = a.content[i];
  if (!fragment) return a;
  const sentence = sentenceAt(sentences, fragment.start);
  if (!sentence) return a;
  const rest = text.slice(sentence.end, fragment.end);
  const start = sentence.end + (REOPENED.exec(rest)?.[0].length ?? 0);
  const kept = start < fragment.end ? [{ start, end: fragment.end }] : [];
  return { ...a, content: [...a.content.slice(0, i), ...kept, ...a.content.slice(i + 1)] };
}
