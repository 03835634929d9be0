/** Numbers and quantities in running text: the strongest single sign of a checkable claim. */

import { memoLast } from '../text/memo';

export type QuantityKind = 'percent' | 'money' | 'year' | 'number';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
}

const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|m)';
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|billions|half|a third|a quarter|two-thirds|three-quarters|dozens?)';
const DIGITS = String.raw`\d+(?:[.,:/]\d+)*`;

const QUANTITY_RE = new RegExp(
  [
    // $2.2 trillion, £40m, 200 million dollars
    String.raw`(?<money>[$£€¥]\s?${DIGITS}(?:\s?${SCALE}\b)?|\b${DIGITS}(?:\s${SCALE})?\s(?:dollars|pounds|euros|cents)\b)`,
    // 37%, 4.5 percent, seven per cent
    String.raw`(?<percent>\b(?:${DIGITS}|${NUMBER_WORD})\s?(?:%|percent\b|per cent\b|percentage points?\b))`,
    // 1990, 2004 (a year, not a count)
    String.raw`(?<year>\b(?:1[6-9]\d\d|20\d\d)s?\b(?![.,]\d|\s?%))`,
    // 2,500 troops, 17 new taxes, 3 million, seven out of eight
    String.raw`(?<number>\b${DIGITS}(?:\s${SCALE}\b)?|\b(?:${NUMBER_WORD})(?:\s(?:${SCALE}|out of \w+))\b)`,
  ].join('|'),
  'gi',
);

/** Every quantity needs a digit, a currency sign or one of these words: a cheap test before the big pattern. */
const MAYBE_QUANTITY_RE = /[\d$£€¥%]|hundred|thousand|million|billion|trillion|percent|per cent|out of/i;

/**
 * Quantities stated in `text`, in order, non-overlapping. The assertion test,
 * the scorer and the claim's numbers ask in turn about the same sentence, so
 * the last answer is kept (callers only read it).
 */
export const findQuantities: (text: string) => readonly Quantity[] = memoLast(scanQuantities);

function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  if (!MAYBE_QUANTITY_RE.test(text)) return found;
  for (const m of text.matchAll(QUANTITY_RE)) {
    const groups = m.groups ?? {};
    const kind = (['money', 'percent', 'year', 'number'] as const).find((k) => groups[k] !== undefined);
    if (!kind) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, text: m[0], kind });
  }
  return found;
}

/** A count, an amount or a multiple: a figure to check. A year is none; "twice" and "six times" the scan leaves out. */
export function hasFigure(text: string): boolean {
  return findQuantities(text).some((q) => q.kind !== 'year') || MULTIPLE_RE.test(text);
}

const MULTIPLE_RE = /\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten) times)\b/i;
