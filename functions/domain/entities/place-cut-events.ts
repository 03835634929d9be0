import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/**
 * An event's name made of a kind's words only, which names no one event without its place: a kind's word
 * before "Festival", "Games" or "Marathon" (a bare "Festival" after a place is no sure cut), or "Grand Prix".
 */
const GENERIC_EVENT =
  /^(?:(?:(?:International|Film|Music|Jazz|Arts?|Book|Literary|Comedy|Fringe)\s+){1,3}(?:Festival|Games|Marathon)|Grand\s+Prix)$/u;
/**
 * An event named for its place that the tagger cut at the place: "Berlin |
 * Film Festival", "Bangkok | International Film Festival", "Birmingham |
 * Grand Prix" were a place and a generic "Film Festival", which took Berlin's
 * and Cannes' festivals as one event. A place's mention one space before a
 * mention of such an event joins it, as one event of the whole name (the
 * article's entity of that name, or one made for it), as ./place-led-names
 * types "Venice Film Festival" tagged a place. In the document's view only
 * (./link).
 */
export function joinPlaceCutEvents(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const events = entities.filter((e) => e.type === 'EVENT' && GENERIC_EVENT.test(e.name));
  if (events.length === 0) return entities;
  const places = new Map<number, Taken>();
  for (const from of entities)
    if (from.type === 'GPE' || from.type === 'LOC')
      for (const mention of from.mentions) places.set(mention.end, { from, mention });
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const from of events)
    for (const mention of from.mentions) {
      const place = text.charAt(mention.start - 1) === ' ' ? places.get(mention.start - 1) : undefined;
      if (!place) continue;
      const span = {
        start: place.mention.start,
        end: mention.end,
        text: text.slice(place.mention.start, mention.end),
      };
      const into = holder(span.text, 'EVENT', entities, made, table);
      moves.push({ taken: [place, { from, mention }], into, span });
    }
  return applyMovesWithMade(entities, made, moves);
}
