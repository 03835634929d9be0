import type { WordTable } from '../lookup/word-table';
import type { ClusterIds } from './features';

/**
 * A loaded model's cluster ids, read in place: the words from their stored
 * text (word-table.ts), the ids from their level-major table. One small
 * array per word (30,000 of them) cost cold start more than the rest of the
 * clusters' decoding, and so did a Map of the words. Callers memoize per
 * word, so get() builds the word's ids on each call.
 */
export class StoredClusterIds implements ClusterIds {
  /** `ids[level * words.size + i]` is word i's id at that level. */
  constructor(
    private readonly words: WordTable,
    private readonly ids: Uint16Array,
    private readonly levels: number,
  ) {}

  get size(): number {
    return this.words.size;
  }

  keys(): Iterable<string> {
    return this.words.words();
  }

  get(key: string): Uint16Array | undefined {
    const i = this.words.indexOf(key);
    if (i < 0) return undefined;
    const out = new Uint16Array(this.levels);
    for (let l = 0; l < this.levels; l++) out[l] = this.ids[l * this.words.size + i] as number;
    return out;
  }
}
