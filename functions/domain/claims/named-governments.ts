import type { Entity } from '../model/document';
import { adjectiveCountry, governmentKey, isUnnamed } from './group-speaker';
import { partiesOf } from './party-speaker';

/** "the UK government", "Japan's government", "the Labour government": a name right before the word. */
const NAME_THEN_GOVERNMENT = /^(?:['’]s)?\s+government\b/iu;
/** "the government of Nigeria": the word right before the name. */
const GOVERNMENT_THEN_NAME = /\bgovernment\s+of\s+(?:the\s+)?$/iu;
/** "the government" on its own, the article's own (group-speaker.ts). */
const BARE_GOVERNMENT = /\bthe\s+government\b(?!\s+of\b)/iu;
/** How far from a name, in characters, its "government" is looked for. */
const REACH = 20;

/** The governments an article speaks of: countries (ids, or isUnnamed keys) and parties in government. */
export interface NamedGovernments {
  countries: Set<string>;
  parties: Set<string>;
}

/**
 * The governments the article names: a country's ("the UK government",
 * "the Japanese government", "the government of Nigeria", and a bare "the
 * government" as group-speaker.ts resolves it, when that is a place), and a
 * party's ("the Labour government").
 */
export function namedGovernments(text: string, entities: Entity[]): NamedGovernments {
  const countries = new Set<string>();
  const parties = new Set<string>();
  const partyIds = new Set(partiesOf(entities).map((e) => e.id));
  for (const e of entities) {
    const named = e.mentions.some(
      (m) =>
        NAME_THEN_GOVERNMENT.test(text.slice(m.end, m.end + REACH)) ||
        GOVERNMENT_THEN_NAME.test(text.slice(Math.max(0, m.start - REACH), m.start)),
    );
    if (!named) continue;
    if (e.type === 'GPE') countries.add(e.id);
    if (e.type === 'NORP') {
      const country = adjectiveCountry(e.name, entities);
      if (country) countries.add(country);
    }
    if (partyIds.has(e.id)) parties.add(e.id);
  }
  if (BARE_GOVERNMENT.test(text)) {
    const own = governmentKey(entities, text);
    if (own) countries.add(own);
  }
  return { countries, parties };
}

/**
 * The one government the article speaks of: its country when it names one
 * and only one, else (that country having no entity, or none named) the one
 * party it names in government; null when it names none or more than one.
 */
export function soleGovernment(
  text: string,
  entities: Entity[],
  { countries, parties }: NamedGovernments = namedGovernments(text, entities),
): string | null {
  if (countries.size > 1) return null;
  const [country] = countries;
  if (country && !isUnnamed(country)) return country;
  const [party] = parties;
  return parties.size === 1 && party ? party : null;
}
