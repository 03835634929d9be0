import type { ContentSpan, Range, TextSpan } from '../model/document';

/**
 * "He snapped back that the hacks knew … his press conference. Well, not
 * really, as it happens.": an indirect content after its cue that the tagger
 * ran on past the end of the cue's sentence ends with that sentence; what
 * follows is the writer's. For an indirect claim (build.ts), and not one
 * holding a quote mark, nor one cut at an ellipsis ("make more
 * difficult... Turkcell's"), nor one whose next sentence the same speaker
 * goes on in ("But, he said, the Mac mini …").
 */
export function withinCueSentence(
  text: string,
  sentences: Range[],
  content: ContentSpan,
  cue: TextSpan | null,
): ContentSpan {
  if (!cue || content.fragments || cue.end > content.start || QUOTE.test(content.text)) return content;
  const sentence = sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
  if (!sentence || content.start >= sentence.end || content.end <= sentence.end) return content;
  // the sentence without its stop, and the quote mark the splitter leaves after it
  const own = text.slice(content.start, sentence.end).replace(/[\s.!?;"“]+$/u, '');
  const rest = text.slice(content.start + own.length, content.end);
  if (!own || /^[\s.]*(?:\.\.|…)/u.test(rest) || SPEAKER_GOES_ON.test(rest)) return content;
  return { start: content.start, end: content.start + own.length, text: own };
}

const QUOTE = /["“”]/u;
/** ", he said,": the next sentence is the same speaker's. */
const SPEAKER_GOES_ON = /,\s*(?:he|she|they|it|we)\s+(?:said|says|added|adds),/iu;
