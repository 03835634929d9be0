import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import type { Mention } from './mention';
import { applyMoves, type Move, renameCut } from './mention-moves';
import { mergeSameIds } from './merge';

/**
 * A place's modifier run into the name after it: "Bracknell-based Exel",
 * "Luxembourg-based Clearstream", "Glasgow-born Jo Bloggs". The tagger's
 * mention ending in the modifier gives its place (./modifiers); one going
 * on past it names what the place modifies. So too an owner's, a prize's,
 * an age or a pace: "Rosneft-owned Yugansk",
 * "Oscar-winning Pulp Fiction", "Ten-year-old Dakota Fanning", "Day-by-day
 * Schiff".
 */
const MODIFIED =
  /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*-(?:based|born|bred|headquartered|registered|listed|owned|winning|year-old|by-day|to-day) (\p{Lu}.*)$/u;

/** An age or a pace opening a person's name: "Seventeen-year-old Stone", "Day-by-day Schiff". */
const AGED = /^\p{Lu}\p{Ll}{1,12}(?:-\p{Ll}{1,12})?-(?:year-old|by-day|to-day) (\p{Lu}.*)$/u;

/** Whether a person's mention opens on an age or a pace. */
export const hasModifiedPerson = (mentions: Mention[]): boolean =>
  mentions.some((m) => m.type === 'PERSON' && AGED.test(m.text));

/**
 * A person's mention cut to the name after its age or pace before names are
 * linked, so "Day-by-day Schiff" is no second full name a bare "Schiff"
 * might be (a page's 22 were kept from Adam Schiff). Not a place's modifier
 * ("Sacramento-based McClatchy"): the tagger's person there is often a firm,
 * which the cut after linking finds. Document view only (./link).
 */
export function cutPersonModifiers(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const name = m.type === 'PERSON' ? AGED.exec(m.text)?.[1] : undefined;
    return name ? { ...m, start: m.end - name.length, text: name } : m;
  });
}

/**
 * Each mention so modified is cut to the name after the modifier, and
 * joins the entity of the article that goes by that name, else its own
 * entity takes the name. In the document's view only (./link).
 */
export function cutPlaceModifiers(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const moves: Move[] = [];
  const renames = new Map<string, string>();
  for (const from of entities) {
    for (const mention of from.mentions) {
      const name = MODIFIED.exec(mention.text)?.[1];
      if (!name) continue;
      const into = entities.find((e) => e !== from && e.mentions.some((m) => m.text === name)) ?? from;
      moves.push({
        taken: [{ from, mention }],
        into,
        span: { start: mention.end - name.length, end: mention.end, text: name },
      });
      if (into === from) renames.set(mention.text, name);
    }
  }
  if (moves.length === 0) return entities;
  return mergeSameIds(applyMoves(entities, moves).map((e) => renameCut(e, renames, table)));
}
