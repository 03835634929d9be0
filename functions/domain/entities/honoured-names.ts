import { ROLE_NOUNS } from './lexicons';
import type { Mention } from './mention';
import { isNameWord } from './person-cues';

/**
 * An honorific the tagger took into a name it typed a body or a place: "Mr
 * Cable" an organisation, "Lord Ashcroft" a place, "Prof Reddy" a body.
 * Not "Dr", which opens firms' names ("Dr Reddy's", "Dr Pepper"), nor
 * "Miss", nor a name typed MISC: works and titles ("the new Miss Marple drama").
 */
const HONORIFIC = /^(Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Lady|Lord)\.? (?=\p{Lu})/u;
const RETYPED = new Set(['ORG', 'GPE', 'LOC']);
/** Honorifics that are neither name nor role (./roles). */
const BARE = new Set(['Mr', 'Mrs', 'Ms']);
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for']);

/** A role, or roles: "Lord Chancellor", "Lord Justices Clarke and Rix". */
const isRole = (w: string) => ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1)));

/** One to three name words, none a role or a small word ("Lord Of the Rings"). */
const isPersonName = (rest: string): boolean => {
  const words = rest.split(' ');
  return (
    words.length <= 3 &&
    words.every((w) => isNameWord(w) && !isRole(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()))
  );
};

/**
 * A party and a post before the name: "Democratic Senator Kent Conrad",
 * "Tory Treasurer Lord Ashcroft", "Labour peer Lord Dubs" (an honorific
 * after the post is cut too).
 */
const PARTY_POST =
  /^(?:Democratic|Democrat|Republican|Labour|Tory|Conservative|Lib Dem|Liberal Democrat) (\p{L}+) (?:(Sir|Dame|Lady|Lord) )?(?=\p{Lu})/u;
/** Posts a party gives that the role words lack. */
const PARTY_POSTS = new Set(['peer', 'treasurer', 'whip']);

/** The honorific (or party and post) opening such a mention and its length with the space after. */
const honourOf = (m: Mention): { title: string; cut: number } | undefined => {
  if (!RETYPED.has(m.type)) return undefined;
  const match = HONORIFIC.exec(m.text);
  if (match) {
    if (!isPersonName(m.text.slice(match[0].length))) return undefined;
    return { title: match[1] as string, cut: match[0].length };
  }
  const post = PARTY_POST.exec(m.text);
  const role = post?.[1]?.toLowerCase() ?? '';
  if (!post || !(ROLE_NOUNS.has(role) || PARTY_POSTS.has(role))) return undefined;
  if (!isPersonName(m.text.slice(post[0].length))) return undefined;
  return { title: post[2] ?? (post[1] as string), cut: post[0].length };
};

/** Whether a mention is such a name. */
export const hasHonouredName = (mentions: Mention[]): boolean =>
  mentions.some((m) => honourOf(m) !== undefined);

/**
 * Such a name is a person, the honorific cut as the ranks cut it from a
 * person's name (a role unless Mr, Mrs or Ms), so "Mr Cable" is the Cable
 * of "Vincent Cable". Document view only (./link).
 */
export function retypeHonouredNames(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const honour = honourOf(m);
    if (!honour) return m;
    const { title, cut } = honour;
    const roles = BARE.has(title) || m.roles.includes(title) ? m.roles : [...m.roles, title];
    return { start: m.start + cut, end: m.end, text: m.text.slice(cut), type: 'PERSON', roles };
  });
}
