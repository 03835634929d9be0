import type { Entity } from '../model/document';
import { afterDateline } from '../text/dateline';
import { retypeEntities } from './merge';

/** The fifty states' and DC's postal codes. */
// biome-ignore format: compact word list
export const STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
  'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

/** A capitalised word and a comma right before the code: "Denver, CO". */
const TOWN_BEFORE = /\p{Lu}[\p{L}.'’-]{0,30},[ \t]$/u;
/** A code after a comma (sticky, read at a mention's end): ", CO". */
const COMMA_CODE = /,[ \t](\p{Lu}{2})/uy;
/** Where a code ends (sticky): the text's or a line's end, punctuation or "@ venue"; not a word ("CA del Fava", an initial). */
const CODE_END = /[ \t]*(?:$|\n|[,.;:)@–—]|--)/uy;

/**
 * In a list of tour dates or addresses ("Pepsi Center, Denver, CO", "Tampa, FL @ the Arena"), a
 * state's postal code after a town and a comma, ending a line or a clause,
 * is the state, and a name every mention of which comes before such a code
 * is the town: the tagger types the codes bodies ("FL", "NC") and the towns
 * people or bodies ("Denver", "Irving", "Cincinnati"). So is a person's
 * name every mention of which is a wire dateline's place ("Dekalb, Ill. — ").
 * In the document's view only (./link).
 */
export function retypeStateCodes(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'GPE' &&
    e.mentions.length > 0 &&
    (e.mentions.every((m) => isStateCode(text, m.start, m.end, m.text)) ||
      e.mentions.every((m) => codeAfter(text, m.end)) ||
      (e.type === 'PERSON' && e.mentions.every((m) => inDateline(text, m.start, m.end))))
      ? 'GPE'
      : undefined,
  );
}

function isStateCode(text: string, start: number, end: number, name: string): boolean {
  return (
    STATE_CODES.has(name) && TOWN_BEFORE.test(text.slice(Math.max(0, start - 34), start)) && endsAt(text, end)
  );
}

/** A state's code follows the mention ending at `end`: "Irving, TX". */
function codeAfter(text: string, end: number): boolean {
  COMMA_CODE.lastIndex = end;
  const code = COMMA_CODE.exec(text)?.[1];
  return code !== undefined && STATE_CODES.has(code) && endsAt(text, COMMA_CODE.lastIndex);
}

function endsAt(text: string, at: number): boolean {
  CODE_END.lastIndex = at;
  return CODE_END.test(text);
}

/** The mention is the place of a dateline opening its paragraph (../text/dateline). */
function inDateline(text: string, start: number, end: number): boolean {
  return afterDateline(text, start, Math.min(text.length, start + 160)) > end;
}
