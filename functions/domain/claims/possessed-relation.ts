/**
 * What a possessive after a name says of the speaker: "Jackson's mother" and
 * "Brown's closest ally" are people of their own, so the one named never
 * spoke; "Jackson's lawyers", "Bellamy's agent" and "her spokesman" speak
 * for the one named, who counts as the speaker when no one else is named.
 * On BBC, 14 claims credited "X's ally/mother/lawyers" to X (hand review).
 * Nor do those it deals with or employs ("BT's competitors", "LG Card's
 * creditors", "United's players"): they speak for themselves.
 */
export type Relation = 'own' | 'voice';

const OWN =
  'mother|father|parents?|son|daughter|children|wife|husband|widow(?:er)?|brother|sister|family|uncle|aunt|cousin|grand(?:mother|father|son|daughter)|nephew|niece|step(?:mother|father|son|daughter)|fianc[eé]e?|girlfriend|boyfriend|friends?|all(?:y|ies)|rivals?|critics?|opponents?|biographer|fans|supporters|colleagues?|team-?mates?|neighbou?rs?|successor|predecessor|doctors?|competitors?|creditors?|constituents?|players?|customers?|shareholders?|investors?|employees?|staff|workers';
const VOICE =
  'spokes(?:man|woman|person)|spokesmen|spokeswomen|lawyers?|attorneys?|solicitors?|barristers?|agents?|representatives?|office|aides?|advisers?|advisors?|publicist';

/** Up to two words between the possessive and the noun: a listed one or a compound ("now-deceased", "13-year-old"). */
const MODIFIER = String.raw`(?:closest|close|former|long-?time|new|old|late|elder|younger|estranged|own|[\p{L}\d]+(?:-[\p{L}\d]+)+)`;

const POSSESSED = new RegExp(`^['’]s?\\s+(?:${MODIFIER}\\s+){0,2}(?:(${OWN})|(${VOICE}))(?![\\p{L}-])`, 'iu');

/** Capitalised words right after the possessive, a place or a body modifying the noun ("Kilroy-Silk's East Midlands constituents"); case-sensitive, so apart from POSSESSED. */
const CAPITALISED = /^(['’]s?\s+)(?:\p{Lu}[\p{L}.]*\s+){1,2}/u;

/** People of their own named before "of" the one they belong to: "multiple friends of Mike Ford", "creditors of Parmalat", "the parents of 14-year-old X". */
const OWN_OF = new RegExp(
  `(?<![\\p{L}-])(?:${OWN})\\s+of\\s+(?:the\\s+)?(?:[\\p{L}\\d]{1,12}(?:-[\\p{L}\\d]{1,12}){1,4}\\s+)?$`,
  'iu',
);

const VOICE_NOUN = new RegExp(`^(?:${VOICE})$`, 'iu');

const OWN_NOUN = new RegExp(`^(?:${OWN})$`, 'iu');

/** Whether a noun is people who speak for themselves, not for whom they deal with ("fans", "critics"). */
export const isOwnPeopleNoun = (noun: string) => OWN_NOUN.test(noun);

/** Whether a noun is one that speaks for whom it serves ("spokesman", "lawyers", "agent"). */
export const isVoiceNoun = (noun: string) => VOICE_NOUN.test(noun);

/** The relation the text right after a name (`'s mother`, `' lawyer`) says its holder has to it, if any. */
export function relationAfter(after: string): Relation | null {
  const m = POSSESSED.exec(after.replace(CAPITALISED, '$1'));
  if (!m) return null;
  return m[1] ? 'own' : 'voice';
}

/** Whether the text before a name makes its holder people of their own: "the father of", "friends of". */
export const ownedBefore = (before: string) => OWN_OF.test(before);
