import type { Mention } from './mention';

/**
 * American football's position codes, which US sports pages write between a
 * team and a player: "Browns DL Sheldon Richardson", "Cleveland DL Larry
 * Ogunjobi". Not "SS" or "FS" (the Waffen SS), nor one-letter codes.
 */
const CODES = '(?:QB|RB|WR|TE|FB|OL|OT|OG|DL|DE|DT|LB|ILB|OLB|CB|DB)';
const WORD = "\\p{Lu}[\\p{L}.'’-]{0,30}";
/** A team, a code, then a player's name of two or three words: the tagger ran them into one person. */
const TEAM_CODE_PLAYER = new RegExp(
  `^(?:(${WORD}(?: ${WORD}){0,2}) )?${CODES} (${WORD}(?: ${WORD}){1,2})$`,
  'u',
);
/** A team and the code alone, the player's name tagged apart ("Cleveland DL | Larry Ogunjobi"). */
const TEAM_CODE = new RegExp(`^(${WORD}(?: ${WORD}){0,2}) ${CODES}$`, 'u');

/** Whether a mention holds such a code. */
export const hasPositionCode = (mentions: Mention[]): boolean => mentions.some((m) => cut(m) !== null);

/**
 * A position code is cut out of the mention it was run into: the team
 * before it is an organisation, the player after it a person ("Browns DL
 * Sheldon Richardson" is the Browns and Sheldon Richardson, no person of
 * five words). A code opening a body's name with no team before is left
 * ("TE Connectivity"). Document view only (./link).
 */
export function cutPositionCodes(mentions: Mention[]): Mention[] {
  if (!hasPositionCode(mentions)) return mentions;
  return mentions.flatMap((m) => cut(m) ?? [m]);
}

function cut(m: Mention): Mention[] | null {
  const both = m.type === 'PERSON' ? TEAM_CODE_PLAYER.exec(m.text) : null;
  if (both) {
    const [, team, player] = both as unknown as [string, string | undefined, string];
    const out: Mention[] = [];
    if (team) out.push({ start: m.start, end: m.start + team.length, text: team, type: 'ORG', roles: [] });
    const at = m.end - player.length;
    out.push({ ...m, start: at, text: player });
    return out;
  }
  // a place's "Wilmington DE" is a state's code
  const team = m.type === 'PERSON' || m.type === 'ORG' ? TEAM_CODE.exec(m.text)?.[1] : undefined;
  return team ? [{ ...m, end: m.start + team.length, text: team, type: 'ORG', roles: [] }] : null;
}
