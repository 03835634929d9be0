import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * "Ted Cruz, who said": a source the tagger ran on to the relative pronoun
 * after its noun ends at the noun, as PolNeAR marks it (train: 12 of the 20
 * such sources; the other 8 take the whole clause up to a later cue). With
 * no comma only after a name ("Tory leader Michael Howard who said"): train
 * leaves the pronoun out after a name, but keeps it after a common noun as
 * often as not ("those who declined", "younger voters who feel").
 */
export function withoutRelativeTail(seq: Sequence, source: Run | undefined): Run | undefined {
  if (!source || source.last - source.first < 1) return source;
  if (!/^(?:who|which)$/i.test(wordAt(seq, source.last))) return source;
  const before = wordAt(seq, source.last - 1);
  if (before === ',' && source.last - source.first >= 2) return { ...source, last: source.last - 2 };
  return /^\p{Lu}/u.test(before) ? { ...source, last: source.last - 1 } : source;
}
