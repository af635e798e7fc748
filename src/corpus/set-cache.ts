// Verification recomputes a document's shingle set from its text; the same originals are verified again
// and again (every repost of a story is checked against it), so recent sets are kept, up to a word budget.

/** A bounded cache of shingle sets for verification (the same originals are verified again and again). */
export class SetCache {
  private readonly map = new Map<number, Uint32Array>();
  private words = 0;
  constructor(private readonly maxWords: number) {}
  get(slot: number): Uint32Array | undefined {
    const s = this.map.get(slot);
    if (s !== undefined) {
      this.map.delete(slot);
      this.map.set(slot, s);
    }
    return s;
  }
  set(slot: number, set: Uint32Array): void {
    this.map.set(slot, set);
    this.words += set.length;
    while (this.words > this.maxWords && this.map.size > 1) {
      const [k, v] = this.map.entries().next().value as [number, Uint32Array];
      this.map.delete(k);
      this.words -= v.length;
    }
  }
  delete(slot: number): void {
    const s = this.map.get(slot);
    if (s) {
      this.map.delete(slot);
      this.words -= s.length;
    }
  }
}
