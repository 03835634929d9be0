import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';
import { withMentions, without } from './with-mentions';

/** A compass point in lower case right before the mention: "in north America". */
const COMPASS_BEFORE = /(?<![\p{L}-])(north|south|central|latin)[ -]$/u;

/**
 * "America" after a lower-case compass point is the continent, not the US
 * the alias table makes of a bare "America": "a cold spell in north
 * America" joins North America, its mention widened to take the word. In
 * the document's view only (./link).
 */
export function readCompassAmericas(text: string, entities: Entity[]): Entity[] {
  const found = new Map<string, TextSpan[]>();
  for (const e of entities)
    for (const m of e.mentions) {
      if (m.text !== 'America') continue;
      const compass = COMPASS_BEFORE.exec(text.slice(Math.max(0, m.start - 10), m.start))?.[1];
      if (!compass) continue;
      const start = m.start - compass.length - 1;
      const name = `${compass[0]?.toUpperCase()}${compass.slice(1)} America`;
      found.set(name, [...(found.get(name) ?? []), { start, end: m.end, text: text.slice(start, m.end) }]);
    }
  let out = entities;
  for (const [name, spans] of found)
    out = withMentions(without(out, spans), { id: entityId('GPE', name), name, type: 'GPE' }, spans);
  return out;
}
