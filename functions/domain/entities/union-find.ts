/** Disjoint sets over string keys (path halving). Ten lines do not justify a dependency. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let k = key;
    for (;;) {
      const p = this.parent.get(k) ?? k;
      if (p === k) return k;
      const gp = this.parent.get(p) ?? p;
      this.parent.set(k, gp);
      k = gp;
    }
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
