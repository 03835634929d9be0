import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';
import { withMentions, without } from './with-mentions';

/** One capitalised word. */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]{1,30}$/u;

/** A writer's surname in square brackets right after: "Gethin [Jenkins]". */
const BRACKETED = /^ \[(\p{Lu}[\p{L}'’-]{1,30})\]/u;

/**
 * A given name a quote's writer completed with the surname in square
 * brackets is that full name: "Gethin [Jenkins] won't be intimidated" is
 * Gethin Jenkins, not a "Gethin" and a "Jenkins" (the tagger cut it at the
 * bracket, and may type the surname a body, "Natalie [Appleton]"). The
 * person so named takes the whole span, and the article's other bare
 * mentions of that given name with it. In the document's view only (./link).
 */
export function joinBracketedSurnames(text: string, entities: Entity[]): Entity[] {
  let out = entities;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      // a one-word name the tagger took for a person: "Gethin", which no list of given names holds
      if (!ONE_WORD.test(m.text)) continue;
      const bracket = BRACKETED.exec(text.slice(m.end, m.end + 40));
      if (!bracket) continue;
      const name = `${m.text} ${bracket[1]}`;
      const span: TextSpan = { start: m.start, end: m.end + bracket[0].length, text: '' };
      span.text = text.slice(span.start, span.end);
      // the given name's other mentions are the same person: "Me and Gethin are quite young"
      const bare = e.name === m.text ? e.mentions.filter((o) => o !== m) : [];
      out = withMentions(
        without(out, [span, ...bare]),
        { id: entityId('PERSON', name), name, type: 'PERSON' },
        [span, ...bare],
      );
    }
  }
  return out;
}
