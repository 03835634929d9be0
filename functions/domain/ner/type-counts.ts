/** Counts per key id, reset per document by an epoch stamp. */
export class TypeCounts {
  data = new Int32Array(0);
  private stamp = new Int32Array(0);
  private epoch = 0;
  constructor(readonly width: number) {}

  reset(ids: number): void {
    if (this.stamp.length < ids) {
      this.stamp = new Int32Array(ids * 2);
      this.data = new Int32Array(ids * 2 * this.width);
      this.epoch = 0;
    }
    this.epoch++;
  }

  /** Offset of id's counts, zeroed on first use in this document. */
  slot(id: number): number {
    const at = id * this.width;
    if (this.stamp[id] !== this.epoch) {
      this.stamp[id] = this.epoch;
      this.data.fill(0, at, at + this.width);
    }
    return at;
  }

  /** Offset of id's counts, or -1 when unseen in this document. */
  find(id: number): number {
    return this.stamp[id] === this.epoch ? id * this.width : -1;
  }
}
