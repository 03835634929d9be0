/** A reusable sparse vector: indices and values of active features, grown on demand. */
export class FeatureVector {
  idx = new Int32Array(1024);
  val = new Float32Array(1024);
  length = 0;
  /** A dense term added to w·x: the mean affinity of the sentence's known words (0 without a lexicon). */
  affinity = 0;
  /** Word tokens of the sentence. */
  words = 0;

  push(index: number, value: number): void {
    if (this.length === this.idx.length) this.grow();
    this.idx[this.length] = index;
    this.val[this.length] = value;
    this.length++;
  }

  /** Scales entries [from, length) to unit L2 norm times `scale` (all entries are 1 before). */
  normalizeFrom(from: number, scale: number): void {
    const n = this.length - from;
    if (n > 0) this.val.fill(scale / Math.sqrt(n), from, this.length);
  }

  /** w·x for weights indexed by feature. */
  dot(weights: Float32Array): number {
    let z = 0;
    for (let k = 0; k < this.length; k++)
      z += (weights[this.idx[k] as number] as number) * (this.val[k] as number);
    return z;
  }

  private grow(): void {
    const idx = new Int32Array(this.idx.length * 2);
    idx.set(this.idx);
    this.idx = idx;
    const val = new Float32Array(this.val.length * 2);
    val.set(this.val);
    this.val = val;
  }
}
