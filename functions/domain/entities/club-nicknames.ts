import type { Entity } from '../model/document';
import { joinToSoleFit } from './merge';
import { blankEntity } from './table-entity';
import { isAboutSport } from './team-names';

/**
 * A side's nickname and the names it stands for, as a sports report writes
 * them: "the Hammers" is West Ham, "the Azzurri" Italy; "Blues" and "Saints"
 * are the one of their sides the report names (a rugby report naming
 * Northampton and St Helens has none); "Forest" is Nottingham Forest's last
 * word, which the tagger leaves untagged alone. "Gunners" and "Red Devils"
 * are alias entries (./aliases.json).
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
  Saints: ['Southampton', 'Northampton', 'Northampton Saints', 'St Helens'], Forest: ['Nottingham Forest', 'Nottm Forest'],
}));
/** A nickname written where the tagger tagged nothing: a word of its own, capitalised. */
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...NICKNAMES.keys()].join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

/**
 * A side's nickname the tagger made an entity of its own joins the one
 * entity in a sports report that names that side ("West Ham … the Hammers'
 * fans"), keeping the side's id and type; where the side is not named, or
 * two of its names are entities apart, it stays. In the document's view
 * only (./link).
 */
export function joinClubNicknames(text: string, entities: Entity[]): Entity[] {
  const spotted = untagged(text, entities);
  if ((spotted.length === 0 && !entities.some((e) => NICKNAMES.has(e.name))) || !isAboutSport(text))
    return entities;
  const joined = joinToSoleFit(
    [...entities, ...spotted],
    (short) => NICKNAMES.has(short.name),
    (long, short) => NICKNAMES.get(short.name)?.includes(long.name) === true,
  );
  // an untagged nickname joins its side or is dropped: it makes no entity of its own
  return joined.filter((e) => !spotted.includes(e));
}

/** Each nickname's untagged occurrences, as a bare entity to fold into its side ("Saints boss Harry Redknapp"). */
function untagged(text: string, entities: Entity[]): Entity[] {
  const tagged = entities.flatMap((e) => e.mentions);
  const found = new Map<string, Entity>();
  for (const m of text.matchAll(WRITTEN)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (tagged.some((t) => t.start < end && t.end > start)) continue;
    const e = found.get(m[0]) ?? blankEntity({ id: `org.${m[0].toLowerCase()}`, name: m[0], type: 'ORG' });
    e.mentions.push({ start, end, text: m[0] });
    found.set(m[0], e);
  }
  return [...found.values()];
}
