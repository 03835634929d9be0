import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';
import { withWorks } from './with-mentions';

/** A title-case word, a contraction's too ("Don't", "I'm"); not a possessive, the title's owner ("Don Gibson's"). */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}]{0,20}(?:['’](?:t|m|re|ve|ll|d))?`;
/**
 * Title-case words with a capitalised negative contraction among them ("Boys Don't Cry", "If I Ain't Got
 * You", "Ain't Nobody"), after a lower-case word, a comma or a bracket: a capital "Don't" inside a sentence
 * opens no clause. Not at a sentence's or a quote's start, where any clause's words may be capitalised.
 */
const TITLE = new RegExp(
  String.raw`(?<=[\p{Ll},] |\()(?:${WORD} ){0,6}\p{Lu}\p{Ll}{0,5}n['’]t(?: ${WORD}){1,6}(?![\p{L}\p{N}'’])`,
  'gu',
);
/** A small word and a capital after the run: a title with "for" or "of" in it, whose end is not sure. */
const GOES_ON = /^ (?:a|an|as|at|by|for|from|in|into|of|on|the|to|with) \p{Lu}/u;

/**
 * A song's or a film's title with a negative contraction in it is one work
 * (MISC): the tagger's tokens split "Don't" into "Do" and "n't", so it cut
 * the title there ("Boys Don't Cry" a place "Boys Do", "Ain't Nobody" a
 * person "Ai") or took its last words for a name ("Don't Forget Your
 * Toothbrush" a person "Your Toothbrush"). Not where a mention holds the
 * title whole or runs past it. In the document's view only (./link).
 */
export function spotContractionTitles(text: string, entities: Entity[]): Entity[] {
  if (!/\p{Lu}\p{Ll}{0,5}n['’]t /u.test(text)) return entities;
  const titles: { start: number; end: number; text: string }[] = [];
  for (const t of text.matchAll(TITLE)) {
    const start = t.index;
    const end = start + t[0].length;
    if (GOES_ON.test(text.slice(end, end + 30))) continue;
    const crosses = entities.some((e) =>
      e.mentions.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end)),
    );
    const whole = entities.some((e) => e.mentions.some((m) => m.start === start && m.end === end));
    if (!crosses && !whole) titles.push({ start, end, text: t[0] });
  }
  if (titles.length === 0) return entities;
  const kept = dropMentionsWhere(entities, (_, m) =>
    titles.some((t) => t.start <= m.start && m.end <= t.end),
  );
  return withWorks(kept, titles);
}
