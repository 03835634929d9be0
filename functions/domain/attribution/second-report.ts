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

/**
 * "…, but | and (also) <verb> <clause>" with no subject of its own: the
 * speaker goes on ("Analysts said the figures were disappointing but argued
 * that …").
 */
const GOES_ON = new RegExp(
  String.raw`(?<conj>,?\s+(?:but|and))\s+(?<cue>(?:(?:has|have|had)\s+)?(?:also\s+)?(?:${REPORT_VERBS}))(?=\s+(?!(?:to|by|of|in|on|at|for|with|as|about|so)\b)[\p{L}"“])`,
  'gdu',
);
/** A verb's base form: "to monitor fraud and warn people" is an infinitive's, unless the first cue is plural too ("say … and believe"). */
const BASE_FORM =
  /^(?:(?:has|have|had)\s+)?(?:also\s+)?(?:say|claim|argue|insist|believe|maintain|contend|warn|fear|predict|suggest|counter)$/u;
const PLURAL_CUE =
  /(?:^|\s)(?:have|say|claim|argue|insist|believe|maintain|contend|warn|fear|predict|suggest|counter|think|add|deny|admit)$|^have\s/iu;

/** A report verb in the first part: "Mr Livingstone has said … and said" is his, not the speaker's. */
const REPORT_IN = new RegExp(String.raw`\b(?:${REPORT_VERBS})\b`, 'iu');

/** A capitalised subject that is a sentence adverb or a clause's opener, not a speaker. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Though|Also|Then|Now|It|This|That|There|These|Those|We|You)$/u;

/** Words in a span, counting only those with a letter. */
const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;

/** A second report found in a content: where its conjunction starts and its cue (offsets in the content), and its source. */
interface Second {
  conj: number;
  cue: [number, number];
  source: Range[];
}

/**
 * Each attribution whose content runs over a second report `find` finds,
 * as two: the first ending before the conjunction, the second the report's.
 * Only unquoted contents of one fragment, a second cue no attribution has,
 * and three words at least on each side.
 */
function splitAt(
  text: string,
  quotes: readonly Quote[],
  found: Attribution[],
  find: (a: Attribution, span: string, at: (i: number) => number) => Iterable<Second>,
): Attribution[] {
  const quoted = (i: number) => quotes.some((q) => q.open < i && i < q.close);
  const cues = found.flatMap((a) => a.cue);
  return found.flatMap((a) => {
    const [content] = a.content;
    if (a.content.length !== 1 || !content) return [a];
    const at = (i: number) => content.start + i;
    for (const s of find(a, text.slice(content.start, content.end), at)) {
      const cue = { start: at(s.cue[0]), end: at(s.cue[1]) };
      if (quoted(cue.start) || cues.some((c) => c.start < cue.end && cue.start < c.end)) continue;
      const first = { start: content.start, end: at(s.conj) };
      while (first.end > first.start && /[\s,;:–—-]/u.test(text.charAt(first.end - 1))) first.end--;
      const rest = text.slice(cue.end, content.end);
      const second = { start: cue.end + rest.length - rest.trimStart().length, end: content.end };
      if (words(text.slice(first.start, first.end)) < 3 || words(text.slice(second.start, second.end)) < 3)
        continue;
      return [
        { ...a, content: [first] },
        { source: s.source, cue: [cue], content: [second] },
      ];
    }
    return [a];
  });
}

/**
 * "The Tories say the Lib Dems would make people pay more tax and Labour says
 * the party's sums do not add up": a content that runs over a second report
 * the tagger found no cue for holds two speakers' words. It ends before the
 * conjunction, and the second report is an attribution of its own, its
 * subject the source and its verb the cue (PolNeAR marks the second verb a
 * cue 106 times in the 122 such clauses in train).
 */
export function splitSecondReports(
  text: string,
  quotes: readonly Quote[],
  found: Attribution[],
): Attribution[] {
  return splitAt(text, quotes, found, function* (_, span, at) {
    SECOND.lastIndex = 0;
    for (let m = SECOND.exec(span); m; m = SECOND.exec(span)) {
      const g = m.indices?.groups;
      if (!g?.conj || !g.source || !g.cue || NOT_A_SOURCE.test(m.groups?.source ?? '')) continue;
      yield { conj: g.conj[0], cue: g.cue, source: [{ start: at(g.source[0]), end: at(g.source[1]) }] };
    }
  });
}

/**
 * "Analysts said the figures were disappointing but argued that …": with no
 * subject before the second verb the speaker goes on, so the second report
 * takes the first one's source, when it has one and the first part reports
 * no one else's words. Used for claims, not in the attribution output:
 * PolNeAR train marks such a verb a cue 103 times in 126 (with a source 102
 * times in 107), but its annotators bound the two parts unevenly, and the
 * split there moved dev attribution 0.5125 to 0.5116 and train 0.6212 to
 * 0.6211.
 */
export function splitContinuedReports(
  text: string,
  quotes: readonly Quote[],
  found: Attribution[],
): Attribution[] {
  return splitAt(text, quotes, found, function* (a, span) {
    if (!a.source) return;
    const first = a.cue.map((c) => text.slice(c.start, c.end)).join(' ');
    GOES_ON.lastIndex = 0;
    for (let m = GOES_ON.exec(span); m; m = GOES_ON.exec(span)) {
      const g = m.indices?.groups;
      if (!g?.conj || !g.cue || REPORT_IN.test(span.slice(0, g.conj[0]))) continue;
      if (BASE_FORM.test(span.slice(g.cue[0], g.cue[1])) && !PLURAL_CUE.test(first)) continue;
      yield { conj: g.conj[0], cue: g.cue, source: a.source };
    }
  });
}
