import type { ClusterIds } from './features';

/**
 * A loaded model's cluster ids, read in place from its level-major table:
 * one small array per word (30,000 of them) cost cold start more than the
 * rest of the clusters' decoding. Callers memoize per word, so get() builds
 * the word's ids on each call.
 */
export class StoredClusterIds implements ClusterIds {
  private readonly index = new Map<string, number>();
  private readonly count: number;

  /** `ids[level * words.length + i]` is word i's id at that level. */
  constructor(
    words: readonly string[],
    private readonly ids: Uint16Array,
    private readonly levels: number,
  ) {
    this.count = words.length;
    for (let i = 0; i < words.length; i++) this.index.set(words[i] as string, i);
  }

  get size(): number {
    return this.index.size;
  }

  keys(): Iterable<string> {
    return this.index.keys();
  }

  get(key: string): Uint16Array | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const out = new Uint16Array(this.levels);
    for (let l = 0; l < this.levels; l++) out[l] = this.ids[l * this.count + i] as number;
    return out;
  }
}
