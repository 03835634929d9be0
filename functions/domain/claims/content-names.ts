import type { Entity, Range } from '../model/document';
import type { PriorSpeaker } from './mention-order';

const PERSON = /^(?:he|she)$/i;
/** "to see a new Gordon Brown": a version of the man, who may be the one speaking. */
const DESCRIBED = /\b[Aa]n?\s+(?:\p{Ll}{1,20}\s+)?$/u;
/** '…," added Prutton': a tag the content ran over, not a name in the words. */
const TAG = /\b(?:said|says|added|adds|continued|explained|insisted)\s+$/;

/**
 * The people "he" or "she" cannot stand for: the ones its own words name.
 * "Mr Sullivan made accounting decisions, he told the court": he is not
 * Sullivan; "Ruud is the best striker," he said: not Ruud. Outside quotes,
 * only names in the source's own sentence (a content the tagger ran on into
 * the next is narration again: "… he argued. Hobbes has been condemned"),
 * and none when the source lies within its content (the tagger took the
 * clause that names the speaker: "Peter Chelsom said he was disappointed").
 * Inside quotes, not a surname alone: speakers use given or full names, and
 * a quote left unclosed runs on into narration ("Bosvelt joined City").
 * "It" and "they" are left: a firm is named in its own statement ("the
 * MDA's own predictions, it said") as often as not.
 */
export function namedByContent(
  source: Range & { text: string },
  pieces: Range[],
  quoted: Range[],
  sentence: Range | undefined,
  entities: Entity[],
  text: string,
): Set<string> {
  const named = new Set<string>();
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last || !PERSON.test(source.text.trim())) return named;
  const holds = (r: Range, m: Range) => m.start >= r.start && m.end <= r.end;
  const within = holds({ start: first.start, end: last.end }, source);
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const surname = e.name.includes(' ') ? e.name.split(' ').at(-1) : undefined;
    const said = (m: Range & { text: string }) => {
      if (!pieces.some((p) => holds(p, m))) return false;
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      if (DESCRIBED.test(before) || TAG.test(before)) return false;
      if (quoted.some((q) => holds(q, m))) return m.text !== surname;
      return !within && sentence !== undefined && holds(sentence, m);
    };
    if (e.mentions.some(said)) named.add(e.id);
  }
  return named;
}

/** The entities and prior speakers left once those ids are out. */
export function withoutIds(
  ids: Set<string>,
  entities: Entity[],
  prior: PriorSpeaker[],
): { entities: Entity[]; prior: PriorSpeaker[] } {
  if (ids.size === 0) return { entities, prior };
  return {
    entities: entities.filter((e) => !ids.has(e.id)),
    prior: prior.filter((p) => !(p.entityId && ids.has(p.entityId))),
  };
}
