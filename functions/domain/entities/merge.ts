import type { Entity, EntityType } from '../model/document';
import { entityId } from './ids';

/** Which type wins a tie: the types users search by most first. */
export const TYPE_PRIORITY: EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'EVENT', 'LOC', 'MISC'];

/**
 * `into` with the mentions, names, roles and salience of `from` folded in
 * (neither is changed). A `partial` name (a surname) is no alias, as for
 * the partial names the linker joins itself.
 */
export function absorb(into: Entity, from: Entity, { partial = false } = {}): Entity {
  return {
    ...into,
    mentions: [...into.mentions, ...from.mentions].sort((a, b) => a.start - b.start),
    aliases: [...new Set([...into.aliases, ...from.aliases, ...(partial ? [] : [from.name])])]
      .filter((a) => a !== into.name)
      .sort(),
    roles: [...new Set([...into.roles, ...from.roles])],
    salience: Math.min(1, (into.salience ?? 0) + (from.salience ?? 0)),
  };
}

/**
 * Each entity `isShort` picks folded into the one other entity its name
 * `fits`, which keeps its place, id, name and type; none when two fit, and
 * never into a person's name. Several may fold into one.
 */
export function joinToSoleFit(
  entities: Entity[],
  isShort: (e: Entity) => boolean,
  fits: (long: Entity, short: Entity) => boolean,
  options: { partial?: boolean } = {},
): Entity[] {
  const joined = new Map<Entity, Entity>();
  for (const short of entities) {
    if (!isShort(short)) continue;
    const longs = entities.filter((e) => e !== short && e.type !== 'PERSON' && fits(e, short));
    if (longs.length === 1) joined.set(short, longs[0] as Entity);
  }
  return foldJoined(entities, joined, options.partial ?? false);
}

/**
 * Each entity `joined` maps folded into its target (absorb), which keeps its
 * place; several may fold into one. `partial` says, for each folded entity,
 * whether its name is a partial one (no alias). The input itself when none.
 */
export function foldJoined(
  entities: Entity[],
  joined: ReadonlyMap<Entity, Entity>,
  partial: boolean | ((from: Entity) => boolean),
): Entity[] {
  if (joined.size === 0) return entities;
  const merged = new Map<Entity, Entity>();
  for (const [from, into] of joined) {
    const options = { partial: typeof partial === 'function' ? partial(from) : partial };
    merged.set(into, absorb(merged.get(into) ?? into, from, options));
  }
  return entities.filter((e) => !joined.has(e)).map((e) => merged.get(e) ?? e);
}

/** Entities grouped by `keyOf`, each group folded into the entity `pick` chooses; the input itself when no group has two. */
export function mergeBy(
  entities: Entity[],
  keyOf: (e: Entity) => string,
  pick: (group: Entity[]) => Entity,
): Entity[] {
  const groups = new Map<string, Entity[]>();
  for (const e of entities) {
    const group = groups.get(keyOf(e));
    if (group) group.push(e);
    else groups.set(keyOf(e), [e]);
  }
  if (groups.size === entities.length) return entities;
  return [...groups.values()].map((group) => {
    const head = pick(group);
    return group.reduce((merged, e) => (e === head ? merged : absorb(merged, e)), head);
  });
}

/** Two groups may resolve to one canonical id (e.g. a tagger split); they are one entity. */
export function mergeSameIds(entities: Entity[]): Entity[] {
  return mergeBy(
    entities,
    (e) => e.id,
    (group) => group[0] as Entity,
  );
}

/**
 * One name the tagger typed several ways in an article ("TimeWarner" six
 * times ORG, once PERSON) is one entity, of the type most mentions have.
 */
export function mergeSameNames(entities: Entity[]): Entity[] {
  const byMentions = (a: Entity, b: Entity) =>
    b.mentions.length - a.mentions.length || TYPE_PRIORITY.indexOf(a.type) - TYPE_PRIORITY.indexOf(b.type);
  const merged = mergeBy(
    entities,
    (e) => e.id.slice(e.id.indexOf('.') + 1),
    (group) => [...group].sort(byMentions)[0] as Entity,
  );
  return merged === entities
    ? entities
    : merged.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/**
 * Each entity `typeOf` gives a new type retyped, its id following the type
 * unless the alias table gave it; entities that come to share an id are one.
 * The input itself when none changes.
 */
export function retypeEntities(entities: Entity[], typeOf: (e: Entity) => EntityType | undefined): Entity[] {
  let changed = false;
  const out = entities.map((e) => {
    const type = typeOf(e);
    if (!type || type === e.type) return e;
    changed = true;
    return { ...e, type, id: e.id === entityId(e.type, e.name) ? entityId(type, e.name) : e.id };
  });
  return changed ? mergeSameIds(out) : entities;
}
