import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/** Only "of" or "about" between the cue and the fragment: "he said of". */
const OF = /^\s{1,3}(?:of|about)\s{1,3}$/;
/** A quote reopened inside that fragment after the phrase ends: `the plan. "It will`. */
const REOPENED = /[.,:?!]\s{0,3}["“‘']{1,2}(?=[\p{L}\d])/u;

/**
 * `"It will not work," he said of the plan.`: what "said of" or "said about"
 * takes is what the words were about, not the words, so a content fragment
 * the tagger read there is dropped (PolNeAR leaves it out), or keeps only a
 * quote reopened after it (`… of the plan. "It never did."`).
 */
export function withoutSpokenOf(text: string, a: Attribution): Attribution {
  const cue = a.cue.at(-1);
  const last = a.content.at(-1);
  if (!cue || !last || a.content.length < 2 || last.start < cue.end) return a;
  if (!a.content.some((f) => f.end <= (a.cue[0] as Range).start)) return a;
  if (!OF.test(text.slice(cue.end, last.start))) return a;
  const quote = REOPENED.exec(text.slice(last.start, last.end));
  const kept = a.content.slice(0, -1);
  if (quote) kept.push({ start: last.start + quote.index + quote[0].length, end: last.end });
  return { ...a, content: kept };
}
