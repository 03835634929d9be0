import type { Entity } from '../model/document';
import { entityId } from './ids';
import { applyMoves, type Move, type Taken } from './mention-moves';
import { mergeSameIds } from './merge';

/** Given names that are also common words, which the tagger leaves off the surname after them. */
const WORD_GIVEN_NAMES = new Set(['Ray', 'Will', 'Bill', 'Cliff']);
/** One of them, or two initials, before a capitalised word, anywhere in the text. */
const WORD_GIVEN_NAME_IN_TEXT = new RegExp(
  `(?:${[...WORD_GIVEN_NAMES].join('|')}|\\b\\p{Lu}{2}) \\p{Lu}`,
  'u',
);
/** One of them, or two initials ("PJ Harvey", "CJ DeBose"), a space before a mention, not inside a longer word ("Blu-Ray"). */
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}'.-])(\p{Lu}\p{Ll}+|\p{Lu}{2}) $/u;
/** Two capitals that are a post or a code before a name, not initials: "DJ Trevor Nelson", "MC Kano", "Browns DL Sheldon Richardson", "UK Jones". */
const NOT_INITIALS = new Set([
  'UK',
  'US',
  'EU',
  'UN',
  'TV',
  'DJ',
  'MC',
  'MP',
  'PM',
  'QC',
  'DL',
  'DB',
  'LB',
  'QB',
  'WR',
  'TE',
  'RB',
  'OL',
  'DE',
  'DT',
  'CB',
]);
/** Initials standing as a given name. */
const isInitials = (word: string) => /^\p{Lu}{2}$/u.test(word) && !NOT_INITIALS.has(word);
const isGivenName = (word: string) => WORD_GIVEN_NAMES.has(word) || isInitials(word);
/** A surname: one capitalised word. */
const ONE_WORD = /^\p{Lu}[\p{L}'-]*$/u;

/**
 * A given name that is also a common word, cut off the person's surname by
 * the tagger: "soul legend Ray Charles" tagged "Charles", "Will Smith's
 * reign" "Smith", "Fox TV's Bill O'Reilly" a body "Bill" and a person
 * "O'Reilly". The mention widens to the given name (a mention that is just
 * the given name leaves its entity, as the film "Ray" took it), and a person
 * named by the surname alone takes the full name and its id. Not a modal
 * opening a question ("Will Henman win?"). In the document's view only (./link).
 */
export function joinWordGivenNames(text: string, entities: Entity[]): Entity[] {
  // most articles write none of these names before a capital: no mention to read then
  if (!WORD_GIVEN_NAME_IN_TEXT.test(text)) return entities;
  const byStart = new Map<number, Taken>();
  for (const from of entities)
    for (const mention of from.mentions) byStart.set(mention.start, { from, mention });
  const moves: Move[] = [];
  for (const from of entities) {
    if (from.type !== 'PERSON') continue;
    for (const mention of from.mentions) {
      if (!ONE_WORD.test(mention.text)) continue;
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[1];
      if (!given || !isGivenName(given)) continue;
      const start = mention.start - given.length - 1;
      // initials inside another name ("Irishmen JP" tagged a body) are that name's to keep
      if (isInitials(given) && crossed(entities, start, start + given.length)) continue;
      if (given === 'Will' && opensQuestion(text, start, mention.end)) continue;
      const before = byStart.get(start);
      if (before && before.mention.end !== start + given.length) continue;
      const taken = before ? [before, { from, mention }] : [{ from, mention }];
      moves.push({
        taken,
        into: from,
        span: { start, end: mention.end, text: text.slice(start, mention.end) },
      });
    }
  }
  if (moves.length === 0) return entities;
  return mergeSameIds(applyMoves(entities, moves).map(fullNamed));
}

/** A person named by a surname alone goes by the full name a mention now has, with its id. */
function fullNamed(e: Entity): Entity {
  if (e.type !== 'PERSON' || !ONE_WORD.test(e.name)) return e;
  const full = e.mentions.find(
    (m) => m.text.endsWith(` ${e.name}`) && isGivenName(m.text.split(' ')[0] ?? ''),
  );
  if (!full) return e;
  const id = e.id === entityId(e.type, e.name) ? entityId(e.type, full.text) : e.id;
  const aliases = [
    ...new Set([
      ...e.aliases.filter((a) => a !== full.text),
      ...(e.mentions.some((m) => m.text === e.name) ? [e.name] : []),
    ]),
  ].sort();
  return { ...e, id, name: full.text, aliases };
}

/** Whether "Will" opens a sentence that ends on a question mark: the modal, not the name. */
function opensQuestion(text: string, start: number, from: number): boolean {
  if (start > 0 && !/[.!?"'\n]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  const end = text.slice(from, from + 200).search(/[.!?\n]/);
  return end >= 0 && text[from + end] === '?';
}

/** Whether a mention crosses the span without starting and ending with it. */
function crossed(entities: Entity[], start: number, end: number): boolean {
  return entities.some((e) =>
    e.mentions.some((m) => m.start < end && start < m.end && !(m.start === start && m.end === end)),
  );
}
