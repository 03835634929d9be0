import { defaultAliasTable, surfacesOf } from '../entities/alias-table';
import type { Entity } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { type Discourse, salientAntecedent } from './salience';

const PARTY = /\bparty\b/iu;

/**
 * "UK Independence Party" → "UKIP": a capitalised word whole, else its first
 * letter. Not entities/acronyms' `abbreviates`, which takes one letter of
 * every word ("UIP") and is what acronym joins across the article rely on.
 */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => (/^\p{Lu}+$/u.test(w) ? w : w.charAt(0)))
    .join('')
    .toUpperCase();

/** The names the alias table knows an entity by: "Liberal Democrat Party" for the Liberal Democrats. */
function tableNames(id: string): string[] {
  const entry = defaultAliasTable.entry(id);
  return entry ? surfacesOf(entry) : [];
}

/**
 * The political parties an article names: an organisation with "party" in
 * one of its names ("Labour", known as the Labour Party, or "Liberal
 * Democrats", as the Liberal Democrat Party), or named by the initials of one
 * ("UKIP" beside "UK Independence Party").
 */
export function partiesOf(entities: Entity[]): Entity[] {
  const orgs = entities.filter((e) => e.type === 'ORG');
  const names = (e: Entity) => [e.name, ...e.aliases, ...tableNames(e.id)];
  const named = orgs.filter((e) => names(e).some((n) => PARTY.test(n)));
  const acronyms = new Set(
    named.flatMap((e) =>
      names(e)
        .filter((n) => PARTY.test(n))
        .map(initials),
    ),
  );
  return orgs.filter((e) => named.includes(e) || acronyms.has(e.name.toUpperCase()));
}

/**
 * "the party": the party the last sentences name first or that spoke last
 * ("Labour hit back at the Tory proposals … The party on Tuesday
 * challenged"), not the one named nearest before ("The Tories promise to
 * keep the payments. The Lib Dems would … says the party" is the Lib Dems).
 * Null when no party is named there.
 */
export function partySpeaker(
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  discourse: Discourse,
): string | null {
  return salientAntecedent(at, [partiesOf(entities)], prior, discourse);
}
