// The bead DP needs |x ∩ y| for every pair of blocks in a gap. Merging two sorted sketches costs
// |x| + |y| per pair, so a gap of n × m paragraphs of ~400 bigrams costs n·m·800 steps — the largest
// single cost of aligning two reports. Counting through an inverted index of the b side costs one
// lookup per bigram of a plus one step per *shared* bigram, and unrelated paragraphs share few. Both
// give the exact same counts (sketches are sorted and unique), so the DP's result does not change.

import { intersect } from './similarity.js';

/** Below this many blocks on either side the plain merge is cheaper than building an index. */
const MIN_SIDE = 3;

/** out[i·m + j] = |xs[i] ∩ ys[j]| for sorted unique sketches. */
export function intersectionMatrix(xs: readonly Uint32Array[], ys: readonly Uint32Array[]): Int32Array {
  const n = xs.length;
  const m = ys.length;
  const out = new Int32Array(n * m);
  let total = 0;
  for (const y of ys) total += y.length;
  if (n < MIN_SIDE || m < MIN_SIDE || total === 0) {
    for (let i = 0; i < n; i++) {
      const x = xs[i] as Uint32Array;
      if (x.length === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] = intersect(x, ys[j] as Uint32Array);
    }
    return out;
  }
  // Open addressing over the distinct bigrams of ys (exact keys: no folding, no collisions in the
  // counts); each slot heads a linked list of the b blocks holding that bigram.
  let bits = 1;
  while (1 << bits < total * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  const keys = new Uint32Array(size);
  const used = new Uint8Array(size);
  const head = new Int32Array(size).fill(-1);
  const next = new Int32Array(total);
  const unit = new Int32Array(total);
  let e = 0;
  for (let j = 0; j < m; j++) {
    const y = ys[j] as Uint32Array;
    for (let k = 0; k < y.length; k++) {
      const g = y[k] as number;
      let h = Math.imul(g, 0x9e3779b1) >>> shift;
      while (used[h] === 1 && keys[h] !== g) h = (h + 1) & mask;
      if (used[h] === 0) {
        used[h] = 1;
        keys[h] = g;
      }
      unit[e] = j;
      next[e] = head[h] as number;
      head[h] = e;
      e++;
    }
  }
  for (let i = 0; i < n; i++) {
    const x = xs[i] as Uint32Array;
    const row = i * m;
    for (let k = 0; k < x.length; k++) {
      const g = x[k] as number;
      let h = Math.imul(g, 0x9e3779b1) >>> shift;
      while (used[h] === 1) {
        if (keys[h] === g) {
          for (let p = head[h] as number; p >= 0; p = next[p] as number) {
            const c = row + (unit[p] as number);
            out[c] = (out[c] as number) + 1;
          }
          break;
        }
        h = (h + 1) & mask;
      }
    }
  }
  return out;
}
