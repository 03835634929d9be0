import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity } from '../model/document';
import { countriesOf } from './demonyms';
import { describesPerson } from './person-nouns';
import { isOwnPeopleNoun, isVoiceNoun } from './possessed-relation';
import { speaksForGroup } from './role-speaker';

/** The common nouns a name stands before, to the source's end: " man", " programme promoters". */
const COMMON_NOUNS = /^(?:\s+\p{Ll}[\p{Ll}-]{0,30}){1,4}$/u;
/** People by their word's ending: a trader, briefers, researchers, economists, men. */
const PEOPLE_ENDING = /(?:er|ist|man|men|woman|women)s?$/u;
/** People nouns no ending gives. */
const PEOPLE = new Set(['expert', 'delegate', 'pundit', 'student', 'citizen', 'resident']);
/** Things with those endings: "the Euro 2004 paper", "a Grammy number". */
const THINGS =
  /(?:paper|letter|number|order|cent(?:er|re)|chapter|computer|server|cover|offer|power|matter|register|charter|quarter|summer|winter|border|tower)s?$/u;

/**
 * Whether a name the tagger typed MISC only modifies a noun for people
 * ("A Dutch-Moroccan man", "those Brownite briefers", "Halo fans", "the
 * Bafta experts"): a nationality, a faction, a game or a prize, not a body
 * that speaks, so no speaker, as a NORP name is none. A voice still speaks
 * for what it names ("A US Embassy spokesman", "G7 ministers"), and a thing
 * is not people ("Opel management", "the YouGov poll"). `after` is the
 * source's text after the name.
 */
export function modifiesPeople(entity: Entity, after: string): boolean {
  if (entity.type !== 'MISC' || !COMMON_NOUNS.test(after)) return false;
  const phrase = after.trim();
  const head = phrase.split(/\s+/).at(-1) as string;
  // "archbishop" is a bishop
  const single = head.replace(/s$/u, '').replace(/^(?:arch|co-)/u, '');
  if (speaksForGroup(single) || isVoiceNoun(head) || single === 'minister') return false;
  return (
    SPEAKER_ROLE_NOUNS.has(single) ||
    PEOPLE.has(single) ||
    isOwnPeopleNoun(head) ||
    (PEOPLE_ENDING.test(head) && !THINGS.test(head)) ||
    describesPerson(phrase)
  );
}

/** Words of place a MISC adjective may be made of besides nationalities: "US-German", "International". */
const PLACE_WORDS = new Set(['us', 'uk', 'eu', 'un', 'international', 'western', 'eastern']);

/**
 * Whether a name the tagger typed MISC is a nationality or place adjective
 * ("International", "US-German", "South Korean") before a common noun of any
 * kind ("International agencies", "The US-German firm", "a South Korean
 * parliamentary report"): it says where the speaker is from, so it is no
 * speaker itself.
 */
export function modifiesAsAdjective(entity: Entity, after: string): boolean {
  if (entity.type !== 'MISC' || !COMMON_NOUNS.test(after)) return false;
  return entity.name.split(/-/u).every((part) => {
    const word = (part.trim().split(/\s+/u).at(-1) ?? '').toLowerCase();
    return PLACE_WORDS.has(word) || countriesOf(word).length > 0;
  });
}
