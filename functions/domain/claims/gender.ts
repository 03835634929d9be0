import { firstNameGender } from '../entities/first-names';
import { type Gender, honorificBefore } from '../entities/honorifics';
import type { Entity, Range } from '../model/document';
import { sentenceAt } from '../text/sentences';

export type { Gender };

/** The pronouns that make their antecedent a person. */
export const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/i;

const MALE_ROLE = /(?:^|[^\p{L}])(?:spokesman|congressman|businessman|policeman|king|prince)$/iu;
const FEMALE_ROLE =
  /(?:^|[^\p{L}])(?:spokeswoman|chairwoman|congresswoman|businesswoman|policewoman|actress|queen|princess)$/iu;

/**
 * What the article itself says of each person's gender: the honorific before
 * a mention ("Mr Blair", "Ms Roche") or a gendered role ("actress"), else
 * the given name of a full name. A person it says both of, or nothing of,
 * is left out.
 */
export function gendersOf(text: string, entities: Entity[], sentences: Range[] = []): Genders {
  const out = new Genders();
  const people = entities.filter((e) => e.type === 'PERSON');
  const named = people.flatMap((p) => p.mentions);
  for (const e of people) {
    const seen = new Set<Gender>();
    for (const m of e.mentions) {
      const g = honorificBefore(text, m.start) ?? pronounAfter(text, m, sentences, named);
      if (g) seen.add(g);
    }
    for (const r of e.roles) {
      if (MALE_ROLE.test(r)) seen.add('m');
      if (FEMALE_ROLE.test(r)) seen.add('f');
    }
    if (seen.size === 0) {
      const given = givenNameGender(text, e.mentions);
      if (given) {
        seen.add(given);
        out.byGivenName.add(e.id);
      }
    }
    if (seen.size === 1) out.set(e.id, [...seen][0] as Gender);
  }
  // "Marion Jones has filed a lawsuit against Conte following his allegations that he gave her
  // drugs": a name both genders bear, told by the one pronoun no other person there can take
  for (const e of people)
    if (!out.has(e.id) && !e.mentions.some((m) => honorificBefore(text, m.start))) {
      const told = new Set(e.mentions.map((m) => pronounLeft(text, m, sentences, people, out, e.id)));
      told.delete(null);
      if (told.size === 1) out.set(e.id, [...told][0] as Gender);
    }
  return out;
}

const FEMALE_WORD = /\b(?:she|her|hers|herself)\b/iu;
const MALE_WORD = /\b(?:he|him|his|himself)\b/iu;

/**
 * The gender of a pronoun after the first person a sentence names, outside
 * quotes, when every other person it names is known to be of the other
 * gender: that pronoun can only be the first one's.
 */
function pronounLeft(
  text: string,
  m: Range,
  sentences: Range[],
  people: Entity[],
  known: Map<string, Gender>,
  self: string,
): Gender | null {
  const s = sentenceAt(sentences, m.start);
  const within = (from: number, to: number) =>
    people.filter((p) => p.mentions.some((o) => o.start >= from && o.start < to)).map((p) => p.id);
  if (!s) return null;
  const earlier = within(s.start, m.start).filter((id) => id !== self);
  // "Victoria Wood slated comedian Sacha Baron Cohen for his character": those named before
  // count too, when the pronoun comes before any quote and the name is in none
  if (earlier.length > 0) {
    if (/["“”]/u.test(text.slice(s.start, m.start))) return null;
    const told = text.slice(m.end, s.end).split(/["“”]/u)[0] as string;
    return otherThan(new Set([...earlier, ...within(m.end, s.end)]), self, known, told);
  }
  const rest = text.slice(m.end, s.end);
  if (/["“”]/u.test(rest)) return null;
  return otherThan(new Set(within(m.end, s.end)), self, known, rest);
}

/** The gender of a pronoun in `rest` that none of `others`, all of one known gender, can take. */
function otherThan(ids: Set<string>, self: string, known: Map<string, Gender>, rest: string): Gender | null {
  const others = new Set([...ids].filter((id) => id !== self));
  if (others.size === 0) return null;
  const genders = new Set([...others].map((id) => known.get(id)));
  if (genders.size !== 1) return null;
  const other = [...genders][0];
  if (other === 'm' && FEMALE_WORD.test(rest)) return 'f';
  if (other === 'f' && MALE_WORD.test(rest)) return 'm';
  return null;
}

/** Each person's gender, and which of them only a given name gave one to. */
export class Genders extends Map<string, Gender> {
  readonly byGivenName = new Set<string>();
}

/**
 * Whether the article itself marks someone's gender, not only their given
 * name: a firm named after its founder ("Laura Ashley", "Walt Disney") is
 * marked by nothing else, and may still be "it".
 */
export function genderMarked(genders: Map<string, Gender>, id: string): boolean {
  return genders.has(id) && !(genders instanceof Genders && genders.byGivenName.has(id));
}

/**
 * What a full name's given name tells ("Paul McNamee": he), when the
 * article itself says nothing: so "her spokesman" never falls on him.
 * A name the list gives both genders tells nothing; one it gives only one
 * is sometimes wrong ("Kim Collins", a man), hence only when nothing else tells.
 */
function givenNameGender(text: string, mentions: Range[]): Gender | null {
  for (const m of mentions) {
    const words = text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2) continue;
    const gender = firstNameGender(words[0] as string);
    if (gender) return gender;
  }
  return null;
}

/** Subjects only: an object or an owner ("named after him") is as often someone else. */
const PRONOUN = /\b(?:(he)|(she))\b/iu;

/**
 * The gender of the pronoun a sentence opening on the person's name goes
 * on with, before any other person is named in it ("Kim Clijsters has
 * denied reports that she has pulled out"), outside quotes; null when the
 * name does not open its sentence, or no such pronoun follows.
 */
function pronounAfter(text: string, m: Range, sentences: Range[], named: Range[]): Gender | null {
  const s = sentenceAt(sentences, m.start);
  if (!s || text.slice(s.start, m.start).trim() !== '') return null;
  const others = named.filter((o) => o.start >= m.end && o.start < s.end);
  // a quote's "he" is whom the speaker talks about: "Wenger said: "He is a great player""
  const stop = Math.min(s.end, ...others.map((o) => o.start));
  const found = PRONOUN.exec(text.slice(m.end, stop).split(/["“”]/u)[0] ?? '');
  return found ? (found[1] ? 'm' : 'f') : null;
}
