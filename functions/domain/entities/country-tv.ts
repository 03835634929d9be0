import type { Entity, EntityType } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownCountry, isKnownNationality } from './known-names';
import { isListedNational } from './lexicons';
import { applyMovesWithMade, holder, type Move } from './mention-moves';

/** A country's name or code, or a nationality, and "TV": "US TV", "UK TV", "British TV". */
const COUNTRY_TV = /^(\p{Lu}[\p{L}.]{1,20}) TV$/u;

/**
 * A country or nationality the tagger took with the "TV" after it as one
 * body ("US TV network Fox News", "the Rebel Billionaire, a US TV show",
 * "Most standard UK TV pictures", "British TV never realised") is the
 * country or the people: "TV" is a common noun there (./common-acronyms).
 * Only a country or nationality the gazetteer, the alias table or the
 * nationality list knows, so a channel named for
 * a place stays ("Mersey TV", "Fox TV"). In the document's view only
 * (./link).
 */
export function cutCountryTv(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const from of entities) {
    if (from.type === 'MISC') continue;
    for (const mention of from.mentions) {
      const word = COUNTRY_TV.exec(mention.text)?.[1];
      if (!word) continue;
      const type = countryOrPeople(word, table);
      if (!type) continue;
      const fits = (e: Entity) => e.type === type;
      moves.push({
        taken: [{ from, mention }],
        into: holder(word, type, entities, made, table, fits),
        span: { start: mention.start, end: mention.start + word.length, text: word },
      });
    }
  }
  return applyMovesWithMade(entities, made, moves);
}

/** A country the gazetteer or the alias table knows ("UK", "US"), else a nationality ("British", "American"). */
function countryOrPeople(word: string, table: AliasTable): EntityType | undefined {
  if (isKnownCountry(word) || table.lookup(word)?.type === 'GPE') return 'GPE';
  return isKnownNationality(word) || isListedNational(word) ? 'NORP' : undefined;
}
