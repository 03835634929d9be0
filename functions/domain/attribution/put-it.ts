import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/**
 * "as <speaker> put it": the speaker up to 150 characters (appositives
 * included, no clause punctuation), then "put it" with one adverb before it
 * and a colon after. Bounded and anchored on "as", so no run is rescanned.
 */
const PUT_IT =
  /\b[Aa]s\s(?<source>[^\s;:!?"“”][^;:!?"“”]{0,149}?),?\s(?<cue>(?:\p{L}+ly\s)?put\sit:?)(?!\p{L})/du;

/**
 * The words after the cue, once set off from it: by a comma (after a short
 * phrase, "in a statement to …,", if one comes first) or by a quote mark.
 * "put it in her memoir." sets nothing off: the claim came before.
 */
const AFTER = /^(?:[^,;!?"“”'‘’]{0,80},\s*|\s*(?=["“']))(?<content>\S.*\S)/du;

/** After "put it:", everything that follows is the claim. */
const AFTER_COLON = /^\s*(?<content>\S.*\S)/du;

/** A quote mark that opens the content, and the mark that closes it. */
const CLOSER: Record<string, string> = { '"': '"', '“': '”', "''": "''" };

/**
 * "As Ms. Simonyan put it, RT is …", "… a lawful source of income, as a
 * memo put it.": PolNeAR makes "put it" the cue, the one after "as" the
 * source and the claim beside it the content (all 7 train and dev "as …
 * put it" are cues), but the tagger never reads "put" as a cue. The content
 * is what follows in the sentence, or, when "put it" ends the sentence, what
 * came before "as". Only where no cue was found at "put".
 */
export function putItAttributions(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = PUT_IT.exec(sentence);
    const source = m?.indices?.groups?.source;
    const cue = m?.indices?.groups?.cue;
    if (!m || !source || !cue) continue;
    const at = (i: number) => s.start + i;
    if (found.some((a) => a.cue.some((f) => f.start < at(cue[1]) && at(cue[0]) < f.end))) continue;
    const rest = sentence.slice(cue[1]);
    const opened = sentence[cue[1] - 1] === ':' ? AFTER_COLON.exec(rest) : null;
    const after = words(rest) >= 3 ? (opened ?? AFTER.exec(rest))?.indices?.groups?.content : undefined;
    const content = after
      ? [cue[1] + after[0], quoteEnd(text, at(cue[1] + after[0]), at(cue[1] + after[1])) - s.start]
      : clauseBefore(sentence, m.index);
    // a cue found inside the claim keeps its own attribution: the claim would override it
    if (
      !content ||
      found.some((a) =>
        a.cue.some((f) => at(content[0] as number) <= f.start && f.end <= at(content[1] as number)),
      )
    )
      continue;
    out.push({
      source: [{ start: at(source[0]), end: at(source[1]) }],
      cue: [{ start: at(cue[0]), end: at(cue[1]) }],
      content: [{ start: at(content[0] as number), end: at(content[1] as number) }],
    });
  }
  return out;
}

/**
 * Where content that opens on a quote mark ends: at the closing mark when the
 * sentence ended inside the quote, within the paragraph; else where it ended.
 */
function quoteEnd(text: string, start: number, end: number): number {
  const open = text.startsWith("''", start) ? "''" : (text[start] ?? '');
  const close = CLOSER[open];
  if (!close || text.slice(start + open.length, end).includes(close)) return end;
  const closed = text.indexOf(close, end);
  const newline = text.indexOf('\n', end);
  return closed >= 0 && (newline < 0 || closed < newline) ? closed + close.length : end;
}

/** The last clause before ", as …" (after the comma before it, if any): trimmed, three words at least. */
function clauseBefore(sentence: string, end: number): [number, number] | undefined {
  const head = sentence.slice(0, end);
  const comma = head
    .trimEnd()
    .replace(/,["”]?$/, '')
    .lastIndexOf(', ');
  const start = comma >= 0 ? comma + 2 : head.length - head.trimStart().length;
  const stop = head.trimEnd().replace(/,$/, '').length;
  return words(head.slice(start, stop)) >= 3 && stop > start ? [start, stop] : undefined;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
