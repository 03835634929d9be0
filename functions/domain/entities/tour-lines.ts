import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';
import { STATE_CODES } from './state-codes';
import { withMentions } from './with-mentions';

/** Canada's province codes, which tour lists write as the states' ("Toronto, ON"). */
const PROVINCE_CODES = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK']);

/** A line's opening date and dash: "June 9 -- ", "Sept. 12 – ". */
const DATE_DASH = String.raw`\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2}(?:st|nd|rd|th)?[ \t]*(?:--|[-–—])[ \t]*`;
/** A town: capitalised words, no comma. */
const TOWN = String.raw`\p{Lu}[\p{L}.'’ -]{1,28}[\p{L}.]`;
/** A venue: up to 60 characters, no comma or bracket, opening on a capital or digit. */
const VENUE = String.raw`[\p{Lu}\d][^,()\n]{1,59}?`;
/** What may follow the venue on its line: its former name in brackets, a dash and its town. */
const VENUE_TAIL = String.raw`(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]+(?:--|[-–—])[ \t]+[^\n]{1,30})?`;
/** "June 26 – Allentown, PA @ PPL Center" (venue last). */
const AT_LINE = new RegExp(
  String.raw`^${DATE_DASH}(${TOWN}),[ \t](\p{Lu}{2})[ \t]@[ \t](?:The[ \t])?(${VENUE})${VENUE_TAIL}[ \t]*$`,
  'gmu',
);
/** "June 26 -- PPL Center, Allentown, PA" (venue first). */
const COMMA_LINE = new RegExp(
  String.raw`^${DATE_DASH}(?:The[ \t])?(${VENUE})(?:[ \t]*\([^()\n]{1,60}\))?,[ \t](${TOWN}),[ \t](\p{Lu}{2})[ \t]*$`,
  'gmu',
);

type Slot = TextSpan & { type: 'LOC' | 'GPE' };

/** Whether the code is a US state's or a Canadian province's. */
const isCode = (code: string | undefined): code is string =>
  !!code && (STATE_CODES.has(code) || PROVINCE_CODES.has(code));

/**
 * In a list of tour dates ("June 26 – Allentown, PA @ PPL Center", "June
 * 26 -- PPL Center, Allentown, PA"), the venue's slot is one place and the
 * town before its state's code another: the tagger cuts venues into bodies
 * and people ("Coral Sky | Amphitheatre", "PNC | Music | Pavilion", "Coastal
 * Credit Union Music Park at | Walnut Creek") and misses towns ("Holmdel",
 * "Irving"). Each slot's mentions give way to one mention of its whole
 * words, a venue a place (LOC, as ./tour-venues types it), a town and its
 * code a GPE; a slot one mention already fills whole is ./tour-venues' to type.
 * Only in a list (two such lines or more), and only where the code is a US
 * state's or a Canadian province's. In the document's view only (./link).
 */
export function readTourLines(text: string, entities: Entity[]): Entity[] {
  if (!text.includes('\n')) return entities;
  const slots = tourSlots(text);
  if (slots.length < 6) return entities;
  let out = entities;
  for (const slot of slots) {
    const inside = out.flatMap((e) => e.mentions.filter((m) => m.start < slot.end && slot.start < m.end));
    if (inside.length === 1 && inside[0]?.start === slot.start && inside[0]?.end === slot.end) continue;
    out = withMentions(
      withoutOverlapping(out, slot),
      { id: entityId(slot.type, slot.text), name: slot.text, type: slot.type },
      [{ start: slot.start, end: slot.end, text: slot.text }],
    );
  }
  return out;
}

/** Each venue and town slot of the text's tour lines, in order (three per line: the venue, the town and its code). */
function tourSlots(text: string): Slot[] {
  const slots: Slot[] = [];
  for (const m of text.matchAll(AT_LINE)) {
    const [, town, code, venue] = m;
    if (!town || !venue || !isCode(code)) continue;
    const at = m[0].indexOf(`, ${code} @`);
    slots.push(slotOf(m, town, 'GPE'), slotOf(m, code, 'GPE', at), slotOf(m, venue, 'LOC', at + 5));
  }
  for (const m of text.matchAll(COMMA_LINE)) {
    const [, venue, town, code] = m;
    if (!town || !venue || !isCode(code)) continue;
    const at = m[0].lastIndexOf(`, ${town}, `);
    slots.push(
      slotOf(m, venue, 'LOC'),
      slotOf(m, town, 'GPE', at),
      slotOf(m, code, 'GPE', at + town.length + 2),
    );
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** The slot of `words` in the matched line, found from `from` in the line. */
function slotOf(m: RegExpMatchArray, words: string, type: Slot['type'], from = 0): Slot {
  const start = (m.index ?? 0) + m[0].indexOf(words, from);
  const name = words.trimEnd();
  return { start, end: start + name.length, text: name, type };
}

/** The entities without their mentions overlapping `span`; one left with none goes. */
function withoutOverlapping(entities: Entity[], span: TextSpan): Entity[] {
  const overlaps = (m: TextSpan) => m.start < span.end && span.start < m.end;
  return entities.flatMap((e) => {
    if (!e.mentions.some(overlaps)) return [e];
    const mentions = e.mentions.filter((m) => !overlaps(m));
    return mentions.length > 0 ? [{ ...e, mentions }] : [];
  });
}
