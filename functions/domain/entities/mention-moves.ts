import type { Entity, EntityType, TextSpan } from '../model/document';
import type { AliasTable } from './alias-table';
import { entityId } from './ids';
import { blankEntity, tableEntity } from './table-entity';

/** A mention and the entity it leaves. */
export interface Taken {
  from: Entity;
  mention: TextSpan;
}

/** The mentions that make one name, and the entity the name joins. */
export interface Move {
  taken: Taken[];
  into: Entity;
  span: TextSpan;
}

/**
 * Each taken mention leaves its entity (with its share of salience) for the
 * one the whole name joins, its surface an alias there. Not name-parts'
 * cutIntoParts, which makes a part an entity of its own with half its
 * source's salience and no alias: here the whole is already an entity.
 */
export function applyMoves(entities: Entity[], moves: Move[]): Entity[] {
  const share = (e: Entity) => (e.salience ?? 0) / Math.max(1, e.mentions.length);
  const taken = new Set(moves.flatMap((m) => m.taken.map((t) => t.mention)));
  const gained = new Map<Entity, Move[]>();
  for (const move of moves) gained.set(move.into, [...(gained.get(move.into) ?? []), move]);
  return entities.flatMap((e) => {
    const lost = e.mentions.filter((m) => taken.has(m));
    const gains = gained.get(e) ?? [];
    if (lost.length === 0 && gains.length === 0) return [e];
    const mentions = [...e.mentions.filter((m) => !taken.has(m)), ...gains.map((g) => g.span)].sort(
      (a, b) => a.start - b.start,
    );
    if (mentions.length === 0) return [];
    const surfaces = gains.map((g) => g.span.text).filter((s) => s !== e.name);
    const gainedShare = gains.reduce((sum, g) => sum + Math.max(...g.taken.map((t) => share(t.from))), 0);
    const salience =
      e.salience === undefined ? undefined : Math.min(1, e.salience - lost.length * share(e) + gainedShare);
    return [
      {
        ...e,
        mentions,
        aliases: [...new Set([...e.aliases, ...surfaces])].sort(),
        ...(salience === undefined ? {} : { salience: Math.round(salience * 1000) / 1000 }),
      },
    ];
  });
}

/** An entity whose name was a cut mention's whole text goes by the name it was cut to, with that name's id. */
export function renameCut(e: Entity, renames: Map<string, string>, table: AliasTable): Entity {
  const name = renames.get(e.name);
  if (!name || e.mentions.some((m) => m.text === e.name)) return e;
  const entry = table.lookup(name);
  const id = entry?.id ?? (e.id === entityId(e.type, e.name) ? entityId(e.type, name) : e.id);
  return { ...e, id, name: entry?.name ?? name, aliases: e.aliases.filter((a) => a !== name) };
}

/**
 * applyMoves where some moves go into entities made for them (ampersand-names'
 * holder): applyMoves drops an entity left with no mention; the made ones,
 * appended, go back in text order.
 */
export function applyMovesWithMade(entities: Entity[], made: Map<string, Entity>, moves: Move[]): Entity[] {
  if (moves.length === 0) return entities;
  return applyMoves([...entities, ...made.values()], moves).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/**
 * The article's entity of the whole name, else one made for it (the alias table's, when it knows the name),
 * kept in `made` for applyMovesWithMade; only an entity `fits` allows is the article's ("a seat is a place").
 */
export function holder(
  name: string,
  type: EntityType,
  entities: Entity[],
  made: Map<string, Entity>,
  table: AliasTable,
  fits: (e: Entity) => boolean = () => true,
): Entity {
  const found =
    entities.find(
      (e) =>
        fits(e) && (e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name)),
    ) ?? made.get(name);
  if (found) return found;
  const entity = blankEntity(tableEntity(name, type, table));
  made.set(name, entity);
  return entity;
}
