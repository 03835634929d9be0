import { type AliasTable, defaultAliasTable } from '../entities/alias-table';
import type { Entity } from '../model/document';

/** A short form: one word with two capitals or more ("DrKW", "BAA"). */
const SHORT_FORM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{L}&]{1,7}$/u;
/** Words an acronym skips. */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', '&', 'de']);

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

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
  if (!SHORT_FORM.test(phrase)) return null;
  const capitals = phrase.replace(/[^\p{Lu}]/gu, '');
  const fits = orgs.filter((e) =>
    [e.name, ...e.aliases].some((n) => n !== phrase && initials(n) === capitals),
  );
  return fits.length === 1 ? (fits[0] as Entity).id : null;
}
