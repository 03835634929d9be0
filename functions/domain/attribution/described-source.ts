import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * "…, predicts Oliver Irish, editor | of gadget magazine Stuff.": the tagger
 * may end a source after its cue on the role noun of an apposition and read
 * the phrase that says whose role it is as content. Such a phrase, right
 * after the source and ending the sentence, is the rest of the source.
 */
export function describedSource(seq: Sequence, runs: Run[], cue: Run): Run[] {
  const source = runs.find((r) => r.role === 'source' && r.first > cue.last);
  if (!source || !OF_WHOM.test(wordAt(seq, source.last + 1))) return runs;
  if (!/^\p{Ll}+$/u.test(wordAt(seq, source.last))) return runs;
  // the content run the tagger made of it, or words no run holds (the clause fallback would make them content)
  const rest = runs.find((r) => r.role === 'content' && r.first === source.last + 1);
  const last = rest?.last ?? untaggedEnd(seq, runs, source.last + 1);
  if (last - source.last > MAX_WORDS) return runs;
  const next = last + 1;
  if (next < seq.tokens.length && seq.sentence[next] === seq.sentence[last] && wordAt(seq, next) !== '.')
    return runs;
  return runs.filter((r) => r !== rest).map((r) => (r === source ? { ...r, last } : r));
}

/** The last token before the sentence's closing stop from `first` on, while no run holds one. */
function untaggedEnd(seq: Sequence, runs: Run[], first: number): number {
  let k = first;
  const held = (i: number) => runs.some((r) => r.first <= i && i <= r.last);
  while (k + 1 < seq.tokens.length && seq.sentence[k + 1] === seq.sentence[first] && !held(k + 1)) {
    if (wordAt(seq, k + 1) === '.' || k - first > MAX_WORDS) break;
    k++;
  }
  return held(first) ? first - 1 : k;
}

/** Prepositions that tie a role to its body: "editor of", "adviser at". */
const OF_WHOM = /^(?:of|at|for|with)$/;
/** Words such a phrase has at most: "at the Forum for the Future". */
const MAX_WORDS = 8;
