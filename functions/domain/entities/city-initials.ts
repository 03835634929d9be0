import type { Entity } from '../model/document';
import { entityId } from './ids';
import { withMentions } from './with-mentions';

/** Cities news calls by their initials: the tagger types "LA" a body. */
const CITIES = new Map([['LA', 'Los Angeles']]);
/** A quote mark right before: a nickname ("Antonio "LA" Reid"). */
const QUOTED = /["“‘']$/u;
/** A town and a comma before: a state's postal code ("Monroe, LA"; ./state-codes). */
const TOWN_BEFORE = /\p{Lu}[\p{L}.'’-]{0,30},[ \t]$/u;

/**
 * An entity every mention of which is a city's initials in capitals ("his
 * LA home", "awards in LA") joins the city (Los Angeles), not the state
 * "La." after a town, nor a nickname in quotes. In the document's view only
 * (./link).
 */
export function joinCityInitials(text: string, entities: Entity[]): Entity[] {
  let out = entities;
  for (const e of entities) {
    const city = CITIES.get(e.name);
    if (!city || !e.mentions.every((m) => m.text === e.name && isCity(text, m.start))) continue;
    const id = entityId('GPE', city);
    if (e.id === id) continue;
    out = withMentions(
      out.filter((o) => o !== e),
      { id, name: city, type: 'GPE' },
      e.mentions,
    );
  }
  return out;
}

function isCity(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 34), start);
  return !QUOTED.test(before) && !TOWN_BEFORE.test(before);
}
