import type { Entity } from '../model/document';
import { CUE_VERBS } from './cues';
import { seatOf } from './governing-bodies';

/** The word after a name: "Downing Street said", "the Home Office says". */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
/** "a spokesman for the Home Office": a voice before the name. */
const VOICE_BEFORE = /\bspokes(?:man|woman|person)\s+(?:for|at)\s+(?:the\s+)?$/iu;
/** "a Home Office spokeswoman": a voice after it. */
const VOICE_AFTER = /^\s+spokes(?:man|woman|person)\b/iu;
/** How far before a name its voice is looked for, in characters. */
const REACH = 30;

/**
 * The countries (alias-table ids) whose seat of government speaks in the
 * article ("Downing Street said", "a spokesman for the Home Office"): the
 * story is told from that government's briefings, so its "the government"
 * is that one, though another place is named more often (the country the
 * UK offers troops to, the one it returns children to). A seat only named
 * ("calls to the White House") says nothing of whose story it is.
 */
export function speakingSeats(text: string, entities: Entity[]): Set<string> {
  const seats = new Set<string>();
  for (const e of entities) {
    const seat = seatOf(e);
    if (!seat) continue;
    const speaks = e.mentions.some((m) => {
      const next = NEXT_WORD.exec(text.slice(m.end, m.end + REACH))?.[1];
      return (
        (next !== undefined && CUE_VERBS.has(next)) ||
        VOICE_AFTER.test(text.slice(m.end, m.end + REACH)) ||
        VOICE_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start))
      );
    });
    if (speaks) seats.add(seat);
  }
  return seats;
}
