import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/**
 * Holidays and festivals, reviewed by hand: the tagger types "Christmas" a
 * person, a place or a body as often as it tags it a MISC ("before
 * Christmas", "a normal Christmas", "its Easter break").
 */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'Christmas',
  'Christmas Day',
  'Christmas Eve',
  'Boxing Day',
  'New Year',
  "New Year's Day",
  "New Year's Eve",
  'New Years Eve',
  'Hogmanay',
  'Easter',
  'Easter Sunday',
  'Easter Monday',
  'Good Friday',
  'Ramadan',
  'Eid',
  'Diwali',
  'Hanukkah',
  'Passover',
  'Thanksgiving',
  'Halloween',
  "Valentine's Day",
]);

/**
 * A holiday's name is an event, whatever the tagger typed it, so one id
 * (`event.christmas`) lists every article naming it; not one given a title
 * ("Father Christmas" is a character). In the document's view only (./link).
 */
export function retypeHolidays(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    HOLIDAYS.has(e.name) && e.roles.length === 0 && e.type !== 'NORP' ? 'EVENT' : undefined,
  );
}
