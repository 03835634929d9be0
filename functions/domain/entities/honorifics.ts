import { RANKS } from './lexicons';

export type Gender = 'm' | 'f';

const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mister|Mrs|Ms|Miss|Sir|Lady|Dame|Lord)\.?\s+$/u;
const FEMALE_HONORIFICS = new Set(['Mrs', 'Ms', 'Miss', 'Lady', 'Dame']);

/** The gender of an honorific ending `before` ("said Mr "), if any. */
export function honorificGender(before: string): Gender | undefined {
  const title = HONORIFIC_BEFORE.exec(before)?.[1];
  if (!title) return undefined;
  return FEMALE_HONORIFICS.has(title) ? 'f' : 'm';
}

/** The gender the honorific right before a mention tells, if any. */
export const honorificBefore = (text: string, start: number): Gender | undefined =>
  honorificGender(text.slice(Math.max(0, start - 8), start));

/**
 * Whether a rank or honorific ever comes before the name: "Mr Smith", "Sir
 * Alex". Walks the name's occurrences with indexOf: a `(\S+)\s+Name`
 * regex tries every position of the text, and ran for every name checked.
 */
export function hasHonorific(text: string, name: string): boolean {
  if (name === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const next = text.codePointAt(at + name.length);
    if (next !== undefined && NAME_GOES_ON.test(String.fromCodePoint(next))) continue;
    let end = at;
    while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
    if (end === at) continue;
    let start = end;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    if (start < end && RANKS.has(text.slice(start, end).toLowerCase())) return true;
  }
  return false;
}

const NAME_GOES_ON = /^[\p{L}\p{N}]/u;
const SPACE = /\s/;
