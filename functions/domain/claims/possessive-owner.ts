import type { Range } from '../model/document';

const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/**
 * A possessive source's owner word ("its" of "its spokesman", "their" of
 * "their latest figures") as the pronoun it stands for, at its place, to be
 * resolved as that pronoun is.
 */
export function ownerAsPronoun(source: Range & { text: string }, owner: string): Range & { text: string } {
  const start = source.start + source.text.indexOf(owner);
  return { start, end: start + owner.length, text: OWNER_PRONOUN[owner.toLowerCase()] as string };
}
