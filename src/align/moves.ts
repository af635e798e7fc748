// Moves: blocks left unpaired by the in-order alignment (deleted on one side, inserted on the other)
// that still carry the same content. Candidates come from an inverted index over sketch bigrams (rare
// bigrams only, so the cost stays near-linear), are confirmed with unitSimilarity, and are paired
// greedily from the most similar down, each block at most once.

import { hash53 } from '../text/hash.js';
import { Counter, Postings } from './postings.js';
import { gram4, intersect, type Unit, unitSimilarity } from './similarity.js';

export interface MovePair {
  i: number;
  j: number;
  similarity: number;
}

/**
 * A second way in for sentences: most of the shorter one's bigrams reappear in the other (a reused
 * phrase inside a rewritten sentence), even when the overall similarity is below the threshold.
 */
export interface PhraseRule {
  /** |x ∩ y| / min(|x|, |y|) at least this */
  overlap: number;
  /** and at least this many shared bigrams */
  minShared: number;
  /** or at least this many shared character 4-grams (a verbatim run of about minGrams + 3 characters) */
  minGrams: number;
}

/** 4-grams shared by more than this many candidate blocks are too common to point anywhere. */
const MAX_POSTING = 256;

/** Unique hashed character 4-grams of a normalized text (the whole text when shorter). */
function grams4(norm: string): Set<number> {
  const out = new Set<number>();
  if (norm.length > 0 && norm.length < 4) out.add(hash53(norm));
  // A huge block is represented by its first MAX_GRAMS 4-grams: enough to find a partner.
  const stop = Math.min(norm.length, MAX_GRAMS + 3);
  for (let i = 0; i + 4 <= stop; i++) out.add(gram4(norm, i));
  return out;
}

const MAX_GRAMS = 4096;
/** Candidates per block confirmed with the full similarity. */
const TOP = 4;

