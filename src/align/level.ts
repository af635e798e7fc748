// One level of alignment (paragraphs of two texts, or sentences of a paired block), the same three
// steps at every level: (1) unique-key anchors + LIS, out-of-order unique matches reserved as moves;
// (2) between anchors, the bead DP — or, for a gap too large for it, similarity anchors that cut the
// gap into smaller ones; (3) unpaired blocks matched again by content anywhere: moves; (4) a block
// left unlinked beside a moved one tried as a merge/split part with the pair past it (rejoin.ts).

import { longestIncreasing, type Pair, uniquePairs } from './anchors.js';
import { type Bead, beadAlign } from './beads.js';
import type { Budget } from './budget.js';
import { joinMovedParts } from './moved-parts.js';
import { matchMoves } from './moves.js';
import { Counter, Postings } from './postings.js';
import { rejoinAcrossMoves } from './rejoin.js';
import { shortcuts } from './shortcuts.js';
import { dice, type Unit } from './similarity.js';
import type { AlignLevel } from './types.js';

/** Gaps up to this many cells go straight to the DP; larger ones are cut by similarity anchors first. */
const GAP_DP = 40_000;
/** Similarity for a pair to serve as an anchor inside a large gap. */
const SIM_ANCHOR = 0.5;
/** Only rare bigrams point to anchor candidates (common ones cost much and say little). */
const MAX_POSTING = 16;
/** Rounds of cutting a large gap by similarity anchors before giving up on it. */
const MAX_DEPTH = 3;

export interface LevelOptions {
  threshold: number;
  moveThreshold: number;
  moves: boolean;
}

