import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** A name of two words or more ending on "Act" or "Bill": a law or a bill before parliament. */
const LAW_NAME = /\s(?:Act|Bill)s?$/u;

/** A bare "Act" or "Bill". */
const BARE = /^(?:Act|Bill)$/u;

/** What comes before a bare "Bill" that names a bill: a determiner ("the Bill", "No Bill goes") or a cut name's word ("Police Bill", "Provisions) Bill"). */
const BEFORE_BARE =
  /(?:\b(?:the|The|new|No|this|This|its|their)|(?<!\p{L})\p{Lu}[\p{L}'’-]{0,30}|\))\s{1,3}$/u;

/** A capitalised word after a bare "Bill": a given name ("Bill O'Reilly"). */
const NAME_AFTER = /^\s{1,3}\p{Lu}/u;

/**
 * A law is MISC, as the tagger types most ("Hunting Act", "Terrorism Bill"),
 * whatever type it gave the rest ("Freedom of Information Act" a body,
 * "the Bill" a person); a bare "Bill" only where a determiner or a name's
 * word stands before each mention and no name follows. In the document's
 * view only (./link), after "the Bill" joined the one bill named in full (./generic-heads).
 */
export function retypeLaws(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'EVENT' && e.roles.length === 0 && isLaw(text, e) ? 'MISC' : undefined,
  );
}

function isLaw(text: string, e: Entity): boolean {
  if (LAW_NAME.test(e.name)) return true;
  return (
    BARE.test(e.name) &&
    e.mentions.length > 0 &&
    e.mentions.every(
      (m) =>
        BEFORE_BARE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
        !NAME_AFTER.test(text.slice(m.end, m.end + 4)),
    )
  );
}