/** The `k` indices with the highest counts (ties: lower index), as [index, count]. */
function topByCount(touched: readonly number[], counts: Int32Array, k: number): [number, number][] {
  const best: [number, number][] = [];
  for (const i of touched) {
    const c = counts[i] as number;
    if (best.length === k && !(c > (best[k - 1] as [number, number])[1])) continue;
    let at = best.length;
    while (
      at > 0 &&
      ((best[at - 1] as [number, number])[1] < c ||
        ((best[at - 1] as [number, number])[1] === c && (best[at - 1] as [number, number])[0] > i))
    )
      at--;
    best.splice(at, 0, [i, c]);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Greedy one-to-one pairing of the candidates, most similar first. */
export function matchMoves(
  a: readonly Unit[],
  b: readonly Unit[],
  freeA: readonly number[],
  freeB: readonly number[],
  threshold: number,
  phrase?: PhraseRule,
  expired?: () => boolean,
): MovePair[] {
  const pairs = moveCandidates(a, b, freeA, freeB, threshold, phrase, expired);
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

/**
 * Move groups: candidates joined greedily (most similar first) into connected groups of at most
 * `maxSide` blocks per side — one sentence's phrases often went into several, and several into one.
 * Returns groups as lists of a and b indices, each index in at most one group.
 */
export function groupMoves(
  pairs: readonly MovePair[],
  maxSide: number,
): { a: number[]; b: number[]; similarity: number }[] {
  const parent = new Map<string, string>();
  const members = new Map<string, { a: number[]; b: number[]; similarity: number }>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const node = (key: string, side: 'a' | 'b', index: number, similarity: number) => {
    if (!parent.has(key)) {
      parent.set(key, key);
      members.set(key, { a: side === 'a' ? [index] : [], b: side === 'b' ? [index] : [], similarity });
    }
    return find(key);
  };
  for (const p of pairs) {
    const x = node(`a${p.i}`, 'a', p.i, p.similarity);
    const y = node(`b${p.j}`, 'b', p.j, p.similarity);
    if (x === y) continue;
    const gx = members.get(x) as { a: number[]; b: number[]; similarity: number };
    const gy = members.get(y) as { a: number[]; b: number[]; similarity: number };
    if (gx.a.length + gy.a.length > maxSide || gx.b.length + gy.b.length > maxSide) continue;
    parent.set(y, x);
    for (const v of gy.a) gx.a.push(v);
    for (const v of gy.b) gx.b.push(v);
    // the first (strongest) link of a group names its similarity
    if (gx.a.length + gx.b.length === 2 || gy.a.length + gy.b.length === 0) gx.similarity = p.similarity;
    members.delete(y);
  }
  return [...members.values()]
    .filter((g) => g.a.length > 0 && g.b.length > 0)
    .map((g) => ({ a: g.a.sort((p, q) => p - q), b: g.b.sort((p, q) => p - q), similarity: g.similarity }));
}

/** All candidate pairs that pass the threshold (or the phrase rule), most similar first. */
export function moveCandidates(
  a: readonly Unit[],
  b: readonly Unit[],
  freeA: readonly number[],
  freeB: readonly number[],
  threshold: number,
  phrase?: PhraseRule,
  expired: () => boolean = () => false,
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
  // Blocks with nothing left after normalization (a `###` or `* * *` line) have no content to compare:
  // they pair with byte-identical copies only, or a moved separator line would stay delete + insert.
  const byRaw = new Map<string, number[]>();
  for (const i of freeA) {
    const u = a[i] as Unit;
    if (u.norm.length > 0 || u.end === u.start) continue;
    const list = byRaw.get(u.raw);
    if (list) list.push(i);
    else byRaw.set(u.raw, [i]);
  }
  // Units with an exact partner are settled by it: only the others go through the 4-gram index.
  const exactA = new Set<number>();
  const fuzzyB: number[] = [];
  for (const j of freeB) {
    const y = b[j] as Unit;
    if (y.norm.length === 0) {
      const i = byRaw.get(y.raw)?.shift();
      if (i !== undefined) pairs.push({ i, j, similarity: 1 });
      continue;
    }
    const exact = byKey.get(y.key);
    // Duplicates pair up in order (k-th copy with k-th copy), never all with all.
    let found = false;
    while (exact?.length) {
      const i = exact.shift() as number;
      if ((a[i] as Unit).norm !== y.norm) continue;
      pairs.push({ i, j, similarity: 1 });
      exactA.add(i);
      found = true;
      break;
    }
    if (!found) fuzzyB.push(j);
  }
  // Candidates share character 4-grams (a reused phrase), not merely common bigrams.
  const postings = new Postings(MAX_POSTING);
  for (const i of freeA) {
    if (exactA.has(i)) continue;
    for (const g of grams4((a[i] as Unit).norm)) postings.add(g, i);
  }
  const counter = new Counter(a.length);
  const { counts, touched } = counter;
  for (let n = 0; n < fuzzyB.length; n++) {
    if ((n & 63) === 63 && expired()) break;
    const j = fuzzyB[n] as number;
    const y = b[j] as Unit;
    counter.reset();
    for (const g of grams4(y.norm)) postings.forEach(g, counter.bump);
    if (touched.length === 0) continue;
    const ranked = topByCount(touched, counts, TOP);
    for (const [i, grams] of ranked) {
      const x = a[i] as Unit;
      const s = unitSimilarity(x, y);
      if (s >= 1) continue;
      if (s >= threshold) pairs.push({ i, j, similarity: s });
      else if (phrase) {
        const shared = intersect(x.sketch, y.sketch);
        const overlap = shared / Math.max(1, Math.min(x.sketch.length, y.sketch.length));
        if ((overlap >= phrase.overlap && shared >= phrase.minShared) || grams >= phrase.minGrams)
          pairs.push({ i, j, similarity: s });
      }
    }
  }
  pairs.sort((p, q) => q.similarity - p.similarity || p.j - q.j || p.i - q.i);
  return pairs;
}
