// Sentence level, inside one linked paragraph block (1-1, split, merge or move): the sentences of its
// paragraphs on each side, aligned by the same steps as paragraphs (anchors, beads, moves).

import { type Bead, pairSimilarity } from './beads.js';
import type { Budget } from './budget.js';
import { alignLevel, type LevelOptions, sameUnit, WEAK_BEAD } from './level.js';
import type { Outline } from './paragraphs.js';
import { shortcuts } from './shortcuts.js';
import type { Unit } from './similarity.js';

/** Aligns the sentences `sa` (ids in outline a) with `sb`; bead indices are positions in those lists. */
export function alignSentences(
  oa: Outline,
  ob: Outline,
  sa: readonly number[],
  sb: readonly number[],
  budget: Budget,
  o: LevelOptions,
  movePrefix: string,
): Bead[] {
  // indexed loops, no map callbacks: one call per revised paragraph, on a first call unoptimized
  const a: Unit[] = new Array(sa.length);
  for (let k = 0; k < sa.length; k++) a[k] = oa.sentence(sa[k] as number);
  const b: Unit[] = new Array(sb.length);
  for (let k = 0; k < sb.length; k++) b[k] = ob.sentence(sb[k] as number);
  return (
    (shortcuts.enabled && oneRevised(a, b, budget, o)) || alignLevel(a, b, 'sentence', budget, o, movePrefix)
  );
}

/**
 * The usual revised paragraph of two versions of one text: every sentence byte-identical to its
 * partner at the same place from the start or from the end, but one on each side. alignLevel makes the
 * identical ones its head and tail anchors and the pair between them one gap of one block per side,
 * which beadAlign links as `modify` at the similarity of pairSimilarity; when that is not weak
 * (WEAK_BEAD), nothing is left for the move search. Those beads, built directly — or undefined (the
 * full path) for any other shape: a middle of other sizes, a pair the DP would not link, a weak pair.
 */
function oneRevised(
  a: readonly Unit[],
  b: readonly Unit[],
  budget: Budget,
  o: LevelOptions,
): Bead[] | undefined {
  const n = a.length;
  if (n !== b.length) return undefined;
  let head = 0;
  while (head < n && (a[head] as Unit).sameRaw(b[head] as Unit)) head++;
  if (head === n) return undefined;
  let tail = 0;
  while (tail < n - head - 1 && (a[n - 1 - tail] as Unit).sameRaw(b[n - 1 - tail] as Unit)) tail++;
  if (head + tail !== n - 1) return undefined;
  const x = a[head] as Unit;
  const y = b[head] as Unit;
  // Same normalized text: alignLevel's head runs through the whole paragraph (all equal beads); that
  // and the rest go the full way, which is cheap for them or rare.
  if (sameUnit(x, y)) return undefined;
  const d = pairSimilarity(x, y);
  // A weak pair would go through the move search, which can only find the pair itself again and keep
  // it; it still goes the full way, so that the search's deadline check runs as it did.
  if (d < o.threshold || d < WEAK_BEAD) return undefined;
  // alignGap's checks, in its order (a refused one leaves the budget as the full path finds it)
  if (budget.expired('sentence') || !budget.take('sentence', 1)) return undefined;
  const beads: Bead[] = new Array(n);
  for (let k = 0; k < n; k++) {
    // flat literals (see paragraphBlock in align.ts)
    const i = [k];
    const j = [k];
    beads[k] =
      k === head ? { op: 'modify', a: i, b: j, similarity: d } : { op: 'equal', a: i, b: j, similarity: 1 };
  }
  return beads;
}
