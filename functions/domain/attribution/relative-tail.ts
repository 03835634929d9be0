import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * "Ted Cruz, who said": a source the tagger ran on to the relative pronoun
 * after its noun ends at the noun, as PolNeAR marks it (train: 12 of the 20
 * such sources; the other 8 take the whole clause up to a later cue).
 */
export function withoutRelativeTail(seq: Sequence, source: Run | undefined): Run | undefined {
  if (!source || source.last - source.first < 2) return source;
  if (!/^(?:who|which)$/i.test(wordAt(seq, source.last)) || wordAt(seq, source.last - 1) !== ',')
    return source;
  return { ...source, last: source.last - 2 };
}
