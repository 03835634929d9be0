import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** What a cue's sentence may go on with that tells when it was said, not what ("said on Tuesday"). */
const WHEN = /^(?:on|last|this|earlier|later|yesterday|today)\b/iu;

const WORD = /[\p{L}\p{N}]+/gu;

/** `r` without blanks, commas, colons or a final stop at either end. */
export function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,:;-]/u.test(text.charAt(start))) start++;
  // a quote opening the next sentence, which the splitter leaves at this one's end, goes too
  while (
    end > start &&
    (/[\s,:;.-]/u.test(text.charAt(end - 1)) || /\s["“]$/u.test(text.slice(end - 2, end)))
  )
    end--;
  return { start, end };
}

export const words = (text: string, r: Range) => text.slice(r.start, r.end).match(WORD)?.length ?? 0;

/**
 * "Mr Blunkett quit …. In a statement, the ex-home secretary said he accepted
 * the inquiry's findings", "…, the BRC said": what was said never holds its
 * own cue, yet the tagger's content can run back over the cue and its source,
 * even from sentences before. Such a fragment becomes the rest of the cue's
 * sentence after the cue (and a source after it), unless only a word or a time
 * follows it ("the company said on Tuesday."), else the words before the
 * source in that sentence.
 */
export function withoutOwnCue(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue[0];
  const last = a.cue[a.cue.length - 1];
  if (!cue || !last || !a.content.some((f) => f.start <= cue.start && last.end <= f.end)) return a;
  const sentence = sentenceAt(sentences, cue.start);
  if (!sentence) return a;
  const own = (a.source ?? []).filter((s) => s.start >= sentence.start && s.end <= sentence.end);
  const lead = Math.min(cue.start, ...own.map((s) => s.start));
  const tail = Math.max(last.end, ...own.map((s) => s.end));
  const content = a.content.flatMap((f) => {
    if (!(f.start <= cue.start && last.end <= f.end)) return [f];
    const after = trimmed(text, { start: tail, end: sentence.end });
    if (words(text, after) > 1 && !WHEN.test(text.slice(after.start, after.end))) return [after];
    const before = trimmed(text, { start: sentence.start, end: lead });
    return words(text, before) > 0 ? [before] : [];
  });
  return content.length ? { ...a, content } : a;
}
