import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * A share of those polled right before a report's cue, opening the sentence,
 * a clause after a comma, or one after a conjunction: "Meantime, 32% said",
 * "Forty-three per cent thought", "Of those asked, 62% were unaware",
 * "However 60% said", "while 92% said"; not "pushed rates up to 2.25%".
 */
const SHARE_SUBJECT =
  /(?:^|,\s*|\b(?:however|but|and|yet|while|whereas|with)\s+)(?<share>(?:(?:only|just|some|about|around|nearly|almost|roughly)\s+)?(?:\d{1,3}(?:\.\d{1,2})?(?:%|\s+per\s?cent)|[a-z]{3,9}(?:-[a-z]{3,5})?\s+per\s?cent))\s{0,3}$/diu;

/** The share of those polled that `text` from `from` up to a cue at `to` ends on, as the cue's subject. */
export function shareSubject(text: string, from: number, to: number): Range | undefined {
  const share = SHARE_SUBJECT.exec(text.slice(from, to))?.indices?.groups?.share;
  return share ? { start: from + share[0], end: from + share[1] } : undefined;
}

/**
 * A share of those polled that opens a report is its source ("32% said Mr
 * Blair was a good prime minister"), which the tagger, having seen few
 * numbers as sources, leaves out.
 */
export function percentSource(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue[0];
  if (a.source || !cue) return a;
  const sentence = sentenceAt(sentences, cue.start);
  const share = sentence && shareSubject(text, sentence.start, cue.start);
  return share ? { ...a, source: [share] } : a;
}
