import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';
import { isKnownName } from './known-names';
import { withWorks } from './with-mentions';

/**
 * A title-case word: capitalised, its hyphened parts too ("Zero-Eight"; not
 * "Vegas-style"), and a song's clipped "-in’" or a possessive ("Takin’",
 * "Dawson’s").
 */
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]{0,20}(?:-[\p{Lu}\p{N}][\p{L}\p{N}]{0,20}){0,3}(?:['’]\p{Ll}?)?`;
const SMALL = '(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with)';
/** Two to nine words in title case inside double quotes, with the comma or stop US pages put inside ("“Black Water,”"). */
const QUOTED_TITLE = new RegExp(`["“](${WORD}(?:\\s(?:${SMALL}\\s){0,3}${WORD}){1,8})[,.]?["”]`, 'gu');
/** A quoted name with a title before it is a person's ("Mr Blair") or a post ("Chief Yahoo"), not a work. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|President|King|Queen|Prince|Princess|Chief)\s/u;
const CUT_TYPES = new Set(['PERSON', 'GPE', 'LOC', 'ORG']);

/**
 * A quoted title the tagger cut into a person, place or body ("“Takin’ It to
 * the Streets”" as "Takin", "“A Concert of Hope”" as the place "Hope",
 * "“Jesus Is Just Alright With Me”" as "Jesus") is one work (MISC), the
 * whole quote its mention. Not where a mention covers the quote whole (a
 * quoted name stays what it was), a name after an honorific ("Mr Blair"),
 * nor a quote holding a place, body or people the gazetteer knows, as
 * mottos and jibes do ("“Welcome to Cardiff”", "“UK Las Vegas”", "“Harry
 * the Nazi”"). In the document's view only (./link).
 */
export function spotQuotedTitles(text: string, entities: Entity[]): Entity[] {
  if (!text.includes('"') && !text.includes('“')) return entities;
  const titles: { start: number; end: number; text: string }[] = [];
  for (const q of text.matchAll(QUOTED_TITLE)) {
    const title = q[1] as string;
    if (HONORIFIC.test(title)) continue;
    const start = q.index + 1;
    const end = start + title.length;
    const inside = entities.flatMap((e) =>
      e.mentions.filter((m) => start <= m.start && m.end <= end).map(() => e),
    );
    const whole = entities.some((e) => e.mentions.some((m) => m.start === start && m.end === end));
    if (whole || !inside.some((e) => CUT_TYPES.has(e.type)) || inside.some(isRealName)) continue;
    titles.push({ start, end, text: title });
  }
  if (titles.length === 0) return entities;
  const kept = dropMentionsWhere(entities, (_, m) =>
    titles.some((t) => t.start <= m.start && m.end <= t.end),
  );
  return withWorks(kept, titles);
}

/** A place, body or people the gazetteer knows, or a nationality's word: a real name inside a slogan. */
function isRealName(e: Entity): boolean {
  return e.type === 'NORP' || isKnownName(e.name);
}
