import type { Mention } from './mention';

/**
 * A prize or contest the tagger took with the word its hyphen joins
 * ("Oscar-nominated", "Bafta-winning", "World Cup-winning", "Oscar-winner"):
 * the name is the prize, the compound no entity of its own. Not a compound
 * with a name after it ("Oscar-winning Pulp Fiction"): ./based-names cuts
 * the name out.
 */
const AWARD_COMPOUND = /^(\p{Lu}[\p{L}\p{N}' ]{0,40}?)-(?:winning|nominated|winner|nominee)$/u;

/** Whether a mention is such a compound. */
export const hasAwardCompound = (mentions: Mention[]): boolean =>
  mentions.some((m) => AWARD_COMPOUND.test(m.text));

/** Each such mention cut to the name before its hyphen. Document view only (./link). */
export function cutAwardCompounds(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const name = AWARD_COMPOUND.exec(m.text)?.[1];
    return name ? { ...m, end: m.start + name.length, text: name } : m;
  });
}
