import { createHash } from 'node:crypto';
import type { Prepared } from './train';

/**
 * sha256 of what the attribution trainer reads from the domain code: each
 * training paragraph's tokens, gold tags and entity tags (the entity layer's
 * attribution view), its first-pass features, and the cue lexicon and word
 * classes built from them. A change to sentence splitting, the NER model,
 * `linkEntities` or the features moves it, and with it what
 * `npm run train:attribution` writes.
 */
export function inputsDigest(prep: Prepared): string {
  const hash = createHash('sha256');
  const ints = (a: ArrayLike<number>) => hash.update(Int32Array.from(a));
  prep.data.forEach((d, i) => {
    ints([d.article, d.paragraph.tokens.length]);
    ints(d.paragraph.tokens.flatMap((t) => [t.start, t.end]));
    ints(d.tags);
    ints(d.ent);
    hash.update((prep.examples[i] as { features: Uint32Array }).features);
  });
  for (const table of [prep.lexicon, prep.classes])
    hash.update(JSON.stringify([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return hash.digest('hex');
}
