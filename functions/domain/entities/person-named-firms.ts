import type { Entity } from '../model/document';
import { saysPerson } from './bare-name-cues';
import { isFirmApposed } from './firm-contexts';
import { occurrences } from './firm-cues';
import { hasHonorific } from './honorifics';
import { entityId } from './ids';
import { mergeSameIds, retypeEntities } from './merge';

/**
 * A firm's noun right before the name: "parts maker Robert Bosch", "British
 * car maker Aston Martin", "delivery firm Exel"; not "games maker" or
 * "film-maker", whose maker is a person.
 */
const FIRM_BEFORE =
  /(?<![\p{L}-])(?:(?:car|parts|wine|crane|chip|drinks|steel|aircraft|toy)\s+maker|carmaker|firm|retailer)\s+$/iu;
/**
 * What only a firm has after its name: "X's chief executive", "X factory",
 * "X shares rose"; not the verb, "X shares the view".
 */
const FIRM_AFTER =
  /^(?:(?:['’]s)?\s+(?:chief\s+executive|share\s+price|factory|plant)\b|['’]s\s+shares\b|\s+shares(?=[.,;]|\s+(?:rose|fell|closed|were|are|have|had|jumped|slipped|dropped|gained|lost)\b))/u;
/**
 * "X, which" where the name opens its sentence ("Laura Ashley, which is due
 * to report, …"); after a clause's last name the "which" may be the
 * clause's thing ("a trumpet which belonged to Dizzy Gillespie, which is").
 */
const WHICH_AFTER = /^,\s+which\b/u;
const SENTENCE_OPEN = /(?:^|[.!?]["”’]?\s+|\n)$/u;
const POSSESSIVE = /['’](?:s\s|\s)/u;
/** "Shares in X". */
const SHARES_BEFORE = /(?<![\p{L}-])shares\s+in\s+$/iu;

/**
 * A name of two or more words typed a person that the article treats only
 * as a firm is an organisation: a firm named after its founder ("Laura
 * Ashley, which is due to report", "parts maker Robert Bosch", "Jo Bloggs
 * shares rose"), said of its full name, with no role. The given name blocks
 * ./firm-cues and ./firm-contexts, so here the cue must be one no person
 * has; never with an honorific before any of its names, nor "X, who" or
 * "X said he" after one (./bare-name-cues). In the document's view only (./link).
 */
export function retypePersonNamedFirms(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    // "Elvis' Wooden Heart, which entered the chart": a possessive in it names a person's work
    if (e.type !== 'PERSON' || e.roles.length > 0 || !/\s/u.test(e.name) || POSSESSIVE.test(e.name))
      return undefined;
    // the full name's own words: a bare "Ford, the US car company," is no cue for Bill Ford
    // (the rare cue first: the person checks scan the text once per name)
    if (!occurrences(text, e.name).some((o) => isFirmCued(text, o))) return undefined;
    const names = [...new Set(e.mentions.map((m) => m.text))];
    if (names.some((n) => hasHonorific(text, n))) return undefined;
    const at = names.flatMap((n) => occurrences(text, n));
    return saysPerson(text, at) ? undefined : 'ORG';
  });
}

function isFirmCued(text: string, at: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, at.start - 30), at.start);
  const after = text.slice(at.end, at.end + 120);
  return (
    (WHICH_AFTER.test(after) && SENTENCE_OPEN.test(before)) ||
    FIRM_BEFORE.test(before) ||
    SHARES_BEFORE.test(before) ||
    FIRM_AFTER.test(after) ||
    isFirmApposed(after)
  );
}

/**
 * A person's bare surname that the article calls a firm is the firm named
 * after the family, not the person: "Ford, the US car company, reported …"
 * beside "chairman Bill Ford", whose surname the coreference gave every
 * "Ford". Every bare surname then leaves the person for an organisation of
 * that name; never when the surname has an honorific ("Mr Ford") or "said
 * he" after it. In the document's view only (./link).
 */
export function splitSurnameFirms(text: string, entities: Entity[]): Entity[] {
  const firms: Entity[] = [];
  const out = entities.map((e) => {
    const surname = e.type === 'PERSON' ? e.name.split(/\s+/).at(-1) : undefined;
    if (!surname || surname === e.name) return e;
    const bare = e.mentions.filter((m) => m.text === surname);
    if (bare.length === 0) return e;
    const at = occurrences(text, surname);
    if (!at.some((o) => isFirmCued(text, o)) || hasHonorific(text, surname) || saysPerson(text, at)) return e;
    const share = (e.salience ?? 0) / e.mentions.length;
    firms.push({
      id: entityId('ORG', surname),
      name: surname,
      type: 'ORG',
      aliases: [],
      mentions: bare,
      roles: [],
      ...(e.salience === undefined ? {} : { salience: Math.round(share * bare.length * 1000) / 1000 }),
    });
    return {
      ...e,
      mentions: e.mentions.filter((m) => m.text !== surname),
      ...(e.salience === undefined
        ? {}
        : { salience: Math.round(share * (e.mentions.length - bare.length) * 1000) / 1000 }),
    };
  });
  if (firms.length === 0) return entities;
  return mergeSameIds([...out, ...firms]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}
