// A paragraph that moved far and was also split (or parts that moved far and were merged). The move
// search links one block to one block, so it links the moved paragraph to one of its parts and leaves
// the other parts inserted (deleted) right beside that part (beside the moved block). Each move is
// offered its unlinked neighbours here, scored by the in-order bead DP itself over that small
// window: when the DP takes a 1-2/1-3 split (2-1/3-1 merge) there, the move becomes that block and
// keeps its moveId.

import { type Bead, beadAlign } from './beads.js';
import type { Unit } from './similarity.js';

/** Unlinked neighbours offered on each side of a moved block (the DP joins up to three blocks). */
const REACH = 2;

export function joinMovedParts(
  a: readonly Unit[],
  b: readonly Unit[],
  beads: Bead[],
  threshold: number,
): Bead[] {
  if (!beads.some((x) => x.op === 'move')) return beads;
  const deleted = new Map<number, number>(); // a index → bead position
  const inserted = new Map<number, number>(); // b index → bead position
  beads.forEach((x, k) => {
    if (x.op === 'delete') deleted.set(x.a[0] as number, k);
    else if (x.op === 'insert') inserted.set(x.b[0] as number, k);
  });
  const drop = new Set<number>();
  const out = beads.slice();
  beads.forEach((x, k) => {
    if (x.op !== 'move' || x.a.length !== 1 || x.b.length !== 1) return;
    const i = x.a[0] as number;
    const j = x.b[0] as number;
    const parts = (at: number, free: Map<number, number>) => {
      const run = [at];
      for (let y = at - 1; y >= at - REACH && free.has(y) && !drop.has(free.get(y) as number); y--)
        run.unshift(y);
      for (let y = at + 1; y <= at + REACH && free.has(y) && !drop.has(free.get(y) as number); y++)
        run.push(y);
      return run;
    };
    const bs = parts(j, inserted);
    const as = parts(i, deleted);
    for (const [side, window] of [
      ['b', bs],
      ['a', as],
    ] as const) {
      if (window.length < 2) continue;
      const found = (
        side === 'b' ? beadAlign(a, b, [i], window, threshold) : beadAlign(a, b, window, [j], threshold)
      ).find(
        (y) => (y.op === 'split' || y.op === 'merge') && (side === 'b' ? y.b.includes(j) : y.a.includes(i)),
      );
      if (!found) continue;
      out[k] = {
        op: found.op,
        a: found.a,
        b: found.b,
        similarity: found.similarity,
        moveId: x.moveId as string,
      };
      for (const y of side === 'b' ? found.b : found.a) {
        if (y !== (side === 'b' ? j : i)) drop.add((side === 'b' ? inserted : deleted).get(y) as number);
      }
      return;
    }
  });
  return drop.size === 0 && out.every((x, k) => x === beads[k]) ? beads : out.filter((_, k) => !drop.has(k));
}
