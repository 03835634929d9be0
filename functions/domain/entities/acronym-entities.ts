import type { Entity } from '../model/document';
import { abbreviates } from './acronyms';
import type { AliasTable } from './alias-table';
import { joinInto } from './merge';

/** Initials as news writes them: capitals, with "&", one lower-case letter ("BoE", "TfL") or a plural "s" ("CSOs"); not "Spider-Man" nor "PowerPage". */
const INITIALS = /^(?=[^a-z]*(?:[a-z][^a-z]*)?$)[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,6}s?$/;

/**
 * News names a body in full once and by its initials after, often with no
 * "(LTA)" between ("the Lawn Tennis Association … the LTA"): the acronym
 * joins the one entity of the article whose name it abbreviates, which keeps
 * its id, name and type. Two candidates join neither; an acronym the alias
 * table knows ("US", "BBC") is the table's; a person's name is never a long
 * form. In the document's view only (./link), as the attribution model's
 * trainer never saw it.
 */
export function joinAcronymEntities(entities: Entity[], table: AliasTable): Entity[] {
  const joined = new Map<Entity, Entity>();
  for (const short of entities) {
    if (!INITIALS.test(short.name) || table.lookup(short.name)) continue;
    const longs = entities.filter(
      (e) => e !== short && e.type !== 'PERSON' && /\s/.test(e.name) && abbreviates(short.name, e.name),
    );
    if (longs.length === 1) joined.set(short, longs[0] as Entity);
  }
  return joinInto(entities, joined);
}
