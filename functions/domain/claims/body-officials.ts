import type { Entity } from '../model/document';
import { firstAfter, nearest, type PriorSpeaker } from './mention-order';

/** "US defense officials", "Ruritanian foreign ministry sources": the lower-case words between a place and the group's head. */
const MODIFIED_GROUP =
  /^\s+((?:[\p{Ll}-]+\s+){1,3})(?:officials?|sources?|spokes(?:man|men|woman|women|person|people))$/u;
/** The group's head that MODIFIED_GROUP ends on: a source without it is no such group, whatever it names. */
const GROUP_HEAD = /(?:officials?|sources?|spokes(?:man|men|woman|women|person|people))$/u;
/** Words that rank or place the people, or make them the country's own ("government officials" speak as the country). */
// biome-ignore format: compact word list
const NOT_A_BODY = new Set([
  'senior', 'top', 'high-ranking', 'unnamed', 'local', 'other', 'some', 'two', 'three', 'several', 'many',
  'government', 'administration', 'state-run', 'official', 'and', 'of', 'the',
]);
/** A government body's own word: a name without one ("Transport Workers Union") is no office of the country. */
const BODY_WORDS =
  /\b(?:department|ministry|office|agency|service|bureau|directorate|army|navy|police|commission)\b/iu;

const words = (name: string) => name.toLowerCase().split(/[^\p{L}-]+/u);

/**
 * "US defense officials" with "US Department of Defense" named in the
 * article: the body whose name has every word that modifies the group
 * ("defense"), named nearest before, else first after; a place or a people
 * only says whose body it is. Null when the source is no such group, or no
 * government body named has those words ("Pentagon officials" names its
 * body itself).
 */
export function bodyOfOfficials(
  source: { start: number; end: number; text: string },
  entities: Entity[],
  prior: PriorSpeaker[],
): string | null {
  // tested first: most sources are no such group, and the country search reads every mention
  if (!GROUP_HEAD.test(source.text)) return null;
  const country = entities
    .filter((e) => e.type === 'GPE' || e.type === 'NORP')
    .flatMap((e) => e.mentions)
    .find((m) => m.start >= source.start && m.end <= source.end);
  if (!country) return null;
  const group = MODIFIED_GROUP.exec(source.text.slice(country.end - source.start));
  const modifiers = (group?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const content = modifiers.filter((w) => !NOT_A_BODY.has(w));
  if (content.length === 0) return null;
  const bodies = entities.filter(
    (e) =>
      e.type === 'ORG' &&
      [e.name, ...e.aliases].some((n) => BODY_WORDS.test(n) && content.every((w) => words(n).includes(w))),
  );
  return nearest(bodies, source.start, ['ORG'], prior) ?? firstAfter(bodies, source.start);
}
