import { expect } from 'vitest';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/**
 * One sentence, tokenized, with runs named by their text as the tagger or
 * linker might have found them; `read` names runs back by their text.
 */
export function runsIn(text: string, parts: [Role, string][]) {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const run = ([role, words]: [Role, string]): Run => {
    // the first occurrence that starts a token ("he", not the "he" in "the")
    let start = text.indexOf(words);
    while (start >= 0 && !tokens.some((t) => t.start === start)) start = text.indexOf(words, start + 1);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + words.length);
    expect(first, words).toBeGreaterThanOrEqual(0);
    expect(last, words).toBeGreaterThanOrEqual(first);
    return { role, first, last };
  };
  const runs = parts.map(run);
  const cue = runs.find((r) => r.role === 'cue') as Run;
  const read = (out: Run[]) =>
    out.map((r) => [r.role, text.slice(tokens[r.first]?.start, tokens[r.last]?.end)]);
  return { seq, runs, cue, read };
}

type Sequence = ReturnType<typeof runsIn>['seq'];

/**
 * A rule that rewrites one cue's runs, run on a sentence: what it gives and
 * what went in, both as text, for `expect(out).toEqual(unchanged)`.
 */
export function ruleOn(rule: (seq: Sequence, text: string, runs: Run[], cue: Run) => Run[]) {
  return (text: string, parts: [Role, string][]) => {
    const { seq, runs, cue, read } = runsIn(text, parts);
    return { out: read(rule(seq, text, runs, cue)), unchanged: read(runs) };
  };
}

/**
 * A rule that reads the tagger's runs to amend the linker's for one cue,
 * run on a sentence: both sets of runs named by their text, the result as text.
 */
export function taggerAndLinker(
  rule: (seq: Sequence, tagged: readonly Run[], linked: Run[], cue: Run) => Run[],
) {
  return (text: string, tagger: [Role, string][], linker: [Role, string][]) => {
    const { seq, runs, cue, read } = runsIn(text, tagger);
    return read(rule(seq, runs, runsIn(text, linker).runs, cue));
  };
}
