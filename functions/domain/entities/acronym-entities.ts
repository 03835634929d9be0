import type { Entity } from '../model/document';
import { abbreviates } from './acronyms';
import type { AliasTable } from './alias-table';
import { isLawName } from './law-names';
import { joinToSoleFit } from './merge';

/** Initials as news writes them: capitals, with "&", one lower-case letter ("BoE", "TfL") or a plural "s" ("CSOs"); not "Spider-Man" nor "PowerPage". */
const INITIALS = /^(?=[^a-z]*(?:[a-z][^a-z]*)?$)[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,6}s?$/;

/**
 * News names a body in full once and by its initials after, often with no
 * "(LTA)" between ("the Lawn Tennis Association … the LTA"): the acronym
 * joins the one entity of the article whose name it abbreviates, which keeps
 * its id, name and type. Two candidates join neither; an acronym the alias
 * table knows ("US", "BBC") is the table's; a person's name is never a long
 * form, nor a law read whole (./law-names) for initials typed a body. In the document's view only (./link), as the attribution model's
 * trainer never saw it.
 */
export function joinAcronymEntities(entities: Entity[], table: AliasTable): Entity[] {
  return joinToSoleFit(
    entities,
    (short) => INITIALS.test(short.name) && !table.lookup(short.name),
    (long, short) =>
      /\s/.test(long.name) &&
      abbreviates(short.name, long.name) &&
      // a body's initials ("the GLA") are no law's the text names in full ("the Greater London Act")
      !(long.type === 'MISC' && short.type === 'ORG' && isLawName(long.name)),
  );
}