export function alignLevel(
  a: readonly Unit[],
  b: readonly Unit[],
  level: AlignLevel,
  budget: Budget,
  o: LevelOptions,
  movePrefix: string,
): Bead[] {
  // Common head and tail (identical blocks) are anchors without any search: the usual case for two
  // scrapes of one text, and the only anchors when every block is a duplicate.
  let head = 0;
  while (head < a.length && head < b.length && sameUnit(a[head] as Unit, b[head] as Unit)) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    sameUnit(a[a.length - 1 - tail] as Unit, b[b.length - 1 - tail] as Unit)
  )
    tail++;
  const ia: number[] = [];
  const ib: number[] = [];
  for (let i = head; i < a.length - tail; i++) ia.push(i);
  for (let j = head; j < b.length - tail; j++) ib.push(j);
  const pairs: Pair[] = [];
  for (let k = 0; k < head; k++) pairs.push({ i: k, j: k });
  // One block left on each side (the usual shape of a small revision): it is no unique pair, since the
  // head loop just found it differs (raw and normalized), so the anchor search is skipped.
  if (!shortcuts.enabled || ia.length !== 1 || ib.length !== 1) {
    // indexed loops in this function: see align.ts (first calls run unoptimized)
    const unique = uniquePairs(a, b, ia, ib);
    for (let k = 0; k < unique.length; k++) pairs.push(unique[k] as Pair);
  }
  for (let k = tail; k > 0; k--) pairs.push({ i: a.length - k, j: b.length - k });
  // In-order pairs (no moves: the usual case for two versions of one text) are their own longest
  // increasing subsequence; only out-of-order ones need the O(n log n) search and the reserved sets.
  let anchors: Pair[] = pairs;
  const reservedA = new Set<number>();
  const reservedB = new Set<number>();
  if (!shortcuts.enabled || !increasing(pairs)) {
    const keep = new Uint8Array(pairs.length);
    const lis = longestIncreasing(pairs);
    for (let k = 0; k < lis.length; k++) keep[lis[k] as number] = 1;
    anchors = [];
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k] as Pair;
      if (keep[k] === 1) anchors.push(p);
      else {
        reservedA.add(p.i);
        reservedB.add(p.j);
      }
    }
  }
  const beads: Bead[] = [];
  let pi = 0;
  let pj = 0;
  for (let k = 0; k <= anchors.length; k++) {
    const anchor = anchors[k];
    const ei = anchor ? anchor.i : a.length;
    const ej = anchor ? anchor.j : b.length;
    // Consecutive anchors (runs of identical blocks) leave no gap: nothing to align between them.
    if (ei > pi || ej > pj) {
      const gapA: number[] = [];
      const gapB: number[] = [];
      for (let i = pi; i < ei; i++) gapA.push(i);
      for (let j = pj; j < ej; j++) gapB.push(j);
      const gap = alignGap(a, b, gapA, gapB, reservedA, reservedB, level, budget, o.threshold, 0);
      for (let g = 0; g < gap.length; g++) beads.push(gap[g] as Bead);
    }
    if (anchor) {
      // flat literals (see paragraphBlock in align.ts): one per paragraph of two versions of one text
      const ai = [anchor.i];
      const bj = [anchor.j];
      beads.push({ op: 'equal', a: ai, b: bj, similarity: 1 });
      pi = anchor.i + 1;
      pj = anchor.j + 1;
    }
  }
  if (!o.moves) return beads;
  // Moves among everything still unpaired — and among the blocks of weak in-order pairs: the DP may
  // have paired a block with a neighbour of similar topic while its real counterpart moved far away.
  const freeA: number[] = [];
  const freeB: number[] = [];
  const weakPairs = new Set<string>();
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k] as Bead;
    if (bead.op === 'equal') continue;
    if (bead.op === 'delete') freeA.push(bead.a[0] as number);
    else if (bead.op === 'insert') freeB.push(bead.b[0] as number);
    else if (isWeak(bead)) {
      freeA.push(bead.a[0] as number);
      freeB.push(bead.b[0] as number);
      weakPairs.add(`${bead.a[0]}:${bead.b[0]}`);
    }
  }
  // Nothing free on one side (a paragraph with one revised sentence): no move is possible.
  if (freeA.length === 0 || freeB.length === 0) return beads;
  // A weak pair found again is no move: it stays as it is.
  const moves = matchMoves(a, b, freeA, freeB, o.moveThreshold, undefined, () =>
    budget.expired(level),
  ).filter((m) => !weakPairs.has(`${m.i}:${m.j}`));
  if (moves.length === 0) return beads;
  const movedA = new Set(moves.map((m) => m.i));
  const byB = new Map(moves.map((m, k) => [m.j, { m, k }]));
  const moveAt = (j: number): Bead | undefined => {
    const hit = byB.get(j);
    if (!hit) return undefined;
    return {
      op: 'move',
      a: [hit.m.i],
      b: [j],
      similarity: hit.m.similarity,
      moveId: `${movePrefix}m${hit.k + 1}`,
    };
  };
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k] as Bead;
    if (bead.op === 'delete') {
      if (!movedA.has(bead.a[0] as number)) out.push(bead);
    } else if (bead.op === 'insert') {
      out.push(moveAt(bead.b[0] as number) ?? bead);
    } else if (isWeak(bead) && (movedA.has(bead.a[0] as number) || byB.has(bead.b[0] as number))) {
      // The pair breaks up: each side goes to its move, or becomes a plain delete / insert.
      const i = bead.a[0] as number;
      const j = bead.b[0] as number;
      if (!movedA.has(i)) out.push({ op: 'delete', a: [i], b: [], similarity: 0 });
      out.push(moveAt(j) ?? { op: 'insert', a: [], b: [j], similarity: 0 });
    } else out.push(bead);
  }
  return rejoinAcrossMoves(
    a,
    b,
    joinMovedParts(a, b, out, o.threshold),
    movedA,
    new Set(byB.keys()),
    o.threshold,
  );
}

/** Similarity below which an in-order 1-1 pair may give way to a better partner found as a move. */
export const WEAK_BEAD = 0.5;

