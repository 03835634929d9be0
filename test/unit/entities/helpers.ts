import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention, TaggerType } from '../../../functions/domain/extract/types';
import type { Entity, EntityType } from '../../../functions/domain/model/document';

/** Every occurrence of each given surface, tagged with its type: a stand-in for the tagger. */
export function tag(text: string, spans: [string, TaggerType][]): TaggedMention[] {
  const out: TaggedMention[] = [];
  for (const [surface, type] of spans) {
    let at = text.indexOf(surface);
    while (at >= 0) {
      out.push({ start: at, end: at + surface.length, text: surface, type });
      at = text.indexOf(surface, at + surface.length);
    }
  }
  return out;
}

export function entitiesOf(text: string, spans: [string, TaggerType][]) {
  return linkEntities(annotate(text), tag(text, spans));
}

/** Each entity's type by its name. */
export const typesOf = (text: string, spans: [string, TaggerType][]) =>
  Object.fromEntries(entitiesOf(text, spans).map((e) => [e.name, e.type]));

/** As `tag`, but a surface inside a longer tagged one is not tagged again ("Rover" in "MG Rover"), as a tagger would. */
export function tagLongestFirst(text: string, spans: [string, TaggerType][]): TaggedMention[] {
  const kept: TaggedMention[] = [];
  for (const s of tag(
    text,
    [...spans].sort((a, b) => b[0].length - a[0].length),
  ))
    if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Each entity's id and mention texts, tagged longest first (`tagLongestFirst`). */
export const idsAndMentions = (text: string, spans: [string, TaggerType][]) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
  ]);

/** Each entity's id, type and mention texts, tagged longest first, in the document view unless `document` is false. */
export const idsTypesAndMentions = (text: string, spans: [string, TaggerType][], document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans), undefined, { document }).map((e) => [
    e.id,
    e.type,
    e.mentions.map((m) => m.text),
  ]);

/** An entity with a mention at each given occurrence (0-based) of each surface in the text, named by the first. */
export function entityAt(
  text: string,
  id: string,
  type: EntityType,
  mentions: [string, number][],
  roles: string[] = [],
): Entity {
  const spans = mentions.map(([surface, nth]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
    return { start: at, end: at + surface.length, text: surface };
  });
  return { id, name: spans[0]?.text ?? '', type, aliases: [], mentions: spans, roles, salience: 0.5 };
}
