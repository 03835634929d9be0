import type { TaggerType } from '../extract/types';

/** A word before a name that makes it a company: "oil firm Rosneft", "carmaker Maruti", "boy band Westlife". */
const BEFORE =
  /(?<![\p{L}-])(?:firm|company|companies|group|giant|retailer|carrier|airline|label|studios?|chain|operator|provider|manufacturer|broker|insurer|conglomerate|brewer|bank|carmaker|bookmaker|drugmaker|chipmaker|automaker|steelmaker|toymaker|band)\s+$/iu;
/** What only a company has after its possessive: "Merck's shares". */
const AFTER =
  /^['’]s\s+(?:shares|profits?|sales|revenues?|chief executive|board|shareholders|stock|earnings|results)\b/iu;

/*
 * The cues below also come before or after a person's full name ("analyst
 * Bill Thompson", "founder of the consultancy Jeanne-Marie Gescher"), so
 * they count for one-word names only.
 */

/** "analysts Gartner", "City consultancy Deloitte". */
const ONE_WORD_BEFORE = /(?<![\p{L}-])(?:analysts|consultancy)\s+$/iu;
/**
 * A job held at the name: "security expert at Energis", "vice-president of
 * research at analysts Gartner", "captain of Chelsea". Spokesmen and
 * advisers are left out: they speak for people too ("a spokesman for Blair").
 */
const JOB_AT =
  /(?<![\p{L}-])(?:expert|director|analyst|president|executive|officer|chairman|chairwoman|editor|founder|economist|researcher|engineer|partner|consultant|strategist|captain)\s+(?:of\s+(?:\p{L}+\s+){1,3})?(?:at|for|of)\s+(?:analysts?\s+)?$/iu;
/** A club's or a firm's people and parts after its name: "Chelsea winger Arjen Robben", "Gloucester prop", "a Chelsea side". */
const MEMBERS_AFTER =
  /^\s+(?:winger|defender|striker|midfielder|goalkeeper|keeper|skipper|captain|manager|boss|coach|physio|forward|full-back|fly-half|scrum-half|prop|hooker|flanker|director of rugby|chairman|youngster|side|squad|officials)\b/iu;
/**
 * After a possessive, only what a firm or club alone has: its analysts, a
 * player it paid for ("Gartner's principal analyst", "Chelsea's £24m
 * striker"); a manager has a side too ("Souness's side").
 */
const POSSESSIVE_AFTER =
  /^['’]s\s+(?:(?:(?:principal|senior|chief|lead)\s+)?analysts?|£\S+\s+(?:winger|defender|striker|midfielder|goalkeeper|forward|signing))\b/iu;
/**
 * A plural verb after a name that opens a clause: British English treats
 * clubs, bands and firms as plural ("Chelsea have sacked", "Wasps are set
 * to"), never one person. A coordinated name ("Blair and Brown have") or an
 * inverted one ("would Blair have") does not open the clause, so it never counts.
 */
const PLURAL_VERB = /^\s+(?:have|were|are)\b/u;
const CLAUSE_START =
  /(?:^|[.!?:;"“”]\s*|(?<![\p{L}-])(?:that|but|as|when|while|if|because|after|since|so)\s+)$/u;
/** A thing's name: "the new Exeem program", "Kazaa file-sharing systems", "an Oscar nomination" (not "voters": "Kerry voters"). */
const THING_AFTER =
  /^\s+(?:program|programs|software|file-sharing|nominee|nominees|nomination|nominations|ceremony|hopefuls|contenders|categories)\b/iu;

export type NonPersonType = 'ORG' | 'MISC';

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);

interface Tagged {
  start: number;
  end: number;
  text: string;
  type: TaggerType;
}

/**
 * What the text around one mention says it is, if not a person: for a name
 * tagged as a person any cue counts; for one tagged MISC ("aircraft firm
 * Boeing") only a company cue.
 */
function cuedType(text: string, m: Tagged): NonPersonType | null {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (BEFORE.test(before) || AFTER.test(after)) return 'ORG';
  if (m.type !== 'PER' || /\s/.test(m.text.trim())) return null;
  if (THING_AFTER.test(after)) return 'MISC';
  const plural = PLURAL_VERB.test(after) && CLAUSE_START.test(before);
  const member = MEMBERS_AFTER.test(after) || POSSESSIVE_AFTER.test(after);
  return plural || member || ONE_WORD_BEFORE.test(before) || JOB_AT.test(before) ? 'ORG' : null;
}

/**
 * Words of names tagged as people (or MISC) that the text itself treats as
 * companies, clubs or things, with that type. Every mention made of those
 * words is then the same ("Hardie" after "James Hardie's shareholders"), so
 * one entity gets one type; a company cue wins over a thing cue.
 */
export function nonPersonWords(text: string, tagged: readonly Tagged[]): Map<string, NonPersonType> {
  const words = new Map<string, NonPersonType>();
  for (const m of tagged) {
    if (m.type !== 'PER' && m.type !== 'MISC') continue;
    const type = cuedType(text, m);
    if (!type) continue;
    for (const w of wordsOf(m.text)) if (words.get(w) !== 'ORG') words.set(w, type);
  }
  return words;
}

/** The type a name made only of such words takes (the first word's), or null. */
export function nonPersonType(name: string, words: Map<string, NonPersonType>): NonPersonType | null {
  if (words.size === 0) return null;
  const ws = wordsOf(name);
  return ws.every((w) => words.has(w)) ? (words.get(ws[0] as string) ?? null) : null;
}
