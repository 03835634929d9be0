import { type Gender, honorificBefore } from '../entities/honorifics';
import type { Entity } from '../model/document';

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
export function gendersOf(text: string, entities: Entity[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const seen = new Set<Gender>();
    for (const m of e.mentions) {
      const g = honorificBefore(text, m.start);
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
