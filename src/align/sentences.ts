// Sentence level, inside one linked paragraph block (1-1, split, merge or move): the sentences of its
// paragraphs on each side, aligned by the same steps as paragraphs (anchors, beads, moves).

import type { Bead } from './beads.js';
import type { Budget } from './budget.js';
import { alignLevel, type LevelOptions } from './level.js';
import type { Outline } from './paragraphs.js';

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
  return alignLevel(
    sa.map((i) => oa.sentence(i)),
    sb.map((j) => ob.sentence(j)),
    'sentence',
    budget,
    o,
    movePrefix,
  );
}
