import type { Entity } from '../model/document';

/**
 * Bodies that sit in one country's government or parliament, or its parties
 * of government, by id: the alias table's where it has one ("Downing
 * Street", "the Commons", "Labour", "Congress"), else the id the name makes.
 * Where they are named, that country is the one governing, though the story
 * may name another place more often ("the legality of the Iraq war", said in
 * Downing Street and the Commons).
 */
// biome-ignore format: compact id list
const SEATS: Record<string, string> = {
  'org.downing-street': 'gpe.united-kingdom', 'org.house-of-commons': 'gpe.united-kingdom',
  'org.house-of-lords': 'gpe.united-kingdom', 'org.home-office': 'gpe.united-kingdom',
  'org.foreign-office': 'gpe.united-kingdom', 'org.cabinet-office': 'gpe.united-kingdom',
  'org.labour-party': 'gpe.united-kingdom', 'org.conservative-party': 'gpe.united-kingdom',
  'org.liberal-democrats': 'gpe.united-kingdom',
  'org.white-house': 'gpe.united-states', 'org.us-congress': 'gpe.united-states',
  'org.us-senate': 'gpe.united-states', 'org.us-department-of-defense': 'gpe.united-states',
  'org.us-treasury': 'gpe.united-states',
};

/** The country (an alias-table id) whose government the body sits in, if it is one of them. */
export const seatOf = (body: Entity): string | undefined => SEATS[body.id];
