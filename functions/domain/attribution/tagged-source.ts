import type { Sequence } from './features';
import type { Run } from './tags';

/**
 * `"…," said Campbell. "More."`: the tagger tagged the speaker right after
 * the cue, but the per-cue linker, trained on PolNeAR where a source after
 * its cue is uncommon, left it out, and the claim lost its speaker. A source
 * run the tagger put right after the cue, up to a full stop, comma or
 * semicolon, is the cue's when the linker gave it none and no run of its own
 * there. Not one right before the cue: there the linker's "no" was mostly
 * right ("there are fears", "it is thought").
 */
export function taggedSource(seq: Sequence, tagged: readonly Run[], linked: Run[], cue: Run): Run[] {
  if (linked.some((r) => r.role === 'source')) return linked;
  const sentence = seq.sentence[cue.first];
  const source = tagged.find(
    (r) =>
      r.role === 'source' &&
      seq.sentence[r.first] === sentence &&
      r.first === cue.last + 1 &&
      endsClause(seq, r.last),
  );
  if (!source || linked.some((r) => r.first <= source.last && source.first <= r.last)) return linked;
  return [...linked, source].sort((a, b) => a.first - b.first);
}

function endsClause(seq: Sequence, last: number): boolean {
  const next = seq.tokens[last + 1];
  return next === undefined || /^[.,;]$/.test(next.text);
}
