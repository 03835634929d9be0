import { loadNerTagger } from '../ner/index';
import { tokenize } from '../text/tokenize';

/*
 * Names the NER model's gazetteer knows, by the index of their list in the
 * model (the order scripts/train/ner/gazetteers.ts writes: CoNLL train's
 * PER, ORG, LOC, MISC strings, then compromise's country, city, region,
 * demonym, first name, last name, person, organisation, role).
 */
const PLACE_LISTS = [2, 4, 5, 6];
const ORGANISATION_LISTS = [1, 11];
const NATIONALITY_LISTS = [7];

let places: Set<string> | undefined;
let organisations: Set<string> | undefined;
let nationalities: Set<string> | undefined;

/** Whether the model's gazetteer knows the name as a place ("Paris", "Silicon Valley"; not "Linux"). */
export function isKnownPlace(name: string): boolean {
  places ??= namesOf(PLACE_LISTS);
  return places.has(key(tokenize(name).map((t) => t.text)));
}

/** Whether the model's gazetteer knows the name as an organisation ("Gazprom", "Uefa"; not "Tube"). */
export function isKnownOrganisation(name: string): boolean {
  organisations ??= namesOf(ORGANISATION_LISTS);
  return organisations.has(key(tokenize(name).map((t) => t.text)));
}

/** Whether the model's gazetteer knows the word as a nationality ("Kenyan"; not "Azkaban", which only ends like one). */
export function isKnownNationality(name: string): boolean {
  nationalities ??= namesOf(NATIONALITY_LISTS);
  return nationalities.has(key(tokenize(name).map((t) => t.text)));
}

const key = (tokens: readonly string[]) => tokens.join(' ').toLowerCase();

function namesOf(indexes: number[]): Set<string> {
  const lists = loadNerTagger().gazetteerLists;
  return new Set(indexes.flatMap((i) => (lists[i] ?? []).map(key)));
}
