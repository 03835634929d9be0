import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** Planets and the moons news names: one-word names the tagger types people or bodies ("Mars", "Europa"). */
// biome-ignore format: compact word list
const SKY_BODIES = new Set([
  'Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Moon',
  'Europa', 'Enceladus', 'Titan', 'Ganymede', 'Callisto', 'Phobos', 'Triton', 'Charon',
]);
/** Words of space travel and astronomy, or another planet's name, near a mention. */
const SPACE_WORD =
  /(?<![\p{L}-])(?:planets?|planetary|moons?|orbit(?:s|ing|ed|er)?|spacecraft|probes?|astronauts?|NASA|ESA|solar system|telescopes?|rovers?|lunar|asteroids?|crewed|Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto|Moon)(?![\p{L}-])/u;
/** How far either side of a mention, within its paragraph, a space word is looked for. */
const REACH = 100;

/**
 * A planet or moon typed a person, body or nation is a place (LOC): "send
 * humans to Mars", "Jupiter's moon Europa". Only when some mention has a
 * word of space or another planet close by, as "sister Venus", "research
 * firm Jupiter" and "the Titan corporation" are no planets. In the
 * document's view only (./link).
 */
export function retypeSkyBodies(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'LOC' && SKY_BODIES.has(e.name) && e.mentions.some((m) => inSpace(text, m.start, m.end))
      ? 'LOC'
      : undefined,
  );
}

function inSpace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  const after = text.slice(end, end + REACH);
  return (
    SPACE_WORD.test(before.slice(before.lastIndexOf('\n') + 1)) ||
    SPACE_WORD.test(after.split('\n')[0] as string)
  );
}
