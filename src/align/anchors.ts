// Patience-style anchors: blocks whose normalized key occurs exactly once on each side pair up; the
// longest increasing subsequence of those pairs (in b order) are the in-order anchors, the rest moved.

import type { Unit } from './similarity.js';

export interface Pair {
  i: number;
  j: number;
}

/** Indices (into `pairs`, which are sorted by i) of a longest subsequence with increasing j. O(n log n). */
export function longestIncreasing(pairs: readonly Pair[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as Pair).j;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((pairs[tails[mid] as number] as Pair).j < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1] as number;
    tails[lo] = k;
  }
  const out: number[] = [];
  let k = tails.length ? (tails[tails.length - 1] as number) : -1;
  while (k >= 0) {
    out.push(k);
    k = prev[k] as number;
  }
  return out.reverse();
}

/**
 * Pairs of units (within the index windows) that are unique on both sides; sorted by i. Byte-identical
 * blocks pair first by their raw text (no normalization needed); the rest by normalized key.
 */
export function uniquePairs(
  a: readonly Unit[],
  b: readonly Unit[],
  ia: readonly number[],
  ib: readonly number[],
): Pair[] {
  const pairs = pairsBy(
    a,
    b,
    ia,
    ib,
    (u) => u.raw,
    (x, y) => x.sameRaw(y),
    false,
  );
  if (pairs.length === ia.length || pairs.length === ib.length) return pairs.sort((x, y) => x.i - y.i);
  const doneA = new Set(pairs.map((p) => p.i));
  const doneB = new Set(pairs.map((p) => p.j));
  const restA = ia.filter((i) => !doneA.has(i));
  const restB = ib.filter((j) => !doneB.has(j));
  for (const p of pairsBy(
    a,
    b,
    restA,
    restB,
    (u) => u.key,
    (x, y) => x.norm === y.norm,
    true,
  ))
    pairs.push(p);
  return pairs.sort((x, y) => x.i - y.i);
}

function pairsBy(
  a: readonly Unit[],
  b: readonly Unit[],
  ia: readonly number[],
  ib: readonly number[],
  keyOf: (u: Unit) => number | string,
  same: (x: Unit, y: Unit) => boolean,
  skipEmpty: boolean,
): Pair[] {
  const countA = new Map<number | string, number>();
  const countB = new Map<number | string, number>();
  for (const i of ia) {
    const u = a[i] as Unit;
    if (u.end === u.start || (skipEmpty && u.norm.length === 0)) continue;
    const k = keyOf(u);
    countA.set(k, countA.has(k) ? -1 : i);
  }
  for (const j of ib) {
    const u = b[j] as Unit;
    if (u.end === u.start || (skipEmpty && u.norm.length === 0)) continue;
    const k = keyOf(u);
    countB.set(k, countB.has(k) ? -1 : j);
  }
  const pairs: Pair[] = [];
  for (const [key, i] of countA) {
    if (i < 0) continue;
    const j = countB.get(key);
    if (j === undefined || j < 0) continue;
    if (same(a[i] as Unit, b[j] as Unit)) pairs.push({ i, j });
  }
  return pairs;
}
