import { createHash, randomBytes } from 'node:crypto';

/**
 * A set of keys held as 48-bit hashes in a sorted array: 8 bytes a key, where
 * a Set of the strings takes about 110 (1M keys of 57 characters: 8 MB against
 * 109 MB). Two keys sharing a hash make `has` say yes for a key never added:
 * at 1M keys, about one lookup in 3·10^8. Each set hashes with its own salt,
 * so such a collision does not recur in the next set.
 */
export class KeySet {
  private readonly salt = randomBytes(8);
  private readonly added: number[] = [];
  private sorted: Float64Array | null = null;

  get size(): number {
    return this.added.length;
  }

  add(key: string): void {
    this.added.push(this.hash(key));
    this.sorted = null;
  }

  has(key: string): boolean {
    this.sorted ??= Float64Array.from(this.added).sort();
    const sorted = this.sorted;
    const h = this.hash(key);
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = sorted[mid] as number;
      if (at === h) return true;
      if (at < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  private hash(key: string): number {
    return createHash('sha256').update(this.salt).update(key).digest().readUIntBE(0, 6);
  }
}
