import type { Entity, EntityType } from '../model/document';
import type { AliasTable } from './alias-table';
import { entityId } from './ids';

/**
 * The id, name and type an entity made for a name takes: the alias table's
 * when it knows the name (`key`, the text looked up, defaults to the name),
 * else the given type and an id made from it.
 */
export function tableEntity(
  name: string,
  type: EntityType,
  table: AliasTable,
  key = name,
): { id: string; name: string; type: EntityType } {
  const entry = table.lookup(key);
  return {
    id: entry?.id ?? entityId(entry?.type ?? type, name),
    name: entry?.name ?? name,
    type: entry?.type ?? type,
  };
}

/** An entity made for a name the tagger gave none: no mentions yet, which the caller adds. */
export function blankEntity(
  base: { id: string; name: string; type: EntityType },
  roles: string[] = [],
): Entity {
  return { id: base.id, name: base.name, type: base.type, aliases: [], mentions: [], roles, salience: 0 };
}
