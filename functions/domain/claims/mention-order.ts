import type { Entity, EntityType, Range } from '../model/document';

/** A speaker already resolved earlier in the article. */
export interface PriorSpeaker {
  text: string;
  entityId: string | null;
  end: number;
  /** The other members of a joint source ("A and B said"). */
  others?: string[];
}

/**
 * The antecedent of the given types closest before `before`: the latest
 * entity mentioned, or the latest speaker when that speaker's source ends
 * after the mention.
 */
export function nearest(
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

/** The entity passing `ok` whose last mention before `before` ends latest. */
export function latest(entities: Entity[], before: number, ok: (e: Entity) => boolean): string | null {
  let best: { id: string; end: number } | null = null;
  for (const e of entities) {
    if (!ok(e)) continue;
    const end = lastMentionBefore(e, before);
    if (end >= 0 && (!best || end > best.end)) best = { id: e.id, end };
  }
  return best?.id ?? null;
}

/** The entity first mentioned at or after `after`. */
export function firstAfter(entities: Entity[], after: number): string | null {
  let best: { id: string; start: number } | null = null;
  for (const e of entities)
    for (const m of e.mentions)
      if (m.start >= after && (!best || m.start < best.start)) best = { id: e.id, start: m.start };
  return best?.id ?? null;
}

function lastMentionBefore(e: Entity, before: number): number {
  let end = -1;
  for (const m of e.mentions) if (m.end <= before && m.end > end) end = m.end;
  return end;
}

/** The entities with a mention ending in (from, to], with those mentions only. */
export function mentionedBetween(entities: Entity[], from: number, to: number): Entity[] {
  return keepMentions(entities, (m) => m.end > from && m.end <= to);
}

/** The entities with their mentions inside `ranges` left out (and those left with none, dropped). */
export function mentionedOutside(entities: Entity[], ranges: Range[]): Entity[] {
  return keepMentions(entities, (m) => !ranges.some((r) => m.start >= r.start && m.end <= r.end));
}

/** The entities with only the mentions `keep` passes (and those left with none, dropped). */
export function keepMentions(entities: Entity[], keep: (m: Range) => boolean): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.mentions.every(keep)) out.push(e);
    else {
      const mentions = e.mentions.filter(keep);
      if (mentions.length > 0) out.push({ ...e, mentions });
    }
  }
  return out;
}
