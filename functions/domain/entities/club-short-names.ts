import type { Entity } from '../model/document';
import { isKnownPlace } from './known-names';
import { joinToSoleFit } from './merge';
import { isAboutSport } from './team-names';

/** A club's word after its town: "Leeds United", "Exeter City", "Preston North End", "Leeds Rhinos". */
const CLUB_WORD =
  /^(?:United|City|Athletic|Rovers|Wanderers|Albion|Town|County|Hotspur|Argyle|North End|FC|Rhinos|Rugby)$/u;

/**
 * A sports report's one-word club joins the one club it shortens: its first
 * word before a town ("Sporting Lisbon … Sporting are", "Bayern Munich …
 * a Bayern spokesman") or its town before a club's word ("Leeds United …
 * Leeds as a great club"), keeping the full name's id. Only a name already
 * typed a club (./team-names), so "near Manchester" stays the city, and
 * with two such clubs (Manchester United and City) it joins neither. In
 * the document's view only (./link).
 */
export function joinClubShortNames(text: string, entities: Entity[]): Entity[] {
  if (!isAboutSport(text)) return entities;
  return joinToSoleFit(
    entities,
    (short) => short.type === 'ORG' && /^\p{Lu}[\p{L}'’-]{1,20}$/u.test(short.name),
    (long, short) => {
      if (long.type !== 'ORG' || !long.name.startsWith(`${short.name} `)) return false;
      const rest = long.name.slice(short.name.length + 1);
      return (
        CLUB_WORD.test(rest) ||
        (!isKnownPlace(short.name) &&
          /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u.test(rest) &&
          isKnownPlace(rest))
      );
    },
    { partial: true },
  );
}
