import type { Attribution } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';
import { held } from './continued-quote';
import type { CueLexicon } from './features';
import { CLAUSE_WORD, SAYING, saying } from './narrated-quote';

/**
 * `"We cannot assume the brain will not change," warns Baroness Greenfield.`:
 * a quote closed by a comma, "?" or "!", then a verb and its speaker to the
 * sentence's end. The tagger proposes no cue for a verb it seldom saw there
 * ("warns", "recalls", "smiles", "reads"), and the quote was left to no one.
 * A verb of saying or judging (cue-likeness from PolNeAR train, British
 * spellings read as American, "points out" as "pointed") is the cue, the
 * words after it the source: a name or title (up to two lower-case words
 * first: "former Olympian Steve Cram"), or a determiner phrase ("one
 * broker"), up to a preposition ("a telephone memo for Mr Heath": the memo
 * speaks, not its addressee) or a comma (", a director of Group Menatep",
 * ", who has dropped …"); not "said in a note". Only for a quote no content
 * holds that opens a sentence, or one a content runs on over into the tag,
 * and a verb no attribution has.
 */
const TAG =
  /(?<mark>[,?!])["”][^\S\n]+(?<cue>(?:\p{Ll}+(?:s|ed)|said|told)(?:[^\S\n]+out)?)[^\S\n]+(?<source>(?:(?:the|a|an|one|his|her|its|their)[^\S\n]+\p{L}|(?:\p{Ll}+[^\S\n]+){0,2}\p{Lu})[\p{L}\p{N}'’&-]*(?:[^\S\n]+(?!(?:for|to|in|at|on|from|after|during|with|about)[^\S\n])[\p{L}\p{N}'’&-]+){0,7})(?:[^\S\n]+(?:for|to|in|at|on|from|after|during|with|about)[^\S\n][^.!?\n]{1,80})?(?:,[^\S\n]+[^\s.!?"“”][^.!?\n"“”]{0,99})?[.!?](?=\s|["”]|$)/duy;
/**
 * The same tag in the usual order, speaker before verb (`"…," he concedes.`,
 * `"…?" Mr Weingarten pressed.`): the tagger misses some, and the quote went
 * on for the attribution before it (continued-quote.ts); a name only for a
 * quote another content holds. The speaker is "he", "she", "they" or "it", or a
 * determiner or name phrase (up to two lower-case words before a name), no
 * clause word in it.
 */
const USUAL =
  /(?<mark>[,?!])["”][^\S\n]+(?<source>[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:the|a|an|one|his|her|its|their)(?:[^\S\n]+[\p{L}\p{N}'’&-]+){1,5}|(?:\p{Ll}+[^\S\n]+){0,2}\p{Lu}[\p{L}\p{N}'’&-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}'’&-]*){0,4})[^\S\n]+(?<cue>\p{Ll}+(?:s|ed|said|told))(?:[^\S\n]+(?:in|to|at|on|from|during|after|with)[^\S\n][^.!?,\n]{1,80})?[.!?,](?=\s|["”]|$)/duy;
/** What may stand before a quote that opens a sentence: a sentence's end, a colon, or the paragraph's start. */
const OPENS = /(?:^|[.!?:"”]|\n)\s*$/u;

export function invertedTags(
  text: string,
  found: Attribution[],
  quotes: Quote[],
  lexicon: CueLexicon,
): Attribution[] {
  let out = [...found];
  for (const q of quotes) {
    if (q.runsOn || !OPENS.test(text.slice(Math.max(0, q.open - 3), q.open))) continue;
    const holders = out.filter((a) => held([a], q));
    const m = tagAfter(text, q.close - 1);
    const g = m?.indices?.groups;
    if (!m || !g?.cue || !g.source || !g.mark) continue;
    const cue = { start: g.cue[0], end: g.cue[1] };
    if (tagSaying(m.groups?.cue ?? '', lexicon, !m.usual) < SAYING) continue;
    // "of" may run a title on after the verb ("says the head of BP"), not a speaker before it
    if (m.usual && clausal(m.groups?.source ?? '')) continue;
    // a name before the verb the tagger mostly finds; PolNeAR train marks the rest it missed inside another content
    if (m.usual && !holders.length && !PRONOUN.test(m.groups?.source ?? '')) continue;
    if (out.some((a) => a.cue.some((c) => c.start < cue.end && cue.start < c.end))) continue;
    if (holders.some((a) => !swallows(a, q))) continue;
    const { start } = quotedWords(text, q);
    const end = m.groups?.mark === ',' ? g.mark[0] : g.mark[1];
    if (end <= start) continue;
    out = out.flatMap((a) => (holders.includes(a) ? givenUp(text, a, q) : [a]));
    out.push({ source: [{ start: g.source[0], end: g.source[1] }], cue: [cue], content: [{ start, end }] });
  }
  return out;
}

/**
 * How much `verb` reads as saying. Right after the quote's mark and before
 * its speaker a word in -s is a verb, even one PolNeAR mostly has as a noun
 * ("comments Robin Lee", "remarks the mayor"): it is read as its past form.
 */
function tagSaying(verb: string, lexicon: CueLexicon, inverted: boolean): number {
  const own = saying(verb, lexicon);
  if (!inverted || !/[^s]s$/u.test(verb)) return own;
  return Math.max(own, saying(`${verb.slice(0, -1)}ed`, lexicon));
}

/** The tag right after a quote's closing mark at `at`, verb first, else speaker first. */
function tagAfter(text: string, at: number): (RegExpExecArray & { usual?: true }) | null {
  TAG.lastIndex = at;
  const inverted = TAG.exec(text);
  if (inverted) return inverted;
  USUAL.lastIndex = at;
  const usual = USUAL.exec(text);
  return usual && Object.assign(usual, { usual: true as const });
}

const PRONOUN = /^(?:he|she|they|it)$/iu;
const DETERMINER = /^(?:the|a|an|one|his|her|its|their)$/u;

/** A speaker of several words with a clause word past its determiner ("and then Ann Lee"). */
const clausal = (source: string) =>
  source
    .split(/\s+/u)
    .some((w, i, all) => all.length > 1 && CLAUSE_WORD.test(w) && !(i === 0 && DETERMINER.test(w)));

/**
 * A content of a cue before the quote that runs on over the quote's own tag
 * (`… cash, Apacs said. "A," said Apacs spokeswoman Jemma Smith.`): the edge
 * ranker took the next sentence for a cue the tagger missed there.
 */
const swallows = (a: Attribution, q: Quote) =>
  a.cue.every((c) => c.end <= q.open) && a.content.some((f) => f.start < q.close && q.close - 1 <= f.end);

/** The content before the quote, the attribution dropped when none is left. */
function givenUp(text: string, a: Attribution, q: Quote): Attribution[] {
  const content = a.content.flatMap((f) => {
    if (f.start >= q.open) return [];
    const end = f.start + text.slice(f.start, Math.min(f.end, q.open)).replace(/[\s"“”]+$/u, '').length;
    return end > f.start ? [{ start: f.start, end }] : [];
  });
  return content.length ? [{ ...a, content }] : [];
}