function isWeak(bead: Bead): boolean {
  return bead.op === 'modify' && bead.a.length === 1 && bead.b.length === 1 && bead.similarity < WEAK_BEAD;
}

/** True when the pairs (sorted by i) also increase in j. */
function increasing(pairs: readonly Pair[]): boolean {
  for (let k = 1; k < pairs.length; k++) if ((pairs[k] as Pair).j <= (pairs[k - 1] as Pair).j) return false;
  return true;
}

/** The head and tail test: byte-identical, or the same normalized text. */
export function sameUnit(x: Unit, y: Unit): boolean {
  return x.sameRaw(y) || (x.key === y.key && x.norm === y.norm);
}

/** Deletes then inserts, in order: what a gap becomes when nothing in it can be linked. */
function unlinked(gapA: readonly number[], gapB: readonly number[]): Bead[] {
  return [
    ...gapA.map((i): Bead => ({ op: 'delete', a: [i], b: [], similarity: 0 })),
    ...gapB.map((j): Bead => ({ op: 'insert', a: [], b: [j], similarity: 0 })),
  ];
}

function alignGap(
  a: readonly Unit[],
  b: readonly Unit[],
  gapA: readonly number[],
  gapB: readonly number[],
  reservedA: ReadonlySet<number>,
  reservedB: ReadonlySet<number>,
  level: AlignLevel,
  budget: Budget,
  threshold: number,
  depth: number,
): Bead[] {
  if (gapA.length === 0 || gapB.length === 0) return unlinked(gapA, gapB);
  const ia = gapA.filter((i) => !reservedA.has(i));
  const ib = gapB.filter((j) => !reservedB.has(j));
  let core: Bead[];
  const cells = ia.length * ib.length;
  if (ia.length === 0 || ib.length === 0) core = unlinked(ia, ib);
  else if (cells <= GAP_DP || (depth >= MAX_DEPTH && cells <= GAP_DP * 4)) {
    // expired() and take() record the degradation themselves when they refuse.
    if (!budget.expired(level) && budget.take(level, cells)) core = beadAlign(a, b, ia, ib, threshold);
    else core = unlinked(ia, ib);
  } else if (depth < MAX_DEPTH) core = splitGap(a, b, ia, ib, level, budget, threshold, depth);
  else {
    budget.degrade('maxCells', level, `${ia.length}×${ib.length} blocks left unaligned (no anchors)`);
    core = unlinked(ia, ib);
  }
  if (ia.length === gapA.length && ib.length === gapB.length) return core;
  return placeReserved(core, gapA, gapB, reservedA, reservedB);
}

/** Cuts a large gap at pairs that are unique or clearly similar, then aligns the pieces. */
function splitGap(
  a: readonly Unit[],
  b: readonly Unit[],
  ia: readonly number[],
  ib: readonly number[],
  level: AlignLevel,
  budget: Budget,
  threshold: number,
  depth: number,
): Bead[] {
  const cand = [...uniquePairs(a, b, ia, ib), ...similarPairs(a, b, ia, ib, level, budget)];
  const seenA = new Set<number>();
  const seenB = new Set<number>();
  const pairs = cand
    .sort((x, y) => x.i - y.i || x.j - y.j)
    .filter((p) => {
      if (seenA.has(p.i) || seenB.has(p.j)) return false;
      seenA.add(p.i);
      seenB.add(p.j);
      return true;
    });
  const anchors = longestIncreasing(pairs).map((k) => pairs[k] as Pair);
  if (anchors.length === 0) {
    budget.degrade('maxCells', level, `${ia.length}×${ib.length} blocks with no anchor left unaligned`);
    return unlinked(ia, ib);
  }
  const out: Bead[] = [];
  let pa = 0;
  let pb = 0;
  const none = new Set<number>();
  for (const anchor of [...anchors, { i: Infinity, j: Infinity }]) {
    const subA: number[] = [];
    const subB: number[] = [];
    while (pa < ia.length && (ia[pa] as number) < anchor.i) subA.push(ia[pa++] as number);
    while (pb < ib.length && (ib[pb] as number) < anchor.j) subB.push(ib[pb++] as number);
    for (const x of alignGap(a, b, subA, subB, none, none, level, budget, threshold, depth + 1)) out.push(x);
    if (anchor.i !== Infinity) {
      const x = a[anchor.i] as Unit;
      const y = b[anchor.j] as Unit;
      const equal = x.norm === y.norm;
      out.push({
        op: equal ? 'equal' : 'modify',
        a: [anchor.i],
        b: [anchor.j],
        similarity: equal ? 1 : dice(x.sketch, y.sketch),
      });
      pa++;
      pb++;
    }
  }
  return out;
}

