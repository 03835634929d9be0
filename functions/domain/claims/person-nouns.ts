import type { Entity } from '../model/document';
import type { Gender } from './gender';

/** Who plays for a side, and who runs it: "the Arsenal boss" is no striker, "the Sale player" no manager. */
// biome-ignore format: compact word list
const COMPETITORS = new Set([
  'player', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger',
  'forward', 'full-back', 'fly-half', 'scrum-half', 'flanker', 'prop', 'lock', 'hooker', 'international',
  'champion', 'seed', 'medallist', 'athlete', 'runner', 'sprinter', 'wallaby', 'springbok',
]);
const STAFF = new Set(['boss', 'manager', 'coach', 'chairman', 'owner']);

/**
 * Head nouns that describe someone the story is already about, rather than
 * name an office news leaves unnamed: "the Liverpool player", "the top
 * seed", "the giant winger", "the pop star".
 */
// biome-ignore format: compact word list
const DESCRIBING = new Set([
  ...COMPETITORS, 'boss', 'manager', 'coach', 'veteran', 'youngster', 'teenager', 'star', 'actor', 'actress',
  'singer', 'rapper', 'comedian', 'frontman', 'guitarist', 'drummer',
]);

/** Heads that, bare, are mostly someone new ("the woman", "the winner" to be announced): a modifier makes them someone known. */
const WITH_MODIFIER = new Set(['man', 'woman', 'winner', 'holder']);

/** "the 34-year-old": an age is always someone the story described. */
const AGE = /^(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$/u;

/** "the Spaniard", "the American", "the ex-Wallaby": a nationality or national side used for one person. */
// biome-ignore format: compact word list
const NATIONALS = new Set([
  'Spaniard', 'Briton', 'Scot', 'Argentine', 'Swede', 'Dane', 'Finn', 'Pole', 'Croat', 'Serb', 'Kiwi',
  'Wallaby', 'Springbok', 'All Black', 'African', 'American', 'Australian', 'Russian', 'Canadian',
  'Brazilian', 'Italian', 'German', 'Belgian', 'Austrian', 'Norwegian', 'Kenyan', 'Ethiopian', 'Moroccan',
  'Algerian', 'Jamaican', 'Nigerian', 'Zimbabwean', 'Argentinian', 'Chilean', 'Colombian', 'Mexican',
  'Croatian', 'Serbian', 'Romanian', 'Bulgarian', 'Ukrainian', 'Hungarian', 'Slovakian', 'Korean',
  'Iranian', 'Egyptian', 'Swiss',
]);
const NATIONAL_MAN = /^(?:Irish|French|Welsh|English|Dutch|Scots|Ulster|Cornish)man$/u;

/** A nominal's head, lower case, as a role: "ex-Wallaby" is a Wallaby, "fly-half" stays whole. */
const headOf = (phrase: string) =>
  (phrase.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/^(?:ex|former)-/u, '');

/** Whether a nominal is headed by an age ("34-year-old", "The 21-year-old"): it fits any kind of person. */
export const headedByAge = (phrase: string) => AGE.test(headOf(phrase));

/**
 * Whether a definite nominal ("the Waterford man", "the 34-year-old", "the
 * top seed", "The Argentine") describes a person the story already named.
 * `phrase` is the nominal without its article, as written.
 */
export function describesPerson(phrase: string): boolean {
  const head = headOf(phrase);
  if (AGE.test(head) || DESCRIBING.has(head)) return true;
  if (/\bnumber one$/iu.test(phrase)) return true;
  if (WITH_MODIFIER.has(head)) return /\s/u.test(phrase.trim());
  return isNationality(phrase);
}

/** Whether a nominal ends in a nationality used as a noun: "the South African", "the Spaniard". */
export function isNationality(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = (words.at(-1) ?? '').replace(/^ex-/u, '');
  return NATIONALS.has(last) || NATIONALS.has(`${words.at(-2)} ${last}`) || NATIONAL_MAN.test(last);
}

/**
 * Whether a person, with the gender the article gives them (if any), fits a
 * person noun: not of the other gender ("the Waterford man"), not on the
 * other side of a club ("the Arsenal boss" is no one the story calls a
 * striker), and not a nationality the tagger took for a name ("Scot").
 */
export function fitsNoun(phrase: string, e: Entity, gender?: Gender): boolean {
  if (isNationality(e.name)) return false;
  const given = nounGender(phrase);
  if (given && gender && given !== gender) return false;
  const head = headOf(phrase);
  const heads = e.roles.map(headOf);
  if (STAFF.has(head)) return !heads.some((h) => COMPETITORS.has(h));
  if (COMPETITORS.has(head)) return !heads.some((h) => STAFF.has(h));
  return true;
}

/** The gender a person noun gives ("the Waterford man", "the actress"), if any. */
function nounGender(phrase: string): Gender | null {
  const head = headOf(phrase);
  if (/^(?:\w*woman|actress)$/u.test(head)) return 'f';
  if (/^(?:irish|french|welsh|english|dutch|scots|ulster|cornish|sports|front)?man$/u.test(head)) return 'm';
  return null;
}

/** The proper-name words that place a person nominal ("Liverpool" of "the Liverpool player", "Newport" of "the Newport-based athlete"). */
export function placingWords(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .map((w) => w.replace(/-(?:based|born)$/u, '').replace(/['’]s?$/u, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
}
