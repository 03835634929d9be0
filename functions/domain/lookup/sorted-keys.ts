/**
 * Rows of numeric keys stored in ascending order: a key's row is its rank,
 * found by binary search. A loaded model reads its sorted keys in place,
 * where a Map of them would cost a hash-table insert per key at cold start
 * (and, for keys past 2^30, a heap number each).
 */
export class SortedKeyRows {
  /** `keys` strictly ascending (not checked: the model files write them so). */
  constructor(private readonly keys: Uint32Array) {}

  get size(): number {
    return this.keys.length;
  }

  /** The row of `key`, or undefined when it is not stored. */
  get(key: number): number | undefined {
    const { keys } = this;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as number;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return undefined;
  }

  /** [key, row] pairs in key order, as Map#entries gives them. */
  *entries(): IterableIterator<[number, number]> {
    for (let row = 0; row < this.keys.length; row++) yield [this.keys[row] as number, row];
  }
}
