import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isCommonWord } from './common-words';
import { isFirstName } from './first-names';
import { isKnownOrganisation } from './known-names';
import { RANKS } from './lexicons';
import { applyMoves, type Move, renameCut } from './mention-moves';
import { mergeSameIds } from './merge';

/** A capitalised word, then a capitalised name. */
const DESCRIBED = /^(\p{Lu}\p{Ll}+) (\p{Lu}.*)$/u;
/** What ends the text before a sentence's first word: a full stop and space, or a new line. */
const SENTENCE_BREAK = /(?:[.!?]['"’”)]?[ \t]+|\n[ \t]*)$/u;
/** Words that open a name without describing it: "The Home Office" is the Home Office. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** A sentence's break and a quote opening it: `said: "Like Labour, …`. */
const QUOTED_BREAK = /(?:[.!?:]['"’”)]?[ \t]+|\n[ \t]*)["“]$/u;
/** Prepositions, which open no name of another's ("With Bridge having gone off", "Like Labour, the Lib Dems"). */
// biome-ignore format: compact word list
const PREPOSITIONS = new Set(['with', 'under', 'like', 'of', 'for', 'after', 'before', 'without', 'against', 'despite', 'unlike']);
/** A noun for one who does something, missing from the lexicon: "Bookmakers", "Winger", "Miner". */
const AGENT_NOUN = /\p{Ll}ers?$/u;

/**
 * A sentence's opening descriptor run into the name after it: "Rival Sony
 * has said", "Comic Pasquale beat", "Bookmakers Ladbrokes says", tagged as
 * one organisation. The descriptor is a word the lexicon has in lower case
 * (or a noun for one who does something, "Winger"), and no given name the
 * name list has or rank ("Prof Reddy") or article ("The Home Office"); the
 * whole is typed an organisation (as the tagger types such a pair; "New
 * York" stays) and is written only where a sentence opens, so
 * "Standard Chartered" and "Pop Idol" stay; the name after it is another
 * entity's of the article, a person or an organisation, or a person's
 * surname, and no common word ("Man City" stays), or a name the alias table or the gazetteer
 * knows as an organisation. The mention, cut to the name, joins the
 * entity of that name (./mention-moves), or its own entity takes the name. A
 * preposition ("With Bridge having gone off", `said: "Like Labour, …`) is
 * cut off a name of any type, at a sentence's or a quote's opening, when
 * another entity goes by the rest, a common word or not. In
 * the document's view only (./link).
 */
export function dropOpeningDescriptors(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const moves: Move[] = [];
  const renames = new Map<string, string>();
  for (const from of entities) {
    for (const mention of from.mentions) {
      const [, word, name] = DESCRIBED.exec(mention.text) ?? [];
      if (!word || !name || !isDescriptor(word)) continue;
      const preposition = PREPOSITIONS.has(word.toLowerCase());
      if ((from.type !== 'ORG' && !preposition) || !onlyOpensSentences(text, mention.text, preposition))
        continue;
      const into = preposition
        ? (namedElsewhere(name, from, entities) ?? holderOf(name, from, entities, table))
        : holderOf(name, from, entities, table);
      if (!into) continue;
      const start = mention.end - name.length;
      moves.push({ taken: [{ from, mention }], into, span: { start, end: mention.end, text: name } });
      if (into === from) renames.set(mention.text, name);
    }
  }
  if (moves.length === 0) return entities;
  return mergeSameIds(applyMoves(entities, moves).map((e) => renameCut(e, renames, table)));
}

function isDescriptor(word: string): boolean {
  return (
    (isCommonWord(word) || AGENT_NOUN.test(word)) &&
    !isFirstName(word) &&
    !RANKS.has(word.toLowerCase()) &&
    !DETERMINERS.has(word.toLowerCase())
  );
}

/** Whether every occurrence of the name opens a sentence (or, for a preposition, a quote): a descriptor, not a name's first word. */
function onlyOpensSentences(text: string, name: string, quoted = false): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    const before = text.slice(Math.max(0, at - 5), at);
    if (at > 0 && !SENTENCE_BREAK.test(before) && !(quoted && QUOTED_BREAK.test(before))) return false;
  }
  return true;
}

/**
 * After a preposition, the entity of the article that goes by the name, a
 * common word or not ("With Bridge" is Wayne Bridge, "Like Labour" Labour).
 */
function namedElsewhere(name: string, from: Entity, entities: Entity[]): Entity | undefined {
  return entities.find(
    (e) =>
      e !== from &&
      (e.name === name ||
        e.mentions.some((m) => m.text === name) ||
        (e.type === 'PERSON' && e.name.endsWith(` ${name}`))),
  );
}

/**
 * The entity a name is: another entity of the article that goes by it, a
 * person it is the surname of ("Matchwinner Keane" is Robbie Keane), else
 * the mention's own when the name is known.
 */
function holderOf(name: string, from: Entity, entities: Entity[], table: AliasTable): Entity | undefined {
  if (isCommonWord(name)) return undefined;
  const other = entities.find(
    (e) =>
      e !== from &&
      (e.type === 'PERSON' || e.type === 'ORG') &&
      (e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name)),
  );
  if (other) return other;
  const surnamed = entities.find((e) => e.type === 'PERSON' && e.name.endsWith(` ${name}`));
  if (surnamed) return surnamed;
  const known =
    from.mentions.some((m) => m.text === name) ||
    table.lookup(name)?.type === 'ORG' ||
    (name.length > 3 && isKnownOrganisation(name));
  return known ? from : undefined;
}
