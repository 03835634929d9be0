import type { Entity } from '../model/document';
import { occurrences } from './firm-cues';
import { entityId } from './ids';
import { isKnownPlace } from './known-names';
import { mergeSameIds } from './merge';

const APOSTROPHE_S = /^['’]s(?![\p{L}\p{N}])/u;
/**
 * What only a name can stand before: a verb ("McDonald's said", "Foster's
 * is"), a clause's end or a comma ("at Sotheby's, will", "analyst at
 * Standard & Poor's."), or "and" and another name ("Moody's and Fitch").
 */
const NAME_AFTER =
  /^['’]s(?:\s+(?:said|says|has|have|had|is|was|were|will|would|could|added|announced|reported)\b|\s+(?:and|or)\s+\p{Lu}|[,.;:)])/u;

/**
 * A name the tagger cut before its "'s" ("McDonald's", "Moody's",
 * "Sotheby's"): every time the article writes it, "'s" follows, and once
 * where no possessive could stand (NAME_AFTER), so the "'s" is the name's.
 * A person's name it then is not: an organisation. Not a place the
 * gazetteer knows ("Scotland's"), nor a name with a role. In the
 * document's view only (./link).
 */
export function joinGenitiveNames(text: string, entities: Entity[]): Entity[] {
  let changed = false;
  const out = entities.map((e) => {
    if (!isGenitiveName(text, e)) return e;
    changed = true;
    const mentions = e.mentions.map((m) => ({ ...m, end: m.end + 2, text: text.slice(m.start, m.end + 2) }));
    const name = mentions[0]?.text ?? e.name;
    const type = e.type === 'PERSON' ? 'ORG' : e.type;
    const id = e.id === entityId(e.type, e.name) ? entityId(type, name) : e.id;
    return { ...e, id, name, type, mentions };
  });
  return changed ? mergeSameIds(out) : entities;
}

function isGenitiveName(text: string, e: Entity): boolean {
  if (e.roles.length > 0 || isKnownPlace(e.name) || e.mentions.some((m) => m.text !== e.name)) return false;
  const at = occurrences(text, e.name);
  const after = (o: { end: number }) => text.slice(o.end, o.end + 20);
  return at.every((o) => APOSTROPHE_S.test(after(o))) && at.some((o) => NAME_AFTER.test(after(o)));
}
