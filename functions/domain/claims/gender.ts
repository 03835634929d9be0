import { type Gender, honorificBefore } from '../entities/honorifics';
import type { Entity, Range } from '../model/document';

export type { Gender };

/** The pronouns that make their antecedent a person. */
export const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/i;

const MALE_ROLE = /(?:^|[^\p{L}])(?:spokesman|congressman|businessman|policeman|king|prince)$/iu;
const FEMALE_ROLE =
  /(?:^|[^\p{L}])(?:spokeswoman|chairwoman|congresswoman|businesswoman|policewoman|actress|queen|princess)$/iu;

/**
 * What the article itself says of each person's gender: the honorific before
 * a mention ("Mr Blair", "Ms Roche") or a gendered role ("actress"). A person
 * it says both of, or nothing of, is left out.
 */
export function gendersOf(text: string, entities: Entity[], sentences: Range[] = []): Map<string, Gender> {
  const out = new Map<string, Gender>();
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
    if (seen.size === 1) out.set(e.id, [...seen][0] as Gender);
  }
  return out;
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
  const s = sentences.find((r) => r.start <= m.start && m.start < r.end);
  if (!s || text.slice(s.start, m.start).trim() !== '') return null;
  const others = named.filter((o) => o.start >= m.end && o.start < s.end);
  // a quote's "he" is whom the speaker talks about: "Wenger said: "He is a great player""
  const stop = Math.min(s.end, ...others.map((o) => o.start));
  const found = PRONOUN.exec(text.slice(m.end, stop).split(/["“”]/u)[0] ?? '');
  return found ? (found[1] ? 'm' : 'f') : null;
}
