import type { Entity, TextSpan } from '../model/document';
import { literal } from '../text/literal';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { type Cut, cutIntoParts } from './name-parts';

/** A relative named right before a given name: "his son Nick", "Mr Howard's wife Sandra", "younger sister Serena". */
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:(?:elder|eldest|older|younger|youngest|late|baby|teenage)\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|stepson|stepdaughter|grandson|granddaughter|nephew|niece|cousin),?\s+$/u;

/**
 * A relative named by a given name alone ("introduced by his son Nick") is
 * someone whose surname was written before: the one whose relative they
 * are, mostly ("Sharon Osbourne … His wife Sharon"). When the surname of
 * the full name the given name was joined to ("Nick Vaughan", a student
 * quoted later) is written nowhere before it, they are two people, and the
 * given name is cut off as a person of its own. In the document's view
 * only (./link): the attribution model's coreference stays as it was.
 */
export function splitKinGivenNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const cuts: Cut[] = [];
  for (const from of entities) {
    const words = from.name.split(/\s+/);
    const surname = words.at(-1) as string;
    if (from.type !== 'PERSON' || words.length < 2) continue;
    for (const mention of from.mentions)
      if (isKinGivenName(text, mention, words[0] as string, surname))
        cuts.push({ from, mention, parts: [{ text: mention.text, start: mention.start }] });
  }
  return cutIntoParts(entities, cuts, table);
}

function isKinGivenName(text: string, m: TextSpan, given: string, surname: string): boolean {
  if (m.text !== given || !KIN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const before = text.slice(0, m.start);
  return !new RegExp(`(?:^|[^\\p{L}])${literal(surname)}(?![\\p{L}])`, 'u').test(before);
}
