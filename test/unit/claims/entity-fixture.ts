import type { Entity } from '../../../functions/domain/model/document';

/** An entity mentioned at the given [start, end) offsets, with the roles read around it. */
export function entity(
  id: string,
  type: Entity['type'],
  mentions: [number, number][],
  roles: string[] = [],
): Entity {
  return {
    id,
    name: id,
    type,
    aliases: [],
    roles,
    mentions: mentions.map(([start, end]) => ({ start, end, text: id })),
  };
}
