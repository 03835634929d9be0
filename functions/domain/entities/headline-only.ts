import type { Entity } from '../model/document';
import type { AliasTable } from './alias-table';
import { isCommonWord } from './common-words';
import { isKnownNationality, isKnownOrganisation, isKnownPlace } from './known-names';
import { isListedNational } from './lexicons';

/**
 * Whether an entity only the headline names is kept. Headlines are written
 * in a telegraphic title style the tagger reads poorly: over the BBC set,
 * about a third of the names found only there were no entity ("Classy
 * Henman", "Man Utd's", "(Sat)", "US TV"), and a person named in a headline
 * is named again in the body. So a headline-only name is kept only when
 * something beside the tagger vouches for it: the reviewed alias table
 * ("UK", "Labour"), the NER gazetteer's places ("Dubai") or organisations
 * ("Gazprom", not a common word such as "Best"), or the nationality lists (its own and the gazetteer's).
 */
export function keptFromHeadline(entity: Entity, table: AliasTable): boolean {
  const names = [entity.name, ...(entity.titleMentions ?? []).map((m) => m.text)];
  if (names.some((n) => table.lookup(n))) return true;
  switch (entity.type) {
    case 'GPE':
    case 'LOC':
      return names.some(isKnownPlace);
    case 'ORG':
      return names.some((n) => isKnownOrganisation(n) && !(isOneWord(n) && isCommonWord(n)));
    case 'NORP':
      return names.some((n) => isOneWord(n) && (isListedNational(n) || isKnownNationality(n)));
    default:
      return false;
  }
}

const isOneWord = (name: string) => !/\s/.test(name.trim());
