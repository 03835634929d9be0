import type { Sequence } from './features';
import { isPassive, wordAt } from './opening-subject';
import { OPENING } from './quotes';
import { NOT_A_HEARER, TELLS } from './recipient-content';
import type { Run } from './tags';

/**
 * `He told the Commons foreign affairs committee: "Our position is clear."`
 * The tagger starts the quote's content inside a long hearer ("foreign
 * affairs committee: …"). When only words lie between the telling cue and
 * a colon that a quote opens after, all of them are the hearer: a content
 * starting among them starts inside the quote, as the linker starts one
 * after a short hearer (`told the BBC: "…`).
 */
export function hearerBeforeColon(seq: Sequence, quotes: Uint8Array, runs: Run[], cue: Run): Run[] {
  if (!TELLS.test(wordAt(seq, cue.last)) || isPassive(seq, cue)) return runs;
  const first = cue.last + 1;
  let colon = first;
  while (colon - first <= MAX_HEARER && isHearerWord(wordAt(seq, colon))) colon++;
  if (colon === first || wordAt(seq, colon) !== ':' || quotes[colon + 1] !== OPENING) return runs;
  return runs.map((r) =>
    r.role === 'content' && r.first >= first && r.first < colon && r.last > colon + 1
      ? { ...r, first: colon + 2 }
      : r,
  );
}

/** A word or possessive a hearer may hold ("ITV1's Jonathan Dimbleby programme"), no clause word or punctuation. */
const isHearerWord = (w: string) => /[\p{L}\p{N}]|^['’]s?$/u.test(w) && !NOT_A_HEARER.test(w);

/** Tokens a hearer has at most: "the Commons foreign affairs committee". */
const MAX_HEARER = 12;
