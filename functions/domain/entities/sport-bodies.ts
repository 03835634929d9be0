import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownPlace } from './known-names';
import { applyMovesWithMade, holder, type Move } from './mention-moves';
import { retypeEntities } from './merge';

/** A sport whose national body is named for it and its country ("Athletics Kenya", "Tennis Australia"). */
const SPORT = '(?:Athletics|Swimming|Cycling|Rowing|Gymnastics|Triathlon|Tennis|Hockey|Netball|Cricket)';
const SPORT_BEFORE = new RegExp(`(?<![\\p{L}-])${SPORT} $`, 'u');
const BODY = new RegExp(`^${SPORT} (.{1,40})$`, 'u');

/**
 * A sport's national body is an organisation, not the country it ends on:
 * the tagger reads "Athletics Kenya" as Kenya or as a place. A known place
 * right after the sport's capitalised name is taken into the body's name,
 * and a body's name typed otherwise is retyped. In the document's view
 * only (./link).
 */
export function readSportBodies(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      const sport = SPORT_BEFORE.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[0];
      if (!sport || !isKnownPlace(mention.text)) continue;
      const start = mention.start - sport.length;
      if (entities.some((e) => e.mentions.some((m) => m.start <= start && m.end > start))) continue;
      const span = { start, end: mention.end, text: text.slice(start, mention.end) };
      moves.push({ taken: [{ from, mention }], into: holder(span.text, 'ORG', entities, made, table), span });
    }
  const moved = applyMovesWithMade(entities, made, moves);
  return retypeEntities(moved, (e) => {
    const place = BODY.exec(e.name)?.[1];
    return place && isKnownPlace(place) ? 'ORG' : undefined;
  });
}
