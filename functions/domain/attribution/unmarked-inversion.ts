import type { Attribution } from '../extract/types';

/** A saying verb that may come before its speaker. */
const SAYING = /^(?:said|says|added|adds|argued|argues|warned|warns|estimated|estimates|predicted|predicts)$/;
/**
 * The rest of the sentence after the cue: a full name, an apposition after
 * it, and the sentence's end ("said Lindsay Schroth, an analyst with …").
 */
const NAME_TO_END =
  /^\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(?:,\s+[^.!?"“”,;:]{1,120})?)[.!?]/u;

/**
 * "… if they are to hold on to bandwidth-hungry gamers said Lindsay
 * Schroth, an analyst …": an inverted cue the writer set off with no comma.
 * The tagger took the content's last words for a source before the cue; the
 * speaker is the name after it, which ends the sentence, and those words go
 * back to the content. Only when the content's last piece, source and cue
 * follow each other with nothing but spaces between.
 */
export function unmarkedInversion(text: string, a: Attribution): Attribution {
  const cue = a.cue[0];
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  const content = a.content.at(-1);
  if (!cue || a.cue.length !== 1 || !source || !content) return a;

  if (!SAYING.test(text.slice(cue.start, cue.end))) return a;
  if (
    !/^\s+$/.test(text.slice(content.end, source.start)) ||
    !/^\s+$/.test(text.slice(source.end, cue.start))
  )
    return a;
  const after = NAME_TO_END.exec(text.slice(cue.end, cue.end + 200));
  const name = after?.[1];
  if (!after || !name) return a;
  const start = cue.end + after[0].indexOf(name);
  return {
    ...a,
    source: [{ start, end: start + name.length }],
    content: [...a.content.slice(0, -1), { start: content.start, end: source.end }],
  };
}
