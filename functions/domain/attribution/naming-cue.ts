import type { Attribution } from '../extract/types';

/** Verbs that give a name: "a new report called Rags To Riches", "the song, titled Grief Never Grows Old". */
export const NAMING = /^(?:called|named|dubbed|billed|entitled|titled|nicknamed|christened|renamed)$/i;
/** Lower-case words a title may hold: "They Liked You Better", "Stars on Thin Ice". */
const SMALL = /^(?:of|the|and|to|in|on|for|with|is|at|not|or|from|it|my|your|our|his|her|their|its)$/;
/** The name ends at a comma, a full stop, a bracket or a dash. */
export const NAME_END = /[,;.()]|\s[-–]\s/u;

/** Whether `name` reads as a title or name: capitalised words and the small words titles hold. */
export function isName(name: string): boolean {
  // a label in quote marks after a name is name-calling: 'called Mr Howard "Dracula"'
  if (/["“”]/u.test(name.replace(/^(?:the\s+)?["“'‘]?/iu, ''))) return false;
  const words = name
    .split(/\s+/u)
    .map((w) => w.replace(/^["“'‘]+|["”'’:!?]+$/gu, ''))
    .filter((w) => w !== '');
  if (words.length === 0 || !/^(?:\p{Lu}|\p{N}|the$)/u.test(words[0] as string)) return false;
  return (
    words.some((w) => /^[\p{Lu}\p{N}]/u.test(w)) &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL.test(w))
  );
}

/** "whom they named Fred", "she named Minning": a pronoun is a subject, not a noun named. */
const PRONOUN = /^(?:i|you|he|she|it|we|they|who|whom|which|that)$/;
/** A preposition before a capitalised word: "on Tuesday called" has its subject further back. */
const PREPOSITION = /^(?:on|in|at|by|for|with|from|to|of|after|before|since|during)$/;

/**
 * Whether the cue comes right after a common noun ("a new report called",
 * "a man named") or a capitalised one after a determiner or adjective ("a
 * scruffy little Austrian called"): a naming, where a name before it ("Ms.
 * Friedan called Mrs. Schlafly an 'Aunt Tom'") is name-calling. PolNeAR also
 * marks some appositive namings (", called the Virginia … Fund,") as
 * attributions, so a comma before the cue keeps it.
 */
export function afterCommonNoun(before: string): boolean {
  const words = before.split(/\s+/u).filter((w) => w !== '');
  const noun = words[words.length - 1] ?? '';
  const prior = words[words.length - 2] ?? '';
  if (/^\p{Ll}[\p{L}-]*$/u.test(noun)) return !PRONOUN.test(noun);
  return /^\p{Lu}[\p{L}-]*$/u.test(noun) && /^\p{Ll}+$/u.test(prior) && !PREPOSITION.test(prior);
}

/**
 * Whether the cue only names something: "called", "dubbed" or "titled" with
 * nothing but a name or title after it (up to a comma or full stop) is a
 * reduced relative ("a scruffy little Austrian called Adolf Hitler"), not
 * anyone's words; "Yukos called the sale illegal" has more than a name, and
 * "a paper titled X by Y" has its author.
 */
export function namesOnly(text: string, a: Attribution): boolean {
  const cue = a.cue[a.cue.length - 1];
  if (a.cue.length !== 1 || !cue || !NAMING.test(text.slice(cue.start, cue.end))) return false;
  if (!afterCommonNoun(text.slice(Math.max(0, cue.start - 60), cue.start))) return false;
  const after = a.content.find((f) => f.start >= cue.end);
  if (!after || !/^[\s"“'‘]*$/u.test(text.slice(cue.end, after.start))) return false;
  const content = text.slice(after.start, after.end);
  const end = NAME_END.exec(content)?.index ?? content.length;
  return isName(content.slice(0, end));
}
