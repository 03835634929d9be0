import type { Entity } from '../model/document';
import { retypeEntities } from './merge';
import { STATE_CODES } from './state-codes';

/** A tour line's opening date and dash: "June 9 -- ", "Sept. 12 – ". */
const DATE_DASH = String.raw`\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:--|[-–—])[ \t]*`;
/** The line before a venue that opens it: "June 26 -- ". */
const VENUE_FIRST = new RegExp(String.raw`(?:^|\n)${DATE_DASH}$`, 'u');
/** The town and state after a venue that opens the line: ", Allentown, PA" to the line's end (sticky). */
const TOWN_STATE_AFTER = /,[ \t][^,\n]{2,30},[ \t](\p{Lu}{2})[ \t]*(?:\n|$)/uy;
/** The line before a venue after "@": "June 26 – Allentown, PA @ ". */
const VENUE_LAST = new RegExp(String.raw`(?:^|\n)${DATE_DASH}[^,\n]{2,30},[ \t](\p{Lu}{2})[ \t]@[ \t]$`, 'u');
/** The line's end (sticky). */
const LINE_END = /[ \t]*(?:\n|$)/y;

/**
 * In a list of tour dates, the venue's slot holds a place: "June 26 -- PPL
 * Center, Allentown, PA" or "June 26 – Allentown, PA @ PPL Center". A name
 * typed a body or a person every mention of which fills that slot whole is the
 * venue (LOC, as ./venue-names types them): the tagger reads "Pepsi Center"
 * or "Blossom Music Center" as firms. Not a name cut short inside the slot
 * ("Jiffy Lube" of "Jiffy Lube Live"). In the document's view only (./link).
 */
export function retypeTourVenues(text: string, entities: Entity[]): Entity[] {
  if (!text.includes('\n')) return entities;
  return retypeEntities(entities, (e) =>
    (e.type === 'ORG' || e.type === 'PERSON') &&
    e.mentions.length > 0 &&
    e.mentions.every((m) => fillsVenueSlot(text, m.start, m.end))
      ? 'LOC'
      : undefined,
  );
}

function fillsVenueSlot(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (VENUE_FIRST.test(before)) {
    TOWN_STATE_AFTER.lastIndex = end;
    const code = TOWN_STATE_AFTER.exec(text)?.[1];
    return code !== undefined && STATE_CODES.has(code);
  }
  const code = VENUE_LAST.exec(before)?.[1];
  if (code === undefined || !STATE_CODES.has(code)) return false;
  LINE_END.lastIndex = end;
  return LINE_END.test(text);
}