/** Mutual best pairs by sketch similarity, found through an inverted index of rare bigrams. */
function similarPairs(
  a: readonly Unit[],
  b: readonly Unit[],
  ia: readonly number[],
  ib: readonly number[],
  level: AlignLevel,
  budget: Budget,
): Pair[] {
  const postings = new Postings(MAX_POSTING);
  for (const i of ia) for (const g of (a[i] as Unit).sketch) postings.add(g, i);
  const bestOfB = new Map<number, { i: number; s: number }>();
  const bestOfA = new Map<number, { j: number; s: number }>();
  const counter = new Counter(a.length);
  const { counts, touched } = counter;
  for (let n = 0; n < ib.length; n++) {
    if ((n & 63) === 63 && budget.expired(level)) break;
    const j = ib[n] as number;
    const y = b[j] as Unit;
    counter.reset();
    for (const g of y.sketch) postings.forEach(g, counter.bump);
    let top = -1;
    let topCount = 0;
    for (const i of touched) {
      const c = counts[i] as number;
      if (c > topCount) [top, topCount] = [i, c];
    }
    if (top < 0) continue;
    // The count is a lower bound of the intersection: skip pairs that cannot reach SIM_ANCHOR.
    if (
      (2 * Math.min((a[top] as Unit).sketch.length, y.sketch.length)) /
        ((a[top] as Unit).sketch.length + y.sketch.length) <
      SIM_ANCHOR
    )
      continue;
    const s = dice((a[top] as Unit).sketch, y.sketch);
    if (s < SIM_ANCHOR) continue;
    bestOfB.set(j, { i: top, s });
    const prev = bestOfA.get(top);
    if (!prev || prev.s < s) bestOfA.set(top, { j, s });
  }
  const out: Pair[] = [];
  for (const [j, { i }] of bestOfB) if (bestOfA.get(i)?.j === j) out.push({ i, j });
  return out;
}

/** Puts reserved (moved) blocks back as deletes/inserts at their own positions among the beads. */
function placeReserved(
  core: Bead[],
  gapA: readonly number[],
  gapB: readonly number[],
  reservedA: ReadonlySet<number>,
  reservedB: ReadonlySet<number>,
): Bead[] {
  const extraA = gapA.filter((i) => reservedA.has(i));
  const extraB = gapB.filter((j) => reservedB.has(j));
  const out: Bead[] = [];
  let xa = 0;
  let xb = 0;
  for (const bead of core) {
    const firstA = bead.a[0];
    const firstB = bead.b[0];
    while (xa < extraA.length && firstA !== undefined && (extraA[xa] as number) < firstA)
      out.push({ op: 'delete', a: [extraA[xa++] as number], b: [], similarity: 0 });
    while (xb < extraB.length && firstB !== undefined && (extraB[xb] as number) < firstB)
      out.push({ op: 'insert', a: [], b: [extraB[xb++] as number], similarity: 0 });
    out.push(bead);
  }
  while (xa < extraA.length) out.push({ op: 'delete', a: [extraA[xa++] as number], b: [], similarity: 0 });
  while (xb < extraB.length) out.push({ op: 'insert', a: [], b: [extraB[xb++] as number], similarity: 0 });
  return out;
}
