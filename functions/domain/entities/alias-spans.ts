import type { AliasLookup } from './alias-table';
import { byStart, type Mention, overlaps } from './mention';

/** Up to two capitalised words right before a mention, on its line ("Liberal " before "Democrats"). */
const WORDS_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,2}$/u;
/** Up to two capitalised words right after it. */
const WORDS_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,2}/u;
/** An article opening a sentence is not part of the name. */
const ARTICLE = /^(?:The|A|An)\s/;

/**
 * Mentions widened to the name the alias table knows when the tagger left
 * a capitalised word of it out or tagged it apart: "Liberal" + "Democrat"
 * is the Liberal Democrats. Mentions the widened one covers are dropped.
 */
export function widenToAliases(text: string, mentions: Mention[], table: AliasLookup): Mention[] {
  let out = mentions;
  for (const m of mentions) {
    if (!out.includes(m)) continue;
    const wide = widest(text, m, table);
    if (!wide) continue;
    out = [...out.filter((o) => !overlaps(o, wide)), { ...m, ...wide }].sort(byStart);
  }
  return out;
}

function widest(
  text: string,
  m: Mention,
  table: AliasLookup,
): Pick<Mention, 'start' | 'end' | 'text'> | null {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? '';
  const after = WORDS_AFTER.exec(text.slice(m.end, m.end + 60))?.[0] ?? '';
  let best: Pick<Mention, 'start' | 'end' | 'text'> | null = null;
  for (const start of reaches(before.match(/\S+[ \t]+/g) ?? [], true).map((n) => m.start - n))
    for (const end of reaches(after.match(/[ \t]+\S+/g) ?? [], false).map((n) => m.end + n)) {
      const name = text.slice(start, end);
      if ((start === m.start && end === m.end) || ARTICLE.test(name) || !table.lookup(name)) continue;
      if (!best || end - start > best.end - best.start) best = { start, end, text: name };
    }
  return best;
}

/** How far a widening may reach into the words: none, the nearest word, all (two at most). */
function reaches(words: string[], fromEnd: boolean): number[] {
  const nearest = (fromEnd ? words.at(-1) : words[0])?.length;
  return nearest === undefined ? [0] : [0, nearest, words.join('').length];
}
