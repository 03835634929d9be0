import { loadNerTagger } from '../ner/index';
import { memoBounded } from '../text/memo';
import { tokenize } from '../text/tokenize';

/*
 * Names the NER model's gazetteer knows, by the index of their list in the
 * model (the order scripts/train/ner/gazetteers.ts writes: CoNLL train's
 * PER, ORG, LOC, MISC strings, then compromise's country, city, region,
 * demonym, first name, last name, person, organisation, role).
 */
const LISTS = {
  place: [2, 4, 5, 6],
  country: [4],
  organisation: [1, 11],
  nationality: [7],
} as const;

type Kind = keyof typeof LISTS;
const known = new Map<Kind, Set<string>>();

const key = (tokens: readonly string[]) => tokens.join(' ').toLowerCase();
/** A name's key, tokenized once: the entity rules ask about the same names again and again. */
const nameKey = memoBounded((name: string) => key(tokenize(name).map((t) => t.text)), 20_000);

function isKnown(kind: Kind, name: string): boolean {
  let names = known.get(kind);
  if (!names) {
    const lists = loadNerTagger().gazetteerLists;
    names = new Set(LISTS[kind].flatMap((i) => (lists[i] ?? []).map(key)));
    known.set(kind, names);
  }
  return names.has(nameKey(name));
}

/** Whether the model's gazetteer knows the name as a place ("Paris", "Silicon Valley"; not "Linux"). */
export const isKnownPlace = (name: string) => isKnown('place', name);

/** Whether the model's gazetteer knows the name as a country ("Iraq", "UK"; not "London", "Norfolk" or "Europe"). */
export const isKnownCountry = (name: string) => isKnown('country', name);

/** Whether the model's gazetteer knows the name as an organisation ("Gazprom", "Uefa"; not "Tube"). */
export const isKnownOrganisation = (name: string) => isKnown('organisation', name);

/** Whether the model's gazetteer knows the word as a nationality ("Kenyan"; not "Azkaban", which only ends like one). */
export const isKnownNationality = (name: string) => isKnown('nationality', name);

/** Whether the gazetteer knows the name as a place, an organisation or a nationality: a real name, no title's word. */
export const isKnownName = (name: string) =>
  isKnownPlace(name) || isKnownOrganisation(name) || isKnownNationality(name);
