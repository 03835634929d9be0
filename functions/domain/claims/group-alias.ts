import { abbreviates, isAcronym } from '../entities/acronyms';
import { type AliasTable, defaultAliasTable } from '../entities/alias-table';
import type { Entity } from '../model/document';

/**
 * The organisation a source names by a word the entity tagger left
 * untagged: a name the alias table gives the party or body the article
 * names ("the Tories", "The Conservatives" beside the Conservative Party),
 * or a short form whose capitals are the initials of one organisation
 * named in full ("DrKW": Dresdner Kleinwort Wasserstein). Never one the
 * article does not name: "Conservatives" in US news are people.
 */
export function groupByAlias(
  written: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): string | null {
  const phrase = written.trim().replace(/^the\s+/i, '');
  if (!/^\p{Lu}/u.test(phrase)) return null;
  const orgs = entities.filter((e) => e.type === 'ORG');
  const ids = new Set(orgs.map((e) => e.id));
  const entry = table.lookup(phrase) ?? table.lookupInContext(phrase, ids);
  if (entry) return ids.has(entry.id) ? entry.id : null;
  if (!isAcronym(phrase)) return null;
  const fits = orgs.filter((e) => [e.name, ...e.aliases].some((n) => n !== phrase && abbreviates(phrase, n)));
  return fits.length === 1 ? (fits[0] as Entity).id : null;
}
