import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/**
 * A work's subtitle after its colon: capitalised words or numbers, "of",
 * "the" and "a" only between them ("The Return of the King", "Volume 2");
 * not "and", which lists the next title ("Call of Duty: Finest Hour and
 * Hitman"), nor "on", "in" … before a day or place.
 */
const SUBTITLE =
  /^: ((?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})(?: (?:(?:of|the|a|an) ){0,2}(?:\p{Lu}(?:[\p{L}\p{N}'’-]{0,23}[\p{L}\p{N}])?|\p{N}{1,4})){0,7})/u;
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
