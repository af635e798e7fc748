// A merge (or split) whose parts only became neighbours when a block between them moved away. The
// in-order DP still sees the moved block between the parts — it is known to have moved only after the
// move search, when it was also revised (an unrevised one is reserved before the DP) — so it links one
// part and deletes the other. After the move search, each deleted (inserted) block is tried, with the
// DP's own scoring, against the linked pair just past the moved blocks beside it.

import { type Bead, ownShare, PART_CONTAINMENT } from './beads.js';
import { dice, diceOf, intersect, type Unit, union } from './similarity.js';

const isPair = (x: Bead | undefined) => x?.op === 'modify' && x.a.length === 1 && x.b.length === 1;

/**
 * `movedA` / `movedB`: blocks on each side that the move search linked elsewhere. Returns `beads`
 * itself when nothing rejoins.
 */
export function rejoinAcrossMoves(
  a: readonly Unit[],
  b: readonly Unit[],
  beads: Bead[],
  movedA: ReadonlySet<number>,
  movedB: ReadonlySet<number>,
  threshold: number,
): Bead[] {
  // Only deletes and inserts can rejoin: without any (a moved block that was not revised), nothing to
  // do. Indexed loops: this runs over every bead of the level, on a first call unoptimized.
  let unlinked = false;
  for (let k = 0; k < beads.length && !unlinked; k++) {
    const op = (beads[k] as Bead).op;
    unlinked = op === 'delete' || op === 'insert';
  }
  if (!unlinked) return beads;
  const pairOfA = new Map<number, number>();
  const pairOfB = new Map<number, number>();
  for (let k = 0; k < beads.length; k++) {
    const x = beads[k] as Bead;
    if (!isPair(x)) continue;
    pairOfA.set(x.a[0] as number, k);
    pairOfB.set(x.b[0] as number, k);
  }
  let out: Bead[] | undefined;
  const drop = new Set<number>();
  for (let k = 0; k < beads.length; k++) {
    const x = beads[k] as Bead;
    const merge = x.op === 'delete';
    if (!merge && x.op !== 'insert') continue;
    const own = merge ? (x.a[0] as number) : (x.b[0] as number);
    const moved = merge ? movedA : movedB;
    for (const step of [-1, 1]) {
      let y = own + step;
      while (moved.has(y)) y += step;
      if (y === own + step) continue; // nothing moved away in between
      const at = (merge ? pairOfA : pairOfB).get(y);
      const pair = at === undefined ? undefined : (out ?? beads)[at];
      if (at === undefined || !pair || !isPair(pair)) continue;
      const parts = step < 0 ? [y, own] : [own, y];
      const side = merge ? a : b;
      const whole = merge ? (b[pair.b[0] as number] as Unit) : (a[pair.a[0] as number] as Unit);
      const s = joined(
        side[parts[0] as number] as Unit,
        side[parts[1] as number] as Unit,
        side[y] as Unit,
        whole,
        threshold,
      );
      if (s === undefined) continue;
      out ??= beads.slice();
      out[at] = merge
        ? { op: 'merge', a: parts, b: pair.b, similarity: s }
        : { op: 'split', a: pair.a, b: parts, similarity: s };
      drop.add(k);
      break;
    }
  }
  return out ? out.filter((_, k) => !drop.has(k)) : beads;
}

/**
 * The similarity of two parts read together with `whole`, when the DP would take that 2-1 bead over
 * the 1-1 pair (`paired`, `whole`) plus an unlinked part; else undefined.
 */
function joined(p0: Unit, p1: Unit, paired: Unit, whole: Unit, threshold: number): number | undefined {
  for (const p of [p0, p1]) {
    const c = intersect(p.sketch, whole.sketch);
    if (c === 0 || c < PART_CONTAINMENT * p.sketch.length) return undefined;
  }
  if (!ownShare(p0.sketch, p1.sketch, whole.sketch) || !ownShare(p1.sketch, p0.sketch, whole.sketch))
    return undefined;
  const u = union(p0.sketch, p1.sketch);
  const d = diceOf(intersect(u, whole.sketch), u.length, whole.sketch.length);
  if (d < threshold) return undefined;
  const len = (x: Unit) => Math.max(1, x.norm.length);
  const gain = (d - threshold) * (len(p0) + len(p1) + len(whole));
  const pairGain = (dice(paired.sketch, whole.sketch) - threshold) * (len(paired) + len(whole));
  return gain > pairGain ? d : undefined;
}
