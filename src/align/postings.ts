// An inverted index from shingle (a 32-bit number) to the blocks containing it, built for candidate
// search. Most shingles occur in one block only, so singletons live in a flat Map<number, number> and
// arrays are allocated only for shared shingles: a million shingles cost a Map, not a million arrays.

/**
 * Folds a 32-bit shingle into a small integer (V8 Smi): Maps keyed by numbers above 2^30 hash them as
 * heap doubles, several times slower. The fold merges a few shingles, harmless for candidate search.
 */
function smi(gram: number): number {
  return (gram & 0x3fffffff) ^ (gram >>> 30);
}

export class Postings {
  readonly #one = new Map<number, number>();
  readonly #many = new Map<number, number[]>();

  constructor(readonly maxPosting: number) {}

  add(shingle: number, unit: number): void {
    const gram = smi(shingle);
    const list = this.#many.get(gram);
    if (list) {
      if (list.length <= this.maxPosting && list[list.length - 1] !== unit) list.push(unit);
      return;
    }
    const first = this.#one.get(gram);
    if (first === undefined) this.#one.set(gram, unit);
    else if (first !== unit) {
      this.#one.delete(gram);
      this.#many.set(gram, [first, unit]);
    }
  }

  /**
   * Calls `visit` for every unit holding `gram`, unless more than maxPosting units do (too common to
   * point anywhere).
   */
  forEach(shingle: number, visit: (unit: number) => void): void {
    const gram = smi(shingle);
    const first = this.#one.get(gram);
    if (first !== undefined) {
      visit(first);
      return;
    }
    const list = this.#many.get(gram);
    if (!list || list.length > this.maxPosting) return;
    for (const u of list) visit(u);
  }
}

/** Counts shared shingles per unit with a dense array, reset through the list of touched units. */
export class Counter {
  readonly counts: Int32Array;
  readonly touched: number[] = [];
  readonly bump = (unit: number): void => {
    if (this.counts[unit] === 0) this.touched.push(unit);
    this.counts[unit] = (this.counts[unit] as number) + 1;
  };

  constructor(size: number) {
    this.counts = new Int32Array(size);
  }

  reset(): void {
    for (const u of this.touched) this.counts[u] = 0;
    this.touched.length = 0;
  }
}
