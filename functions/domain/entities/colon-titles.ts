import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownPlace } from './known-names';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/**
 * A work's subtitle after its colon: capitalised words or numbers, "of",
 * "the" and "a" only between them ("The Return of the King", "Volume 2");
 * not "and", which lists the next title ("Call of Duty: Finest Hour and
 * Hitman"), nor "on", "in" … before a day or place.
 */
const SUBTITLE =
  /^: ((?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})(?: (?:(?:of|the|a|an) ){0,2}(?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})){0,7})/u;
/**
 * A title before its colon inside a sentence, where the tagger found no work:
 * capitalised words with "of", "the", "for", "in" between, after a lower-case
 * word or a possessive ("Wesley Snipes' Blade: Trinity", "premiere of
 * Godzilla: Final Wars", "the best-selling Need for Speed: Underground"),
 * not a joiner after a capital, the title's own ("The Chronicles of Riddick:"); not
 * at a sentence's or line's start or after a comma, where a lineup, a speaker
 * or a score stands ("Everton: Martyn", "Wild 4, Sabres 1:").
 */
const TITLE_BEFORE =
  /(?:(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}-]*|['’]s?) (\p{Lu}[\p{L}\p{N}'’-]{0,23}(?: (?:(?:of|the|for|in) ){0,2}(?:\p{Lu}[\p{L}\p{N}'’-]{0,23}|\p{N}{1,4})){0,5})$/u;
/** A joiner after a capitalised word before the title: its start is further back ("The Chronicles of Riddick"). */
const JOINED_BEFORE = /\p{Lu}[\p{L}'’-]* (?:of|the|for|in) $/u;
/** The subtitle there may run on over "from", "to", "with" too: "Escape from Butcher Bay", "From Urbino to Rome". */
const CUED_SUBTITLE =
  /^: ((?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})(?: (?:(?:of|the|a|an|from|to|with) ){0,2}(?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})){0,7})/u;
/** A subtitle that ends on a small word, or goes on with one, is a clause, not a title ("X: The party is …"). */
const NO_SUBTITLE_END = /(?:^|\s)(?:The|A|An|Of|On|In|At|To)$/u;
const CLAUSE_AFTER = /^ (?:of|the|a|an|and)\s/u;
/** A subject opening a clause after the colon: "fight with Myles Garrett: He asked for it". */
const PRONOUN_FIRST = /^(?:I|He|She|It|We|They|You|This|That|There)\b/u;

/** A show's name run together at a colon: "CSI:NY", "CD:UK". */
const RUN_TOGETHER = /(?<![\p{L}\p{N}:/])\p{Lu}[\p{L}\p{N}]{0,8}:\p{Lu}[\p{L}\p{N}]{0,8}(?![\p{L}\p{N}:])/gu;

/**
 * A title with a subtitle after a colon is one work (MISC): the tagger ends
 * the work at the colon and types the subtitle apart ("Star Wars: The
 * Phantom | Menace", a person; "Call of Duty: | Finest Hour", a body) or
 * leaves it out ("Kill Bill: Volume 2"). Only after a mention of a work the
 * article already has (MISC), so a lineup's "Everton: Martyn" or a speaker's
 * "Carlos: Sim" stays; not a name run into a word before it ("HIV/AIDS:
 * Commitment"). A name run together at a colon ("CSI:NY", "CD:UK") is one
 * work too, not a show and a place. In the document's view only (./link).
 */
export function joinColonTitles(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const spans: TextSpan[] = [];
  for (const e of entities) {
    if (e.type !== 'MISC') continue;
    for (const m of e.mentions) {
      if (/[\p{L}\p{N}/-]/u.test(text.charAt(m.start - 1))) continue;
      const sub = SUBTITLE.exec(text.slice(m.end, m.end + 200));
      if (sub)
        spans.push({
          start: m.start,
          end: m.end + sub[0].length,
          text: text.slice(m.start, m.end + sub[0].length),
        });
    }
  }
  for (const colon of text.matchAll(/: \p{Lu}/gu))
    spans.push(...cuedTitle(text, colon.index, entities, table));
  for (const run of text.matchAll(RUN_TOGETHER)) {
    const span = { start: run.index, end: run.index + run[0].length, text: run[0] };
    if (entities.some((e) => e.mentions.some((m) => m.start < span.end && m.end > span.start)))
      spans.push(span);
  }
  if (spans.length === 0) return entities;
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  const used = new Set<TextSpan>();
  for (const span of spans) {
    const taken: Taken[] = [];
    let crosses = false;
    for (const from of entities)
      for (const mention of from.mentions) {
        if (mention.start >= span.end || mention.end <= span.start) continue;
        if (mention.start < span.start || mention.end > span.end || used.has(mention)) crosses = true;
        else taken.push({ from, mention });
      }
    if (crosses || taken.length === 0) continue;
    for (const t of taken) used.add(t.mention);
    const into = holder(span.text, 'MISC', entities, made, table, (e) => e.type === 'MISC');
    moves.push({ taken, into, span });
  }
  return applyMovesWithMade(entities, made, moves);
}

/** A title and subtitle around a colon inside a sentence, its title no known place ("in Cardiff: Wales 24"); each of its occurrences. */
function cuedTitle(text: string, colon: number, entities: Entity[], table: AliasTable): TextSpan[] {
  // a possessive's owner is no word of the title: "Wesley Snipes' Blade"
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, colon - 120), colon))?.[1]
    ?.split(/['’]s? /u)
    .at(-1);
  const start = colon - (title?.length ?? 0);
  if (JOINED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return [];
  const sub = CUED_SUBTITLE.exec(text.slice(colon, colon + 200))?.[1];
  if (
    !title ||
    !sub ||
    PRONOUN_FIRST.test(sub) ||
    NO_SUBTITLE_END.test(sub) ||
    CLAUSE_AFTER.test(text.slice(colon + 2 + sub.length))
  )
    return [];
  if (isKnownPlace(title) || table.lookup(title)?.type === 'GPE') return [];
  const end = colon + 2 + sub.length;
  if (entities.some((e) => e.type === 'MISC' && e.mentions.some((m) => m.start === start && m.end === colon)))
    return [];
  const whole = text.slice(start, end);
  const out: TextSpan[] = [];
  for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + whole.length))
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + whole.length)))
      out.push({ start: at, end: at + whole.length, text: whole });
  return out;
}
