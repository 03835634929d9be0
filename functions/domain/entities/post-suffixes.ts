import type { Entity, EntityType } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownNationality } from './known-names';
import { isListedNational } from './lexicons';
import { applyMovesWithMade, holder, type Move } from './mention-moves';

/** A name and a post in capitals after it: "Virgin Radio DJ", "MTV VJ", "Bolton West MP", "East Midlands MEP". */
const NAME_POST = /^(\p{Lu}.{1,40}) (DJ|VJ|MS?P|MEP)s?$/u;

/**
 * A name the tagger took with the post in capitals after it as one body or
 * place ("Virgin Radio DJ Pete Mitchell", "former MTV VJ", "the Manchester
 * Central MP,", "The East Midlands MEP, who quit") is the station or the
 * seat: the post is a common noun there (./common-acronyms), the holder's
 * role. A station before a DJ or VJ is a body, a seat or region before a
 * member a place; not a name opening on a nationality ("French Green MEP":
 * the party's people). In the document's view only (./link).
 */
export function cutPostSuffixes(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const from of entities) {
    if (from.type === 'PERSON') continue;
    for (const mention of from.mentions) {
      const [, name, post] = NAME_POST.exec(mention.text) ?? [];
      if (!name || !post) continue;
      const first = name.split(' ')[0] as string;
      if (isKnownNationality(first) || isListedNational(first)) continue;
      const type: EntityType = post.endsWith('J') ? 'ORG' : 'GPE';
      moves.push({
        taken: [{ from, mention }],
        into: holder(name, type, entities, made, table, (e) => e.type === type),
        span: { start: mention.start, end: mention.start + name.length, text: name },
      });
    }
  }
  return applyMovesWithMade(entities, made, moves);
}
