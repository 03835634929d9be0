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

/** Whether a rank or honorific ever comes before the name: "Mr Smith", "Sir Alex". */
export function hasHonorific(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const hit of text.matchAll(new RegExp(`(\\S+)\\s+${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
    if (RANKS.has((hit[1] as string).toLowerCase())) return true;
  return false;
}
