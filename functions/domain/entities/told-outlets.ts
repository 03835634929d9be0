import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable, surfacesOf } from './alias-table';
import { isKnownPlace } from './known-names';
import { type Cut, cutIntoParts, type NamePart } from './name-parts';

/**
 * A broadcaster's or agency's name with the words its services add ("BBC
 * News", "BBC Radio 4", "BBC News Online", "Sky Sports News"), before a
 * capitalised word. Each repeat opens on a space and a fixed word, so a
 * failed match gives back one word at a time.
 */
const OUTLET =
  /^(?:BBC|ITV|ITN|Sky|CNN|Reuters|AP|AFP|PA|Associated Press|Press Association|Channel (?:4|5|Four|Five)|Fox News|Al[- ]Jazeera|Bloomberg)(?: (?:News|Sports?|Radio|Online|World|Service|Website|One|Two|Three|Four|Five|Live|Music|\d{1,2}))*(?= \p{Lu})/u;
/** The outlet is who was told: "told (the) BBC ...". */
const TOLD_BEFORE = /\b(?:told|tell|tells|telling)\s+(?:the\s+)?$/iu;
/** A verb right after the name: the name is the subject of what the outlet was told ("Liverpool were"). */
const VERB_AFTER =
  /^\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\b/u;
const PARTY = /\bparty\b/iu;

/**
 * An outlet told something, run together with the name that opens what it
 * was told: "told BBC News Labour MPs would ...", "told the BBC Liverpool
 * were unlikely ..." were one organisation each. A mention right after
 * "told" that opens with an outlet's name (OUTLET) is cut there when the
 * rest is the reported clause's subject: a party or a person (no outlet's
 * name ends on one), or another name the alias table, the gazetteer's
 * places or the article know, with a verb right after it. Stations named
 * for a place stay whole ("told BBC Newcastle.", "told BBC Wales he had").
 * In the document's view only (./link).
 */
export function splitToldOutlets(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const cuts: Cut[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      const parts = outletAndSubject(text, mention, from, entities, table);
      if (parts) cuts.push({ from, mention, parts });
    }
  return cutIntoParts(entities, cuts, table);
}

/** The outlet and the subject a told outlet's mention runs together, or undefined when it is one name. */
function outletAndSubject(
  text: string,
  m: TextSpan,
  from: Entity,
  entities: Entity[],
  table: AliasTable,
): NamePart[] | undefined {
  const outlet = OUTLET.exec(m.text)?.[0];
  if (!outlet || table.lookup(m.text) || !TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
    return undefined;
  const rest = m.text.slice(outlet.length + 1);
  const entry = table.lookup(rest);
  const other = entities.find((e) => e !== from && (e.name === rest || e.aliases.includes(rest)));
  const subject =
    entry?.type === 'PERSON' ||
    (entry && surfacesOf(entry).some((s) => PARTY.test(s))) ||
    other?.type === 'PERSON' ||
    ((entry || other || isKnownPlace(rest)) && VERB_AFTER.test(text.slice(m.end, m.end + 12)));
  if (!subject) return undefined;
  return [
    { text: outlet, start: m.start },
    { text: rest, start: m.end - rest.length, name: other?.name },
  ];
}
