import type { Attribution } from '../extract/types';

/** "by X as saying Y": the agent is the source and Y the content. */
const AS_SAYING = /\sas\s+saying\s+/iu;
/** A passive "quoted" after a form of "be" ("was quoted", "has been quoted"). */
const QUOTED = /\b(?:is|are|was|were|be|been|being)\s+quoted$/iu;

/**
 * Verbs of deeds, not words or attitudes: a by-agent after one of these is no
 * source. PolNeAR marks passives of saying and judging ("criticized by",
 * "endorsed by", "is reviled by") as attributions, and none of these (a
 * throwaway count of "<verb> by" in the train texts: led 0 of 31, conducted 0
 * of 18, hosted 0 of 16, funded 0 of 10 …).
 */
const DEED =
  /^(?:imposed|heaped|negotiated|voted|listed|offered|charged|led|followed|conducted|hosted|dominated|used|joined|owned|funded|founded|affected|caused|driven|influenced|inspired|accompanied|filed|issued|killed|committed|signed|sponsored|replaced|surrounded|fuell?ed|attended|compiled|employed|flanked|plagued|stopped|created|bought|sold|held|made)$/i;
/** A particle after the verb: "are voted for". */
const PARTICLE = /^(?:for|on|in|up|out|off|to|down)$/i;

/** The cue's verb: its last word that is not a particle. */
function verbOf(cue: string): string {
  const words = cue.split(/\s+/u);
  while (words.length > 1 && PARTICLE.test(words[words.length - 1] as string)) words.pop();
  return words[words.length - 1] ?? '';
}

/**
 * "high tariffs imposed by both nations", "was quoted by The Australian
 * newspaper as saying …": a content that is only the passive's "by"-agent,
 * right after the cue, is no one's words. What follows "as saying" is the
 * content: its source is the subject quoted, when there is one before the
 * cue (the paper only reports his words, as "X is quoted as saying" keeps X,
 * and the agent joins the cue), else the agent. A claim whose verb is a deed
 * (DEED) is dropped (undefined); any other is left as it is.
 */
export function agentContent(text: string, a: Attribution): Attribution | undefined {
  const cue = a.cue[a.cue.length - 1];
  const [first, ...rest] = a.content;
  if (!cue || !first || first.start < cue.end || !/^\s*$/u.test(text.slice(cue.end, first.start))) return a;
  const content = text.slice(first.start, first.end);
  if (!/^by\s/iu.test(content)) return a;
  const saying = AS_SAYING.exec(content);
  if (saying) {
    const agent = { start: first.start + 3, end: first.start + saying.index };
    const said = { start: first.start + saying.index + saying[0].length, end: first.end };
    const as = { start: first.start + saying.index + 1, end: said.start - 1 };
    const subject = a.source?.at(-1);
    if (subject && subject.end <= cue.start && QUOTED.test(text.slice(cue.start, cue.end))) {
      return {
        source: a.source,
        cue: [...a.cue.slice(0, -1), { start: cue.start, end: as.end }],
        content: [said, ...rest],
      };
    }
    return { source: [agent], cue: [...a.cue, as], content: [said, ...rest] };
  }
  return DEED.test(verbOf(text.slice(cue.start, cue.end))) ? undefined : a;
}
