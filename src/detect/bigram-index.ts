// Where each bigram (pair of UTF-16 code units) of a text occurs, so that the junction rules' evidence
// lookups (junctions.ts: how often 走在前列 or 发展 occurs near a paragraph break) cost about the
// occurrences of the probe's rarest bigram instead of an indexOf pass over a window of up to 300k code
// units. Hard-wrapped text (every line break a junction) makes tens of thousands of such lookups.
//
// The text is indexed in chunks of `chunk` code units, each built on first use: the positions of the
// chunk sorted by (bigram, position) in one Int32Array (4 bytes a position, a radix sort in two passes
// of 16 bits), and where each first code unit's entries start (65,537 more). A lookup binary-searches
// the first unit's entries of each chunk for the bigram's run, then the run for the window's bounds,
// and verifies every candidate with startsWith. Results are exactly those of the indexOf loop: every
// occurrence starting in the window and ending inside it, in text order.

interface Chunk {
  /** the chunk's positions sorted by (bigram at the position, position) */
  pos: Int32Array;
  /** where the entries whose first code unit is c start in `pos` (c = 0 … 65536) */
  first: Int32Array;
}

export class BigramIndex {
  readonly #text: string;
  readonly #chunk: number;
  readonly #keep: number;
  /** built chunks, by chunk number, oldest built first */
  readonly #chunks = new Map<number, Chunk>();
  #counts: Uint32Array | undefined;
  #scratch: Int32Array | undefined;
  /** runs of the probe's bigrams in the chunks of a window, as [from, to) pairs */
  #runs = new Int32Array(12);

  /** `keep`: how many built chunks are kept before the oldest is dropped (rebuilt if needed again). */
  constructor(text: string, chunk: number, keep = 16) {
    this.#text = text;
    this.#chunk = chunk;
    this.#keep = keep;
  }

  /**
   * Calls `visit` with the start of every occurrence of `s` (two code units or more) that lies wholly
   * in [lo, hi), in ascending order, until `visit` returns false.
   */
  forEach(s: string, lo: number, hi: number, visit: (at: number) => boolean): void {
    const text = this.#text;
    const len = s.length;
    hi = Math.min(hi, text.length);
    lo = Math.max(0, lo);
    if (len < 2 || hi - lo < len) return;
    // Bigram positions p = start + j of a start in [lo, hi - len] all lie in [lo, hi - 2].
    const first = Math.floor(lo / this.#chunk);
    const last = Math.floor((hi - 2) / this.#chunk);
    // The probe's rarest bigram over the chunks of the window (its only one for two code units).
    const chunks = last - first + 1;
    if (this.#runs.length < 4 * chunks) this.#runs = new Int32Array(4 * chunks);
    const runs = this.#runs;
    let best = Number.POSITIVE_INFINITY;
    let bestJ = 0;
    /** where in `runs` the best bigram's runs are (the one being tried goes in the other half) */
    let which = 0;
    for (let j = 0; j + 1 < len && best > 0; j++) {
      const into = j === 0 ? 0 : 2 * chunks - which;
      let total = 0;
      for (let k = first; k <= last; k++) {
        const r = into + 2 * (k - first);
        this.#run(this.#built(k), s.charCodeAt(j), s.charCodeAt(j + 1), r);
        total += runs[r + 1]! - runs[r]!;
      }
      if (total < best) {
        best = total;
        bestJ = j;
        which = into;
      }
    }
    if (best === 0) return;
    const pLo = lo + bestJ;
    const pHi = hi - len + bestJ;
    for (let k = first; k <= last; k++) {
      const arr = this.#built(k).pos;
      const a = runs[which + 2 * (k - first)]!;
      const b = runs[which + 2 * (k - first) + 1]!;
      // the first entry of the run at or after pLo
      let x = a;
      let y = b;
      while (x < y) {
        const m = (x + y) >>> 1;
        if (arr[m]! < pLo) x = m + 1;
        else y = m;
      }
      for (let i = x; i < b; i++) {
        const p = arr[i]!;
        if (p > pHi) return;
        const at = p - bestJ;
        if ((len === 2 || text.startsWith(s, at)) && !visit(at)) return;
      }
    }
  }

  /**
   * [from, to) of the entries of bigram c1 c2 in a built chunk, into #runs[at] and #runs[at + 1]. (The
   * runs of the best bigram so far and of the one being tried are kept, in two halves of #runs.)
   */
  #run(chunk: Chunk, c1: number, c2: number, at: number): void {
    const text = this.#text;
    const arr = chunk.pos;
    let x = chunk.first[c1]!;
    const end = chunk.first[c1 + 1]!;
    let y = end;
    while (x < y) {
      const m = (x + y) >>> 1;
      if (text.charCodeAt(arr[m]! + 1) < c2) x = m + 1;
      else y = m;
    }
    this.#runs[at] = x;
    y = end;
    while (x < y) {
      const m = (x + y) >>> 1;
      if (text.charCodeAt(arr[m]! + 1) <= c2) x = m + 1;
      else y = m;
    }
    this.#runs[at + 1] = x;
  }

  /** Chunk k, built now if need be. */
  #built(k: number): Chunk {
    const have = this.#chunks.get(k);
    if (have) return have;
    const text = this.#text;
    const start = k * this.#chunk;
    // Every position of the chunk that starts a bigram (not the text's last code unit).
    const end = Math.min(start + this.#chunk, text.length - 1);
    const m = Math.max(0, end - start);
    this.#counts ??= new Uint32Array(65536);
    if (this.#scratch === undefined || this.#scratch.length < m) this.#scratch = new Int32Array(m);
    const counts = this.#counts;
    const tmp = this.#scratch;
    const out = new Int32Array(m);
    // Least significant digit first: by second code unit, then (stably) by first.
    counts.fill(0);
    for (let p = start; p < end; p++) counts[text.charCodeAt(p + 1)]!++;
    let sum = 0;
    for (let c = 0; c < 65536; c++) {
      const v = counts[c]!;
      counts[c] = sum;
      sum += v;
    }
    for (let p = start; p < end; p++) tmp[counts[text.charCodeAt(p + 1)]!++] = p;
    const first = new Int32Array(65537);
    for (let p = start; p < end; p++) first[text.charCodeAt(p) + 1]!++;
    for (let c = 0; c < 65536; c++) first[c + 1]! += first[c]!;
    counts.set(first.subarray(0, 65536));
    for (let i = 0; i < m; i++) {
      const p = tmp[i]!;
      out[counts[text.charCodeAt(p)]!++] = p;
    }
    if (this.#chunks.size >= this.#keep) {
      const oldest = this.#chunks.keys().next().value as number;
      this.#chunks.delete(oldest);
    }
    const chunk = { pos: out, first };
    this.#chunks.set(k, chunk);
    return chunk;
  }
}
