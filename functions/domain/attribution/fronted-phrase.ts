import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/** Only a comma between the phrase and the speaker: "Frustrated, Sanders said". */
const COMMA = /^\s{0,2},\s{0,3}$/;
/** Nothing between the cue and what was said: no comma, no colon. */
const ADJOINED = /^\s{0,3}$/;
/** A condition opening the sentence is part of the claim ("If it slows, experts say costs will fall"). */
const CONDITION = /^(?:if|unless|whether|even if|only if)\b/i;
/** Words the part after the cue has at least: a clause, not a time ("…, the IFPI reported last month."). */
const MIN_WORDS = 4;

/**
 * "Frustrated, Sanders said he cannot walk down the street …", "In a year
 * when …, Yepez said Perez was right": the tagger gives the content the
 * sentence's fronted phrase as a first fragment, but it is the writer's
 * setting of the report; what was said follows the cue. PolNeAR leaves it
 * out. Only a content of two fragments, the first set off from the source by
 * a comma, the second right after the cue (with a comma there, "A, X said,
 * B", it is the speaker's: `opening-part.ts`) and a clause of four words at
 * least, and not a condition.
 */
export function withoutFrontedPhrase(text: string, a: Attribution): Attribution {
  const [phrase, said] = a.content;
  const source = a.source;
  const cue = a.cue.at(-1);
  if (a.content.length !== 2 || !phrase || !said || !source?.length || !cue) return a;
  const first = source[0] as Range;
  const last = source.at(-1) as Range;
  if (phrase.end > first.start || last.end > (a.cue[0] as Range).start || cue.end > said.start) return a;
  if (!COMMA.test(text.slice(phrase.end, first.start)) || !ADJOINED.test(text.slice(cue.end, said.start)))
    return a;
  if (/[:;]$/.test(text.slice(cue.start, cue.end)) || CONDITION.test(text.slice(phrase.start, phrase.end)))
    return a;
  if ((text.slice(said.start, said.end).match(/[\p{L}\d]+/gu) ?? []).length < MIN_WORDS) return a;
  return { ...a, content: [said] };
}
