import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { cutIntoParts } from './name-parts';

/** Two capitalised names with "or" between them ("Welsh Assembly or Northern Ireland Assembly"). */
const ALTERNATIVES = /^(\p{Lu}.*?) or (\p{Lu}.*)$/u;

/**
 * Two names the tagger ran together over an "or" are two entities: "the
 * Hansard Society or Electoral Commission", "Meet the Fockers or Lemony
 * Snicket's …", "Quincy or Lupoli" were one organisation or person each. An
 * entity every mention of which is such a pair gives each name its own
 * mention, joining the entity of that name when the article has one, and
 * otherwise making one of the pair's type (or the alias table's entry). In
 * the document's view only (./link).
 */
export function splitAlternatives(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  // a pair the headline names too is left whole: its headline mentions have no parts to go to
  const pairs = entities.filter(
    (e) => e.mentions.length > 0 && !e.titleMentions && e.mentions.every((m) => ALTERNATIVES.test(m.text)),
  );
  const cuts = pairs.flatMap((from) =>
    from.mentions.map((mention) => {
      const [, left, right] = ALTERNATIVES.exec(mention.text) as RegExpExecArray;
      const parts = [
        { text: left as string, start: mention.start },
        { text: right as string, start: mention.end - (right as string).length },
      ];
      return { from, mention, parts };
    }),
  );
  return cutIntoParts(entities, cuts, table);
}
