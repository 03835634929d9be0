import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import type { Range } from './assemble';

/** Verbs that report a statement or view and take a clause after a subject. */
// biome-ignore format: a word list
const REPORT_VERBS = [
  'says', 'say', 'said', 'claims', 'claim', 'claimed', 'argues', 'argue', 'argued', 'insists', 'insist', 'insisted',
  'believes', 'believe', 'maintains', 'maintain', 'maintained', 'contends', 'contend', 'warns', 'warn', 'warned',
  'fears', 'fear', 'predicts', 'predict', 'predicted', 'suggests', 'suggest', 'counters', 'counter', 'countered',
].join('|');

/** A word of a determiner phrase: not a relative, a conjunction or a verb that would make it a clause. */
const NOUN_WORD = String.raw`(?!(?:who|which|that|and|but|or|to|of|is|was|were|are|has|have|had|it|would|will)\b)[\p{L}\p{N}'’.-]+`;

/**
 * "…, but | and | while <subject> <verb> <clause>": a determiner phrase of up
 * to four words, a name of up to four capitalised words, a pronoun or a bare
 * plural of those who comment ("some", "others", "critics"). The verb is not a participle ("said to be",
 * "believed by"): a word that opens a clause follows it.
 */
const SECOND = new RegExp(
  String.raw`(?<conj>,?\s+(?:but|and|while|whereas))\s+(?<source>(?:the|a|an|his|her|their|its|some|many|other)\s+${NOUN_WORD}(?:\s+${NOUN_WORD}){0,3}?|(?!I\s)\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}|he|she|they|some|many|others|critics|analysts|experts|economists|observers|opponents|officials|campaigners)\s+(?<cue>(?:(?:has|have|had)\s+)?(?:also\s+)?(?:${REPORT_VERBS}))(?=\s+(?!(?:to|by|of|in|on|at|for|with|as|about|so)\b)[\p{L}"“])`,
  'gdu',
);

/** A capitalised subject that is a sentence adverb or a clause's opener, not a speaker. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Though|Also|Then|Now|It|This|That|There|These|Those|We|You)$/u;

/** Words in a span, counting only those with a letter. */
const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/**
 * "The Tories say the Lib Dems would make people pay more tax and Labour says
 * the party's sums do not add up": a content that runs over a second report
 * the tagger found no cue for holds two speakers' words. It ends before the
 * conjunction, and the second report is an attribution of its own, its
 * subject the source and its verb the cue (PolNeAR marks the second verb a
 * cue 106 times in the 122 such clauses in train). Only unquoted contents of
 * one fragment, a second cue no attribution has, and three words at least on
 * each side.
 */
export function splitSecondReports(
  text: string,
  quotes: readonly Quote[],
  found: Attribution[],
): Attribution[] {
  const quoted = (i: number) => quotes.some((q) => q.open < i && i < q.close);
  const cues = found.flatMap((a) => a.cue);
  return found.flatMap((a) => {
    const [content] = a.content;
    if (a.content.length !== 1 || !content) return [a];
    const span = text.slice(content.start, content.end);
    SECOND.lastIndex = 0;
    for (let m = SECOND.exec(span); m; m = SECOND.exec(span)) {
      const g = m.indices?.groups;
      if (!g?.conj || !g.source || !g.cue || NOT_A_SOURCE.test(m.groups?.source ?? '')) continue;
      const at = (i: number) => content.start + i;
      const cue = { start: at(g.cue[0]), end: at(g.cue[1]) };
      if (quoted(cue.start) || cues.some((c) => c.start < cue.end && cue.start < c.end)) continue;
      const first = { start: content.start, end: at(g.conj[0]) };
      while (first.end > first.start && /[\s,;:–—-]/u.test(text.charAt(first.end - 1))) first.end--;
      const rest = text.slice(cue.end, content.end);
      const second = { start: cue.end + rest.length - rest.trimStart().length, end: content.end };
      if (words(text.slice(first.start, first.end)) < 3 || words(text.slice(second.start, second.end)) < 3)
        continue;
      const source: Range = { start: at(g.source[0]), end: at(g.source[1]) };
      return [
        { ...a, content: [first] },
        { source: [source], cue: [cue], content: [second] },
      ];
    }
    return [a];
  });
}
