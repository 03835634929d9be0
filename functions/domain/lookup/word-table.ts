/**
 * Words read in place from a model: its '\n'-joined UTF-8 text, each word's
 * number found through an open-addressing table of word numbers, hashed
 * over the words' bytes. Loading makes no string per word and no Map (at
 * 30,000 words those were most of the NER model's decoding, with the
 * garbage collection they caused); a lookup hashes the word instead, and
 * callers memoize per word.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 10;

const encoder = new TextEncoder();

/** FNV-1a over bytes[from..to). */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ (bytes[i] as number), FNV_PRIME);
  return h;
}

/** A lone surrogate: no UTF-8 text holds it (TextEncoder would write U+FFFD in its place). */
const LONE_SURROGATE = /\p{Cs}/u;

/** The UTF-8 bytes of `word` when it is not plain ASCII (whose char codes are its bytes already), else null. */
function nonAsciiBytes(word: string): Uint8Array | null {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) return encoder.encode(word);
  return null;
}

export class WordTable {
  /** Word i is text[starts[i] .. starts[i + 1] - 1) (the byte before the next start is its newline). */
  private readonly starts: Uint32Array;
  /** Word number + 1 per slot, 0 when empty; at most half full. */
  private readonly slots: Int32Array;

  /** The first `size` words of `text` (distinct, '\n'-joined). */
  constructor(
    private readonly text: Uint8Array,
    readonly size: number,
  ) {
    const starts = new Uint32Array(size + 1);
    for (let i = 0, at = 0; i < size; i++) {
      starts[i] = at;
      const end = text.indexOf(NEWLINE, at);
      at = end < 0 ? text.length + 1 : end + 1;
      starts[i + 1] = at;
    }
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < size; i++) {
      let slot = hashBytes(text, starts[i] as number, (starts[i + 1] as number) - 1) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.starts = starts;
    this.slots = slots;
  }

  /** The number of `word`, or -1 when it is not in the table. */
  indexOf(word: string): number {
    const bytes = nonAsciiBytes(word);
    if (bytes && LONE_SURROGATE.test(word)) return -1;
    const length = bytes ? bytes.length : word.length;
    let h = FNV_OFFSET;
    for (let i = 0; i < length; i++)
      h = Math.imul(h ^ (bytes ? (bytes[i] as number) : word.charCodeAt(i)), FNV_PRIME);
    const { slots, starts, text } = this;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      const from = starts[entry - 1] as number;
      if ((starts[entry] as number) - 1 - from !== length) continue;
      let i = 0;
      while (i < length && text[from + i] === (bytes ? bytes[i] : word.charCodeAt(i))) i++;
      if (i === length) return entry - 1;
    }
  }

  /** Every word, in stored order (decoded on demand: only fingerprints and training list them). */
  words(): string[] {
    if (this.size === 0) return [];
    const end = (this.starts[this.size] as number) - 1;
    return new TextDecoder().decode(this.text.subarray(0, end)).split('\n');
  }
}
