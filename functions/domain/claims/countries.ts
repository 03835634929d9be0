import { isKnownCountry } from '../entities/known-names';
import type { Entity } from '../model/document';
import { placeNames } from './demonyms';

/** Places a nationality adjective names ("European", "Asian") that are no country. */
const CONTINENTS =
  /^(?:europe|asia|africa|americas|oceania|antarctica|(?:north|south|latin|central) america|middle east)$/i;

/**
 * Whether a place is a country, which "the government" can be: the
 * gazetteer's country list knows one of its names, the alias table's
 * included ("UK" for Britain), or the article names its people
 * (`peopleOf`: "Georgian" for Georgia, which the gazetteer knows as a US
 * state), unless it is a continent. A city, region or continent
 * ("London", "Norfolk", "Europe") is where things happen, not who governs.
 */
export function isCountry(place: Entity, peopleOf: ReadonlySet<string>): boolean {
  const names = placeNames(place);
  if (names.some(isKnownCountry)) return true;
  return peopleOf.has(place.id) && !names.some((n) => CONTINENTS.test(n));
}
