/** A place in a ranking: "number one", "number 30". */
const PLACE = String.raw`[Nn]umber\s(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})`;
const RANKING = new RegExp(
  String.raw`(?:(?:[Ff]ormer|[Ww]orld|[Ww]omen's|[Mm]en's|\p{Lu}\p{Ll}{1,20})\s){0,2}${PLACE}\s$`,
  'u',
);
const RANK_ROLE = new RegExp(String.raw`\b${PLACE}$`, 'u');

/**
 * A player's place in a ranking right before the name is a role: "World
 * number one Lindsay Davenport", "British number one Tim Henman", "former
 * world number 30 Harel Levy". The role walk stops at the numeral, which no
 * title word is.
 */
export function rankingBefore(text: string, nameStart: number): string | undefined {
  return RANKING.exec(text.slice(Math.max(0, nameStart - 60), nameStart))?.[0].trimEnd();
}

/** Whether a role is such a place, a title with no title word. */
export const isRanking = (role: string) => RANK_ROLE.test(role);
