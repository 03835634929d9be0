import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { type Cut, cutIntoParts } from './name-parts';

/** "the Bush administration", "the Blair government": a leader's name, then the body. */
const BODY_AFTER = /^\s(administration|government)\b/u;
const THE_BEFORE = /(?<![\p{L}-])the\s$/iu;

/**
 * A government named for its leader is a body, not the leader: "the Bush
 * administration said", "the Blair government's plans" are an organisation
 * of their own ("Bush administration", one id across articles), cut from
 * the person's mentions, so a claim the administration makes is no claim of
 * the man's. Only a person's name (or a one-word MISC: the tagger types
 * "Bush" so in "Bush voters") after "the"; not a party's or a country's
 * ("the Labour government", "the Iraqi government"). In the document's view
 * only (./link).
 */
export function cutLeaderAdministrations(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const cuts: Cut[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && !(e.type === 'MISC' && !/\s/.test(e.name))) continue;
    for (const mention of e.mentions) {
      const body = BODY_AFTER.exec(text.slice(mention.end, mention.end + 16));
      if (!body || !THE_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start))) continue;
      const name = `${mention.text} ${body[1]}`;
      cuts.push({ from: { ...e, type: 'ORG' }, mention, parts: [{ text: name, start: mention.start }] });
    }
  }
  return cutIntoParts(entities, cuts, table);
}
