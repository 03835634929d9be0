import { ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, EntityType } from '../model/document';

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

/** A speaker already resolved earlier in the article. */
export interface PriorSpeaker {
  text: string;
  entityId: string | null;
  end: number;
}

const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/i;
const GROUP_PRONOUNS = /^(?:they|it|its|their)$/i;
const GROUP_NOUNS =
  /\b(?:group|organi[sz]ation|ministry|department|agency|company|firm|government|administration|party|militia|movement|office|army|military|coalition)$/i;
const TOPIC_PREPOSITIONS = /\s(?:on|about|regarding|into|over)\s/i;

/**
 * Links a source span to an entity: a name inside it, a pronoun or role
 * noun to the nearest compatible antecedent. Documents ("the report") are
 * resolved before this, in documents.ts.
 */
export function resolveSpeaker(source: SourceSpan, entities: Entity[], prior: PriorSpeaker[]): string | null {
  const inside = namedInside(source, entities);
  if (inside) return inside;
  const phrase = source.text.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (PERSON_PRONOUNS.test(phrase)) return nearest(entities, source.start, ['PERSON'], prior);
  if (GROUP_PRONOUNS.test(phrase)) return nearest(entities, source.start, ['ORG', 'GPE', 'NORP'], prior);
  const head = phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (ROLE_NOUNS.has(head)) {
    const byRole = latest(
      entities,
      source.start,
      (e) => e.type === 'PERSON' && e.roles.some((r) => r.toLowerCase().includes(head)),
    );
    return byRole ?? nearest(entities, source.start, ['PERSON'], prior);
  }
  if (GROUP_NOUNS.test(phrase)) return nearest(entities, source.start, ['ORG'], prior);
  return null;
}

/** The entity named in the source's head, ignoring what a document is about ("report on X"). */
function namedInside(source: SourceSpan, entities: Entity[]): string | null {
  const topic = TOPIC_PREPOSITIONS.exec(source.text);
  const limit = topic ? source.start + topic.index : source.end;
  const hits: { entity: Entity; start: number }[] = [];
  for (const e of entities) {
    for (const m of e.mentions)
      if (m.start >= source.start && m.end <= limit) hits.push({ entity: e, start: m.start });
  }
  const people = hits.filter((h) => h.entity.type === 'PERSON');
  const pick = (people.length > 0 ? people : hits.filter((h) => h.entity.type !== 'NORP')).sort(
    (a, b) => b.start - a.start,
  )[0];
  return pick?.entity.id ?? null;
}

function nearest(
  entities: Entity[],
  before: number,
  types: EntityType[],
  prior: PriorSpeaker[],
): string | null {
  const speaker = [...prior]
    .reverse()
    .find((p) => p.entityId && entities.some((e) => e.id === p.entityId && types.includes(e.type)));
  const mention = latest(entities, before, (e) => types.includes(e.type));
  if (!speaker) return mention;
  if (!mention) return speaker.entityId;
  const mentionEnd = lastMentionBefore(entities.find((e) => e.id === mention) as Entity, before);
  return speaker.end >= mentionEnd ? speaker.entityId : mention;
}

function latest(entities: Entity[], before: number, ok: (e: Entity) => boolean): string | null {
  let best: { id: string; end: number } | null = null;
  for (const e of entities) {
    if (!ok(e)) continue;
    const end = lastMentionBefore(e, before);
    if (end >= 0 && (!best || end > best.end)) best = { id: e.id, end };
  }
  return best?.id ?? null;
}

function lastMentionBefore(e: Entity, before: number): number {
  let end = -1;
  for (const m of e.mentions) if (m.end <= before && m.end > end) end = m.end;
  return end;
}
