import type { Entity, TextSpan } from '../model/document';

/**
 * The entities without the mentions `drops` picks, and without an entity
 * left with none; the same array when it picks none (most articles).
 */
export function dropMentionsWhere(entities: Entity[], drops: (e: Entity, m: TextSpan) => boolean): Entity[] {
  if (!entities.some((e) => e.mentions.some((m) => drops(e, m)))) return entities;
  return entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => !drops(e, m));
    if (mentions.length === e.mentions.length) return [e];
    return mentions.length === 0 ? [] : [{ ...e, mentions }];
  });
}
