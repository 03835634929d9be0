import type { Attribution } from '../extract/types';

/** A share of those polled: "32%", "Forty-three per cent", "One in four", "nearly half those surveyed", "A majority". */
const SHARE =
  /\d%|\bper\s?cent\b|\b(?:one|two|three)\s+in\s+(?:three|four|five|ten)\b|(?<![-\w])half\b|\b(?:a|one|two|three)[\s-](?:thirds?|quarters?)\b|\bmajority\b(?!-)/i;

/**
 * ", and 17% disagreed", " while 39% opposed", " - while 2% of them believed", " while 63%, disagreed",
 * ", and another 11% plan to", " and 61% that": another share's own clause,
 * a verb (or an elided one's "that") right after the share; not a figure
 * the report itself holds ("rise 3% this year and 4% next year").
 */
const NEXT_SHARE =
  /(?:,|\s[-–])?\s+(?:and|but|while|whereas)\s+(?:(?:just|only|some|another|a\s+further|about|nearly|almost)\s+)?(?:\d{1,3}(?:\.\d{1,2})?%|\d{1,3}\s+per\s?cent|[a-z]{3,9}(?:-[a-z]{3,5})?\s+per\s?cent)(?:\s+of\s+(?:them|those))?,?\s+(?:[a-z]{2,}ed|said|thought|felt|were|was|had|would|could|did|do|are|have|will|say|think|believe|feel|plan|want|back|oppose|support|agree|disagree|expect|prefer|that)\b/;

/**
 * "One in four said he should be back within a year while 39% opposed a
 * comeback": in a poll's list of shares, each share speaks for itself, so a
 * share's content ends before the next share's clause.
 */
export function beforeNextShare(text: string, a: Attribution): Attribution {
  const source = a.source?.[0];
  if (!source || !SHARE.test(text.slice(source.start, source.end))) return a;
  for (const [i, piece] of a.content.entries()) {
    const m = NEXT_SHARE.exec(text.slice(piece.start, piece.end));
    if (!m || m.index === 0) continue;
    return { ...a, content: [...a.content.slice(0, i), { start: piece.start, end: piece.start + m.index }] };
  }
  return a;
}
