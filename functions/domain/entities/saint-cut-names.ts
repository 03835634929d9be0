import type { Entity, EntityType, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { mergeSameIds } from './merge';
import { tableEntity } from './table-entity';

/** A saint's title right before a name: "St Peter", "St. Martin", "Saint Kitts". */
const SAINT_BEFORE = /(?<![\p{L}.])(?:St\.?|Saint) $/u;
/** A possessive after the saint's name: "St Mary's", "St. Martin's". */
const POSSESSIVE = /^['’]s(?![\p{L}])/u;
/** A role the saint's title gave the person: "St", "St.", "Chalfont St". */
const SAINT_ROLE = /(?:^|\s)(?:St\.?|Saint)$/u;

/**
 * A person's one-word mention right after a saint's title is no person: the saint
 * names a place or a body ("Chalfont St Peter", "Saint Kitts", "Strachan
 * left St Mary's", "acquired by St. Martin's", the publisher, not George
 * R.R. Martin). The mention leaves the person, with the title the roles
 * pass read as his, and the saint's name is an entity of its own: a body
 * with a possessive (a club, a church, a publisher, a school), else a place.
 * Not a longer name, which a firm's cue may yet make a body ("security
 * firm Saint Bernard Software").
 * In the document's view only (./link).
 */
export function splitSaintCutNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const made: Entity[] = [];
  const kept = entities.flatMap((e) => {
    if (e.type !== 'PERSON') return [e];
    const cut = e.mentions.filter(
      (m) => !m.text.includes(' ') && SAINT_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start)),
    );
    if (cut.length === 0) return [e];
    // the salience one mention of the person brought
    const share = Math.round(((e.salience ?? 0) / e.mentions.length) * 1000) / 1000;
    for (const m of cut) {
      const start =
        m.start - (SAINT_BEFORE.exec(text.slice(Math.max(0, m.start - 7), m.start))?.[0].length ?? 0);
      const possessive = POSSESSIVE.exec(text.slice(m.end, m.end + 3))?.[0] ?? '';
      const span: TextSpan = {
        start,
        end: m.end + possessive.length,
        text: text.slice(start, m.end + possessive.length),
      };
      const type: EntityType = possessive ? 'ORG' : 'GPE';
      made.push({
        ...tableEntity(span.text, type, table),
        aliases: [],
        mentions: [span],
        roles: [],
        salience: share,
      });
    }
    const mentions = e.mentions.filter((m) => !cut.includes(m));
    if (mentions.length === 0 && !e.titleMentions) return [];
    return [{ ...e, mentions, roles: e.roles.filter((r) => !SAINT_ROLE.test(r)) }];
  });
  if (made.length === 0) return entities;
  return mergeSameIds([...kept, ...made]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}
