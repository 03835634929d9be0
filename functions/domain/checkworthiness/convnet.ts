/**
 * The convolutional member of the ensemble: each known word is a small dense
 * vector (a trained projection of its pretrained word vector, shipped per
 * lexicon row), convolved with filters one to `widths` words wide, ReLU, max
 * over positions, then a linear output. Unlike the n-gram models it sees
 * similar words as similar, so it scores phrasings the labelled data never had.
 * Unknown words are zero vectors. Each word's contribution to every filter
 * position is computed on first sight and kept: a warm scorer pays a few adds
 * per word and filter.
 */
export interface ConvNetHeader {
  /** Dimensions of a word vector. */
  dims: number;
  filters: number;
  /** Filter widths 1..widths, each with `filters` filters. */
  widths: number;
  bias: number;
  /** Word vector = int8 value × vectorScale. */
  vectorScale: number;
  /** Platt calibration of this model's decision value. */
  platt: { a: number; b: number };
  /** Share of this model's probability in the averaged score. */
  weight: number;
}

export interface ConvNet {
  header: ConvNetHeader;
  /** Per lexicon row, `dims` values (zeros: no vector). */
  vectors: Float32Array;
  /** Per width k and offset j < k (in that order), a dims × filters matrix, row-major. */
  kernels: Float32Array;
  /** Per width, `filters` biases. */
  biases: Float32Array;
  /** Per width, `filters` output weights. */
  output: Float32Array;
}

/** Offsets before width k: 0 + 1 + … + (k − 1). */
function firstOffset(k: number): number {
  return (k * (k - 1)) / 2;
}

/** The number of (width, offset) kernels of widths 1..w. */
export function kernelCount(widths: number): number {
  return firstOffset(widths + 1);
}

/** Each word's block of contributions in the sentence being scored. */
let blocks = new Int32Array(256);

export class ConvScorer {
  private readonly perRow: number;
  /** Per row, per kernel, the word's contribution (filters values); filled on first sight. */
  private readonly contributions: Float32Array;
  private readonly seen: Uint8Array;
  private readonly unknown: number;

  constructor(readonly net: ConvNet) {
    const { dims, filters, widths } = net.header;
    const rows = net.vectors.length / dims;
    this.perRow = kernelCount(widths) * filters;
    // Left untouched until a word is seen, so most of it is never committed to memory; the
    // extra last block stays zero, for unknown words.
    this.contributions = new Float32Array((rows + 1) * this.perRow);
    this.unknown = rows * this.perRow;
    this.seen = new Uint8Array(rows);
  }

  private fill(row: number): void {
    const { dims, filters } = this.net.header;
    const { vectors, kernels } = this.net;
    const base = row * this.perRow;
    for (let kj = 0; kj < this.perRow / filters; kj++) {
      const k0 = kj * dims * filters;
      const o = base + kj * filters;
      for (let d = 0; d < dims; d++) {
        const x = vectors[row * dims + d] as number;
        if (x === 0) continue;
        const kd = k0 + d * filters;
        for (let f = 0; f < filters; f++)
          this.contributions[o + f] = (this.contributions[o + f] as number) + x * (kernels[kd + f] as number);
      }
    }
    this.seen[row] = 1;
  }

  /** The raw decision value of a sentence given its words' lexicon rows (-1: unknown). */
  decision(rows: Int32Array, words: number): number {
    const { filters, widths, bias } = this.net.header;
    const { biases, output } = this.net;
    const perRow = this.perRow;
    const contributions = this.contributions;
    for (let i = 0; i < words; i++) {
      const r = rows[i] as number;
      if (r >= 0 && !this.seen[r]) this.fill(r);
    }
    if (blocks.length < words) blocks = new Int32Array(words * 2);
    const at = blocks;
    for (let i = 0; i < words; i++) {
      const r = rows[i] as number;
      at[i] = r < 0 ? this.unknown : r * perRow;
    }
    let z = bias;
    for (let k = 1; k <= widths; k++) {
      const pool = (k - 1) * filters;
      const kernel = firstOffset(k) * filters;
      for (let f = 0; f < filters; f++) {
        // ReLU outputs are ≥ 0, so 0 is the max over no positions (a sentence shorter than the filter).
        let best = 0;
        const b = biases[pool + f] as number;
        for (let t = 0; t + k <= words; t++) {
          let v = b;
          for (let j = 0; j < k; j++)
            v += contributions[(at[t + j] as number) + kernel + j * filters + f] as number;
          if (v > best) best = v;
        }
        z += best * (output[pool + f] as number);
      }
    }
    return z;
  }
}
