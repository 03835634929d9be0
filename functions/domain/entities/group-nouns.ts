import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** A noun for a band or a body right before a name, "The" allowed between: "rock group The Bravery", "the charity Mencap". */
const GROUP_BEFORE = /(?<![\p{L}-])(?:band|group|outfit|charity)\s+(?:The\s+)?$/u;
/** A name of one word, or "The" and one word: a band's or a body's, not a person's full name. */
const SHORT_NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’-]*$/u;

/**
 * A one-word name typed as a person that the article calls a band, group
 * or charity where it names it ("electro-rock group The Bravery", "Rock
 * outfit Rooster", "the charity Mencap") is an organisation. The tagger's
 * cue reads a company's noun right before a name (./non-person-cues), not
 * one with "The" between nor these; a name with a title stays a person
 * ("group leader Jo"), and so does a name of two words ("duo Jayne
 * Torvill"). In the document's view only (./link).
 */
export function retypeCalledGroups(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type === 'PERSON' && e.roles.length === 0 && SHORT_NAME.test(e.name) && isCalledAGroup(text, e)
      ? 'ORG'
      : undefined,
  );
}

function isCalledAGroup(text: string, e: Entity): boolean {
  return e.mentions.some((m) => GROUP_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
}
