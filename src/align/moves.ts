// Moves: blocks left unpaired by the in-order alignment (deleted on one side, inserted on the other)
// that still carry the same content. Candidates come from an inverted index over sketch bigrams (rare
// bigrams only, so the cost stays near-linear), are confirmed with unitSimilarity, and are paired
// greedily from the most similar down, each block at most once.

import { type Unit, unitSimilarity } from './similarity.js';

export interface MovePair {
  i: number;
  j: number;
  similarity: number;
}

/** Bigrams shared by more than this many candidate blocks are too common to point anywhere. */
const MAX_POSTING = 48;
/** Candidates per block confirmed with the full similarity. */
const TOP = 4;

export function matchMoves(
  a: readonly Unit[],
  b: readonly Unit[],
  freeA: readonly number[],
  freeB: readonly number[],
  threshold: number,
): MovePair[] {
  if (freeA.length === 0 || freeB.length === 0) return [];
  const pairs: MovePair[] = [];
  // Exact content first: a hash map, no index needed.
  const byKey = new Map<number, number[]>();
  for (const i of freeA) {
    const u = a[i] as Unit;
    if (u.norm.length === 0) continue;
    const list = byKey.get(u.key);
    if (list) list.push(i);
    else byKey.set(u.key, [i]);
  }
  const postings = new Map<number, number[]>();
  for (const i of freeA) {
    for (const g of (a[i] as Unit).sketch) {
      const list = postings.get(g);
      if (!list) postings.set(g, [i]);
      else if (list.length <= MAX_POSTING) list.push(i);
    }
  }
  const counts = new Map<number, number>();
  for (const j of freeB) {
    const y = b[j] as Unit;
    const exact = y.norm.length ? byKey.get(y.key) : undefined;
    if (exact) for (const i of exact) if ((a[i] as Unit).norm === y.norm) pairs.push({ i, j, similarity: 1 });
    counts.clear();
    for (const g of y.sketch) {
      const list = postings.get(g);
      if (!list || list.length > MAX_POSTING) continue;
      for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    const ranked = [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, TOP);
    for (const [i] of ranked) {
      const s = unitSimilarity(a[i] as Unit, y);
      if (s >= threshold && s < 1) pairs.push({ i, j, similarity: s });
    }
  }
  pairs.sort((p, q) => q.similarity - p.similarity || p.j - q.j || p.i - q.i);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: MovePair[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    out.push(p);
  }
  return out;
}
