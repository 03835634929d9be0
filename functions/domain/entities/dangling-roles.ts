import type { Entity } from '../model/document';
import { isCourtesyTitle } from './courtesy-titles';
import { capitalPosition, isTitleWord } from './lexicons';
import { isRanking } from './ranking-roles';

/** A last word that leaves a role open: what follows it is the one the role is of or for. */
const OPEN_END = /\s(?:for|of|to|at|by|with|from|on|the|a|an|and|or)$/i;

/** Words read as a role before a name that are only a coordinator or a preposition. */
const NO_ROLE = new Set(['for', 'of', 'to', 'both', 'neither', 'either', 'ahead of', 'under', 'said']);

/**
 * A first word no title opens on: a preposition or the cue before it ("£6m for striker …",
 * "Under President Chavez", "Said Wales coach …"), or the day or month of the news ("on Tuesday Foreign Secretary Jack Straw").
 */
const OPEN_START =
  /^(?:for|under|with|to|said|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\s+/i;

/**
 * A role holding no title word was read only for the honorific after it
 * ("on Tuesday Mr Ebbers", "told the BBC Mr Howard", "Speaking in Harrogate
 * Mr Kennedy", "Although Mr Raskin"): the words before "Mr" are no title; nor
 * a rugby position in capitals after the first word ("to the Foreign Policy Centre Mr Straw").
 */
const namesTitle = (role: string): boolean =>
  isCourtesyTitle(role) ||
  isRanking(role) ||
  role.split(/\s+/).some((w, i) => isTitleWord(w) && !(i > 0 && capitalPosition(w)));

/** "and" first: the next item of a list, someone else's role ("Ariel Sharon, and the Palestinian leader"). */
const LIST_ITEM = /^and\s/i;

/**
 * Roles that end open or are no title: the words before a name are read as
 * its title, but "a spokesman for Mr Prescott", "lawyer for Mr Begg", "the
 * former manager of Johnny Cash" and "best actor for Jamie Foxx" name
 * someone else's post or an award, "MP for Grantham" gave a place a role,
 * and "make way for Mr Brown" or "Both Mr Brown and Mr Blair" gave the roles
 * "for" and "Both". A role whose last word is a preposition, an article or
 * a conjunction, or that is only such a word, is dropped; so is one opening on
 * "and", and a preposition or "said" opening one is cut off. In the document's
 * view only (./link).
 */
export function dropDanglingRoles(entities: Entity[]): Entity[] {
  const out = entities.map((e) => {
    const trimmed = e.roles.map((r) => r.replace(OPEN_START, ''));
    const kept = trimmed.filter(
      (r) => !OPEN_END.test(r) && !NO_ROLE.has(r.toLowerCase()) && !LIST_ITEM.test(r) && namesTitle(r),
    );
    const roles = [...new Set(kept)];
    return roles.length === e.roles.length && roles.every((r, i) => r === e.roles[i]) ? e : { ...e, roles };
  });
  // the input itself when nothing changed, as the view's other steps return it (./link links once then)
  return out.every((e, i) => e === entities[i]) ? entities : out;
}
