import type { Entity, EntityType, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { mergeSameIds } from './merge';
import { tableEntity } from './table-entity';

/** A saint's name, with or without its "'s": "St James", "St. Mary's", "Saint Fintian's". */
const SAINT = /^(?:St\.?|Saint) \p{Lu}\p{Ll}+(?:['’]s)?$/u;
/** The possessive (unless the mention took it) and up to four capitalised words after it. */
const AFTER = /^(?:['’]s)? (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})/u;

/** The last word of a building's or a place's name, and of a body's ("St Egwin's Middle School"). */
// biome-ignore format: compact word list
const HEADS = new Map<string, EntityType>([
  ...['Palace', 'Chapel', 'Cathedral', 'Church', 'Abbey', 'Road', 'Street', 'Square', 'Park', 'Green',
    'Centre', 'Bridge', 'Place', 'Gate', 'Island'].map((w) => [w, 'LOC'] as const),
  ...['School', 'College', 'University', 'Hospital', 'Academy'].map((w) => [w, 'ORG'] as const),
]);

/**
 * A place or a body named for a saint that the tagger cut at the saint's
 * "'s" is one name: "St James's Palace" was the place "St James" and a
 * "Palace", "St David's Shopping Centre in Cardiff" "St David" and "Centre
 * in Cardiff", "St Egwin's Middle School" "St Egwin" and a school. A
 * mention of the saint's name, "'s" and capitalised words up to one a
 * building, a place or a school ends on (HEADS, which gives the type) is the
 * whole name; mentions inside it go, and one running on past it ("Centre in
 * Cardiff") goes too. Not without a head word ("St George's Day", "St
 * Andrew's Agreement" stay as the tagger had them). In the document's view
 * only (./link).
 */
export function joinSaintPossessives(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const spans: { span: TextSpan; type: EntityType; salience: number }[] = [];
  for (const e of entities)
    for (const m of e.mentions) {
      if (!SAINT.test(m.text)) continue;
      const after = AFTER.exec(text.slice(m.end, m.end + 80));
      const words = after?.[1]?.split(' ') ?? [];
      const last = words.findLastIndex((w) => HEADS.has(w));
      if (!after || last < 0) continue;
      const type = HEADS.get(words[last] as string) as EntityType;
      const end =
        m.end + after[0].length - (after[1] as string).length + words.slice(0, last + 1).join(' ').length;
      spans.push({ span: { start: m.start, end, text: text.slice(m.start, end) }, type, salience: share(e) });
    }
  if (spans.length === 0) return entities;
  const inside = (m: TextSpan) => spans.some(({ span }) => m.start >= span.start && m.start < span.end);
  const kept = entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => !inside(m));
    if (mentions.length === e.mentions.length) return [e];
    return mentions.length === 0 && !e.titleMentions ? [] : [{ ...e, mentions }];
  });
  const made: Entity[] = spans.map(({ span, type, salience }) => ({
    ...tableEntity(span.text, type, table),
    aliases: [],
    mentions: [span],
    roles: [],
    salience,
  }));
  return mergeSameIds([...kept, ...made]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** The salience one mention of an entity brings. */
const share = (e: Entity) => Math.round(((e.salience ?? 0) / Math.max(1, e.mentions.length)) * 1000) / 1000;
