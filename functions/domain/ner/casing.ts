import type { WordInfo } from './features';
import { F_ALLCAP, F_HASALPHA, F_INITCAP, F_LOWER } from './word-shape';

/**
 * How a sentence is cased: 0 normal; 1 mostly all-caps (headline, dateline);
 * 2 all lowercase; 3 title case (a headline with every longer word
 * capitalised). In 1-3 capitalisation says little about names.
 */
export function casing(ws: readonly WordInfo[]): number {
  let alpha = 0;
  let caps = 0;
  let upperAny = 0;
  let long = 0;
  let longCap = 0;
  for (const w of ws) {
    if (!(w.flags & F_HASALPHA)) continue;
    alpha++;
    if (w.flags & F_ALLCAP) caps++;
    if (!(w.flags & F_LOWER)) upperAny++;
    if (w.norm.length >= 4) {
      long++;
      if (w.flags & F_INITCAP && !(w.flags & F_ALLCAP)) longCap++;
    }
  }
  if (alpha > 0 && caps * 2 > alpha) return 1;
  if (alpha >= 3 && upperAny === 0) return 2;
  if (long >= 4 && longCap === long) return 3;
  return 0;
}

/** A headline or dateline: most alphabetic tokens are all-caps. */
export function isCapsSentence(ws: readonly WordInfo[]): boolean {
  return casing(ws) === 1;
}
