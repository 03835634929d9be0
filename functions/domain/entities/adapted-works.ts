import type { Entity, TextSpan } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';
import { withWorks } from './with-mentions';
import { PERSON_NEXT } from './work-cues';

/**
 * A work made from another: "the film version of", "a big-screen version
 * of", "the sequel to", "a remake of", "the film adaptation of". A bare
 * "version of" is a product's ("the next version of Windows"), so a screen
 * or stage word must come before it.
 */
const CUE =
  /(?<![\p{L}])(?:(?:film|movie|screen|stage|TV|television|musical|length|live-action)\s+version\s+of|(?:sequel|prequel)\s+to|remake\s+of|adaptation\s+of)\s+(?=\p{Lu})/gu;
/** A title's word: capitalised or a number, a possessive or "It's" inside it ("The Hitchhiker's Guide"). */
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’-]{0,24}`;
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]{0,24}`;
/** Small words between a title's capitalised ones: "Charlie and the Chocolate Factory", "Fear and Loathing in Las Vegas". */
const SMALL = '(?:of|the|and|in|on|to|a|an|with|at|for|from)';
const TITLE = `${WORD}(?:\\s${WORD}|(?:\\s${SMALL}){1,3}\\s${CAPITAL_WORD}){0,8}`;
/**
 * What may come between the cue and the title: its author's possessive and
 * a few lower-case words ("Bizet's tragic opera", "Roald Dahl's classic",
 * "Shakespeare's"), or its maker and kind ("Ben Stiller comedy", "Hollywood
 * classic"); then the title.
 */
const AFTER_CUE = new RegExp(
  String.raw`^(?:(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}.-]{0,20}\s){0,2}\p{Lu}[\p{L}.-]{0,20}['’]s\s(?:\p{Ll}[\p{Ll}-]{0,20}\s){0,3}|(?:\p{Lu}[\p{L}-]{0,20}\s){1,3}(?:\p{Ll}[\p{Ll}-]{0,20}\s)?(?:comedy|classic|film|movie|novel|cartoon|opera|musical|drama|thriller|play|book|series|show)\s)?(${TITLE})`,
  'u',
);
/** A name that is the author or the kind's owner, no title: "Lemony Snicket novels", "Bill Cosby's TV cartoon", "Joe's car". */
const OWNER_END = /['’]s$/u;
const KIND_NEXT =
  /^\s(?:novels?|books?|stor(?:y|ies)|plays?|comedy|classic|cartoon|series|show|films?|movies?|musical|opera)\b/u;
/** Types the tagger wrongly gives a title; a work it typed MISC already stays. */
const CUT_TYPES = new Set(['PERSON', 'GPE', 'LOC', 'ORG']);

/**
 * The title of a work another is made from, right after "film version of",
 * "sequel to", "remake of" or "adaptation of" (its author's possessive or
 * its maker and kind may come between), is a work (MISC) whole: the tagger
 * made persons, places and bodies of such titles or of their words ("film
 * version of The Beverly Hillbillies", "stage version of Beauty | and the
 * | Beast", "remake of Roald Dahl's classic Charlie | and the Chocolate
 * Factory") or left them untagged ("the remake of The Fog"). Not a title a
 * mention crosses, an author's name with no title after it ("adaptation of
 * Lemony Snicket novels"), nor one before a person's verb. The title's other
 * mentions in the article, typed so, join it. In the document's view only
 * (./link).
 */
export function spotAdaptedWorks(text: string, entities: Entity[]): Entity[] {
  const titles: TextSpan[] = [];
  for (const cue of text.matchAll(CUE)) {
    const from = cue.index + cue[0].length;
    const read = AFTER_CUE.exec(text.slice(from, from + 200));
    const title = read?.[1];
    if (!read || !title || OWNER_END.test(title)) continue;
    const start = from + read[0].length - title.length;
    const end = start + title.length;
    const after = text.slice(end, end + 40);
    if (KIND_NEXT.test(after) || PERSON_NEXT.test(after)) continue;
    const span = { start, end, text: title };
    const over = entities.flatMap((e) =>
      e.mentions.filter((m) => m.start < end && start < m.end).map((m) => ({ e, m })),
    );
    if (over.some(({ m }) => m.start < start || m.end > end)) continue;
    if (over.some(({ e, m }) => e.type === 'MISC' && m.start === start && m.end === end)) continue;
    titles.push(span);
  }
  if (titles.length === 0) return entities;
  const names = new Set(titles.map((t) => t.text));
  const elsewhere = entities.flatMap((e) =>
    CUT_TYPES.has(e.type)
      ? e.mentions.filter((m) => names.has(m.text) && !titles.some((t) => t.start === m.start))
      : [],
  );
  const moved = [...titles, ...elsewhere];
  const kept = dropMentionsWhere(
    entities,
    (e, m) =>
      titles.some((t) => t.start <= m.start && m.end <= t.end) ||
      (CUT_TYPES.has(e.type) && elsewhere.includes(m)),
  );
  return withWorks(kept, moved);
}
