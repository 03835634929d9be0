import type { Attribution } from '../extract/types';

/**
 * A quote signed with a dash and a name (“...” ― Jane Doe), which the
 * guidelines name as a cue (“—Albert Einstein”) but the training data barely
 * shows, so the tagger cannot learn it: found by pattern instead. Blanks
 * may be no-break spaces, which often stand before the dash.
 */
const SIGNED =
  /([“”"][^“”"\n]{12,}?[”"])[^\S\n]*\n?[^\S\n]*([―—–]|--)[^\S\n]*(\p{Lu}[\p{L}'’-]*\.?(?:[^\S\n]+\p{Lu}[\p{L}'’-]*\.?){0,4})/gu;

export function signedQuotes(text: string, found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(SIGNED)) {
    const [, quote = '', dash = '', name = ''] = m;
    const start = m.index ?? 0;
    const cueStart = text.indexOf(dash, start + quote.length);
    const sourceStart = text.indexOf(name, cueStart + dash.length);
    const cue = { start: cueStart, end: cueStart + dash.length };
    if (found.some((a) => a.cue.some((f) => f.start < cue.end && cue.start < f.end))) continue;
    out.push({
      source: [{ start: sourceStart, end: sourceStart + name.replace(/\.$/, '').length }],
      cue: [cue],
      content: [{ start, end: start + quote.length }],
    });
  }
  return out;
}
