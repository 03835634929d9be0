import { tokenKey } from './tokens';

export interface TrieNode {
  /** Bit i set when a phrase of list i ends here. */
  mask: number;
  next: Map<string, TrieNode> | null;
}

/** Case-insensitive multi-token phrase lists (at most 30), matched longest-first per list. */
export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  readonly size: number;

  constructor(lists: readonly (readonly (readonly string[])[])[]) {
    if (lists.length > 30) throw new Error('at most 30 gazetteer lists');
    let size = 0;
    // indexed loops, no callbacks: this runs once per cold start, mostly before the optimiser
    for (let li = 0; li < lists.length; li++) {
      const phrases = lists[li] as readonly (readonly string[])[];
      for (let p = 0; p < phrases.length; p++) {
        const phrase = phrases[p] as readonly string[];
        if (phrase.length === 0 || phrase.length > 8) continue;
        let level: Map<string, TrieNode> = this.root;
        let node: TrieNode | undefined;
        for (let t = 0; t < phrase.length; t++) {
          const key = tokenKey(phrase[t] as string);
          node = level.get(key);
          if (!node) {
            node = { mask: 0, next: null };
            level.set(key, node);
          }
          if (t < phrase.length - 1) {
            node.next ??= new Map();
            level = node.next;
          }
        }
        if (node) node.mask |= 1 << li;
        size++;
      }
    }
    this.size = size;
  }

  /** The trie node of phrases starting with this word key, if any. */
  first(key: string): TrieNode | null {
    return this.root.get(key) ?? null;
  }

  /**
   * For each token, the gazetteer codes that cover it: code = list * 4 + pos,
   * pos 0 = B, 1 = I, 2 = L, 3 = U (single-token match). Longest match per
   * list and start; matches may overlap.
   */
  match(keys: readonly string[], out: number[][], firsts?: readonly (TrieNode | null)[]): void {
    const n = keys.length;
    for (let i = 0; i < n; i++) out[i] = NO_CODES;
    for (let i = 0; i < n; i++) {
      let node = firsts ? firsts[i] : this.root.get(keys[i] as string);
      if (!node) continue;
      let j = i;
      // longest end per list for this start
      let ends = 0;
      const endAt: number[] = [];
      while (node) {
        if (node.mask) {
          ends |= node.mask;
          for (let li = 0; node.mask >>> li; li++) if ((node.mask >>> li) & 1) endAt[li] = j;
        }
        j++;
        if (j >= n || !node.next) break;
        node = node.next.get(keys[j] as string);
      }
      if (!ends) continue;
      for (let li = 0; ends >>> li; li++) {
        if (!((ends >>> li) & 1)) continue;
        const e = endAt[li] as number;
        for (let k = i; k <= e; k++) {
          const pos = i === e ? 3 : k === i ? 0 : k === e ? 2 : 1;
          const cur = out[k] as number[];
          if (cur === NO_CODES) out[k] = [li * 4 + pos];
          else cur.push(li * 4 + pos);
        }
      }
    }
  }
}
/** The codes of a token no phrase covers (shared: never pushed to). */
export const NO_CODES: number[] = [];
