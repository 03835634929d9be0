import type { Entity } from '../model/document';
import { joinToSoleFit } from './merge';
import { isAboutSport } from './team-names';

/**
 * A side's nickname and the names it stands for, as a sports report writes
 * them: "the Hammers" is West Ham, "the Azzurri" Italy; "Blues" is the one
 * of its sides the report names. Not "Saints" (Southampton or Northampton,
 * in a rugby report both); "Gunners" and "Red Devils" are alias entries
 * (./aliases.json).
 */
// biome-ignore format: compact table
const NICKNAMES = new Map<string, string[]>(Object.entries({
  Blues: ['Chelsea', 'Birmingham', 'Birmingham City'], Hammers: ['West Ham', 'West Ham United'], Spurs: ['Tottenham', 'Tottenham Hotspur'],
  Reds: ['Liverpool'], Magpies: ['Newcastle', 'Newcastle United'], Boro: ['Middlesbrough'],
  Pompey: ['Portsmouth'], Toffees: ['Everton'], Addicks: ['Charlton', 'Charlton Athletic'],
  Blades: ['Sheffield United', 'Sheffield Utd'], Owls: ['Sheffield Wednesday'], Canaries: ['Norwich', 'Norwich City'],
  Baggies: ['West Brom', 'West Bromwich Albion'], Villans: ['Aston Villa'], Foxes: ['Leicester City'],
  Tigers: ['Leicester', 'Leicester Tigers'], Wolves: ['Wolverhampton', 'Wolverhampton Wanderers'],
  Azzurri: ['Italy'], 'Les Bleus': ['France'], Springboks: ['South Africa'], Boks: ['South Africa'],
  Wallabies: ['Australia'], Socceroos: ['Australia'], Pumas: ['Argentina'], 'All Blacks': ['New Zealand'],
}));

/**
 * A side's nickname the tagger made an entity of its own joins the one
 * entity in a sports report that names that side ("West Ham … the Hammers'
 * fans"), keeping the side's id and type; where the side is not named, or
 * two of its names are entities apart, it stays. In the document's view
 * only (./link).
 */
export function joinClubNicknames(text: string, entities: Entity[]): Entity[] {
  if (!entities.some((e) => NICKNAMES.has(e.name)) || !isAboutSport(text)) return entities;
  return joinToSoleFit(
    entities,
    (short) => NICKNAMES.has(short.name),
    (long, short) => NICKNAMES.get(short.name)?.includes(long.name) === true,
  );
}
