// alignVersions([v1, …, vn]): the lineage of every paragraph across versions, by chaining the pairwise
// alignments v1→v2, v2→v3, … in the given order (and nothing else: the result depends only on that
// order). A lineage starts where a paragraph first appears (version 0, or inserted later), follows the
// block its paragraphs belong to in each next alignment (equal, modify, move, split, merge), and ends
// where that block is a delete.

import { parseDocument } from '../text/document.js';
import { assertString } from '../text/guard.js';
import { align } from './align.js';
import type { AlignedBlock, Alignment, AlignOptions, BlockOp, Range } from './types.js';

export interface LineageStep {
  /** version index (0-based, in the given order) */
  version: number;
  /** paragraph indices in that version (two after a split) */
  paragraphs: number[];
  ranges: Range[];
  /** how it got here from the previous version ('insert' for the first step after version 0) */
  op: BlockOp | 'origin';
  /** similarity to the previous step (1 at the origin) */
  similarity: number;
}

export interface Lineage {
  id: string;
  /** version where it first appears */
  first: number;
  /** first version where it no longer exists (deleted in the step before), if any */
  dropped?: number;
  steps: LineageStep[];
}

export interface VersionAlignment {
  /** alignments[k] aligns version k with version k + 1 */
  alignments: Alignment[];
  lineages: Lineage[];
}

export function alignVersions(versions: readonly string[], options?: AlignOptions): VersionAlignment {
  if (!Array.isArray(versions)) throw new TypeError('jiaokan: expected `versions` to be an array of strings');
  versions.forEach((v, k) => {
    assertString(v, `versions[${k}]`);
  });
  const docs = versions.map((v) =>
    parseDocument(v, { locale: options?.locale, segmenter: options?.segmenter }),
  );
  const lineages: Lineage[] = [];
  if (docs.length === 0) return { alignments: [], lineages };
  // live: paragraph index in the current version → lineages sitting on it
  let live = new Map<number, Lineage[]>();
  const start = (version: number, paragraphs: number[], ranges: Range[], op: LineageStep['op']): Lineage => {
    const l: Lineage = {
      id: `L${lineages.length + 1}`,
      first: version,
      steps: [{ version, paragraphs, ranges, op, similarity: 1 }],
    };
    lineages.push(l);
    return l;
  };
  (docs[0] as ReturnType<typeof parseDocument>).paragraphs.forEach((p, i) => {
    live.set(i, [start(0, [i], [{ start: p.start, end: p.end }], 'origin')]);
  });
  const alignments: Alignment[] = [];
  for (let k = 0; k + 1 < docs.length; k++) {
    const docA = docs[k] as ReturnType<typeof parseDocument>;
    const docB = docs[k + 1] as ReturnType<typeof parseDocument>;
    const al = align(versions[k] as string, versions[k + 1] as string, options);
    alignments.push(al);
    const next = new Map<number, Lineage[]>();
    const onB = (block: AlignedBlock) => block.b.map((r) => docB.paragraphAt(r.start)).filter((i) => i >= 0);
    for (const block of al.blocks) {
      const fromA = block.a.map((r) => docA.paragraphAt(r.start)).filter((i) => i >= 0);
      const toB = onB(block);
      if (block.op === 'insert') {
        for (const j of toB)
          next.set(j, [
            start(
              k + 1,
              [j],
              block.b.map((r) => ({ ...r })),
              'insert',
            ),
          ]);
        continue;
      }
      const here = [...new Set(fromA.flatMap((i) => live.get(i) ?? []))];
      if (block.op === 'delete') {
        for (const l of here) if (l.dropped === undefined) l.dropped = k + 1;
        continue;
      }
      for (const l of here) {
        l.steps.push({
          version: k + 1,
          paragraphs: toB,
          ranges: block.b.map((r) => ({ ...r })),
          op: block.op,
          similarity: block.similarity,
        });
        for (const j of toB) next.set(j, [...(next.get(j) ?? []), l]);
      }
    }
    live = next;
  }
  return { alignments, lineages };
}
