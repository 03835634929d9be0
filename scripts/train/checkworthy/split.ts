import type { ClaimbusterSentence } from './data';

/** The fixed seed of the held-out split and of everything else random in training. */
export const SEED = 20240611;
export const HELDOUT_SHARE = 0.2;

/** A well-mixed 32-bit hash of (seed, id): the split depends on nothing else. */
export function hashId(seed: number, id: string | number): number {
  let h = seed ^ 0x811c9dc5;
  for (const ch of String(id)) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Stratified split: within each label, sentences ordered by hashId(seed, id);
 * the first `share` of each label is held out. Reproducible from seed and ids alone.
 */
export function splitHeldout<T extends ClaimbusterSentence>(
  rows: T[],
  seed = SEED,
  share = HELDOUT_SHARE,
): { train: T[]; heldout: T[] } {
  const held = new Set<T>();
  for (const label of [0, 1, undefined]) {
    const group = rows
      .filter((r) => r.label === label)
      .map((r) => ({ r, h: hashId(seed, r.sentence_id) }))
      .sort((a, b) => a.h - b.h || String(a.r.sentence_id).localeCompare(String(b.r.sentence_id)));
    const n = Math.round(group.length * share);
    for (const g of group.slice(0, n)) held.add(g.r);
  }
  return { train: rows.filter((r) => !held.has(r)), heldout: rows.filter((r) => held.has(r)) };
}

/** Fold of a training sentence for k-fold cross-validation, from the same hash with another seed. */
export function foldOf(id: string | number, k: number, seed = SEED): number {
  return hashId(seed + 1, id) % k;
}
