import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { entityId } from './ids';
import { isKnownCountry } from './known-names';
import { peopleSheets } from './lineups';
import { applyMoves, type Move } from './mention-moves';
import { mergeSameIds } from './merge';
import { blankEntity } from './table-entity';

/** A bracket in a team sheet: a player's notes ("(Biarritz)", "(Narbonne, capt)"). */
const BRACKET = /\(([^()\n]{1,80})\)/g;

/** A club's name: capitalised words, a particle or "with" between ("Stade Francais", "Woodford Green with Essex Ladies"). */
const CLUB = /^\p{Lu}[\p{L}'.-]{0,30}(?: (?:\p{Lu}[\p{L}'.-]{0,30}|with|de|du|la|le)){0,5}$/u;

/** A country or county cut to a compass point's initial: "(S Africa)", "(N Ireland)", "(W Yorkshire)". */
const COMPASS_SHORT = /^[NSEW]\.? \p{Lu}/u;

/**
 * A name in brackets after a player in a team sheet is the player's club,
 * an organisation: the tagger reads "R de Marigny (Parma); M Bortolami
 * (Narbonne, capt), D dal Maso (Treviso)" as towns, a person or nothing
 * ("Stade Toulousain"), and cuts "Stade Francais" to "Francais". A bracket
 * with a digit is a substitute's minute ("(Bridge 45)"), and a country or
 * an abbreviation of three letters or fewer ("(Wales)", "(NZ)") is a
 * national side, left as it is, as is a bracket with a part no club's
 * name ("Windsor, Slough, Eton and Hounslow AC"). Only a note's own mention moves: the town
 * named in the prose stays a place. In the document's view only (./link).
 */
export function readLineupClubs(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const notes = peopleSheets(text, entities).flatMap((sheet) => clubNotes(text, sheet.start, sheet.end));
  if (notes.length === 0) return entities;
  const total = entities.reduce((n, e) => n + e.mentions.length, 0) + notes.length;
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const span of notes) {
    const taken = entities.flatMap((from) =>
      from.mentions
        .filter((m) => m.start >= span.start && m.end <= span.end)
        .map((mention) => ({ from, mention })),
    );
    if (
      taken.some((t) => t.from.type === 'ORG' && t.mention.start === span.start && t.mention.end === span.end)
    )
      continue;
    const into = club(span.text, entities, made, table);
    if (taken.length > 0) moves.push({ taken, into, span });
    // a note the tagger left untagged names a club the article has no entity for yet
    else if (made.get(into.name) === into) {
      into.mentions.push(span);
      into.salience = Math.round(((into.salience ?? 0) + 1 / total) * 1000) / 1000;
    }
  }
  if (moves.length === 0 && [...made.values()].every((e) => e.mentions.length === 0)) return entities;
  return mergeSameIds(
    applyMoves([...entities, ...made.values()], moves).sort(
      (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
    ),
  );
}

/** The clubs named in the brackets of one sheet line, as spans of the text. */
function clubNotes(text: string, start: number, end: number): TextSpan[] {
  const found: TextSpan[] = [];
  for (const bracket of text.slice(start, end).matchAll(BRACKET)) {
    const inner = bracket[1] as string;
    if (/\d/.test(inner)) continue;
    const parts = inner.split(',');
    // a club's name with commas in it ("Windsor, Slough, Eton and Hounslow AC") is no list of clubs
    if (!parts.every((p) => CLUB.test(p.trim()) || /^\p{Ll}/u.test(p.trim()))) continue;
    let at = start + (bracket.index ?? 0) + 1;
    for (const part of parts) {
      const name = part.trim();
      const from = at + part.indexOf(name);
      at += part.length + 1;
      if (name.length <= 3 || !CLUB.test(name) || isKnownCountry(name) || COMPASS_SHORT.test(name)) continue;
      found.push({ start: from, end: from + name.length, text: name });
    }
  }
  return found;
}

/** The article's organisation of that name, or one made for it (typed a body whatever the alias table types the town). */
function club(name: string, entities: Entity[], made: Map<string, Entity>, table: AliasTable): Entity {
  const found =
    entities.find((e) => e.type === 'ORG' && (e.name === name || e.aliases.includes(name))) ?? made.get(name);
  if (found) return found;
  const entry = table.lookup(name);
  const entity = blankEntity(
    entry?.type === 'ORG' ? entry : { id: entityId('ORG', name), name, type: 'ORG' },
  );
  made.set(name, entity);
  return entity;
}
