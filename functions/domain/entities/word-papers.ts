import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';
import { crosses, withMentions, without } from './with-mentions';

/** Newspapers named by a common word, after "the": the tagger leaves "the Independent" untagged and reads "The Hill" as a person. */
const PAPER =
  /(?<![\p{L}\p{N}])([Tt]he)[ \t]+(Independent|Hill)(?![\p{L}\p{N}])(?![ \t]+(?:\p{Lu}|on[ \t]+Sunday))/gu;
/** Words before "the" that name a paper: "told the Independent", "according to The Hill". */
const CUE_BEFORE = /(?<!\p{L})(?:told|tells?|telling|according to|interview with|(?:news)?paper)[ \t]+$/iu;
/** Words after the name that name a paper: "the Independent newspaper", "The Hill reported". */
const CUE_AFTER = /^[ \t]+(?:(?:news)?paper|reported|reports|said|says)(?!\p{L})/u;
/** A sentence or quote opens right before: "The Hill" there may be any hill. */
const OPENS = /(?:[.!?:;"“”‘’(\n]|^)[ \t]*$/u;

/**
 * "the Independent" and "The Hill" are the newspapers where the words
 * around say so: a capital "The" inside a sentence (a paper's title), or
 * either case after "told", "according to" or "interview with", or before
 * "newspaper", "reported" or "said". Not before a capitalised word ("the
 * Independent Spirit Awards") or "on Sunday" (another paper), and not a
 * lower-case "on the Hill" (Capitol Hill). The tagger's "Hill" there leaves
 * its person. In the document's view only (./link).
 */
export function linkWordPapers(text: string, entities: Entity[]): Entity[] {
  const found = new Map<string, TextSpan[]>();
  for (const m of text.matchAll(PAPER)) {
    const the = m[1] as string;
    const word = m[2] as string;
    const start = m.index + m[0].length - word.length;
    const span = { start, end: start + word.length, text: word };
    if (!isPaper(text, m.index, span.end, the === 'The') || crossed(entities, span)) continue;
    const name = `The ${word}`;
    found.set(name, [...(found.get(name) ?? []), span]);
  }
  let out = entities;
  for (const [name, spans] of found)
    out = withMentions(without(out, spans), { id: entityId('ORG', name), name, type: 'ORG' }, spans);
  return out;
}

function isPaper(text: string, at: number, end: number, capital: boolean): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  return (
    (capital && !OPENS.test(before.slice(-8))) ||
    CUE_BEFORE.test(before) ||
    CUE_AFTER.test(text.slice(end, end + 14))
  );
}

/** A mention running past the word ("Independent Manchester United Supporters' Association"): it is part of another name. */
function crossed(entities: Entity[], span: TextSpan): boolean {
  return entities.some((e) => e.mentions.some((m) => crosses(m, span)));
}
