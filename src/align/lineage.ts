// alignVersions([v1, …, vn]): the lineage of every paragraph across versions, by chaining the pairwise
// alignments v1→v2, v2→v3, … in the given order (and nothing else: the result depends only on that
// order). A lineage starts where a paragraph first appears (version 0, or inserted later), follows the
// block its paragraphs belong to in each next alignment (equal, modify, move, split, merge), and ends
// where that block is a delete. A paragraph inserted later that restores one dropped in an earlier step
// (not the step just made: that is the aligner's own delete + insert) continues the dropped lineage.

import { parseDocument } from '../text/document.js';
import { assertString } from '../text/guard.js';
import { align } from './align.js';
import { makeUnit, unitSimilarity } from './similarity.js';
import type { AlignedBlock, Alignment, AlignOptions, BlockOp, Range } from './types.js';

export interface LineageStep {
  /** version index (0-based, in the given order) */
  version: number;
  /** paragraph indices in that version (two after a split) */
  paragraphs: number[];
  ranges: Range[];
  /**
   * how it got here from the previous step ('insert' for the first step after version 0; 'reappear'
   * when it comes back after versions without it)
   */
  op: BlockOp | 'origin' | 'reappear';
  /** similarity to the previous step (1 at the origin) */
  similarity: number;
}

export interface Lineage {
  id: string;
  /** version where it first appears */
  first: number;
  /** first version where it no longer exists (deleted in the step before) and never comes back, if any */
  dropped?: number;
  /** versions it is missing from between two of its steps (it was dropped, then reappeared) */
  absent?: number[];
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
    const inserted: Array<{ j: number; ranges: Range[] }> = [];
    for (const block of al.blocks) {
      const fromA = block.a.map((r) => docA.paragraphAt(r.start)).filter((i) => i >= 0);
      const toB = onB(block);
      if (block.op === 'insert') {
        for (const j of toB) inserted.push({ j, ranges: block.b.map((r) => ({ ...r })) });
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
    const gone = lineages.filter((l) => l.dropped !== undefined && l.dropped <= k);
    const back = reappearing(gone, inserted, versions, k + 1);
    for (const [x, { j, ranges }] of inserted.entries()) {
      const found = back.get(x);
      if (!found) {
        next.set(j, [start(k + 1, [j], ranges, 'insert')]);
        continue;
      }
      const [l, similarity] = found;
      const missed = Array.from(
        { length: k + 1 - (l.dropped as number) },
        (_, d) => (l.dropped as number) + d,
      );
      l.absent = [...(l.absent ?? []), ...missed];
      delete l.dropped;
      l.steps.push({ version: k + 1, paragraphs: [j], ranges, op: 'reappear', similarity });
      next.set(j, [l]);
    }
    live = next;
  }
  return { alignments, lineages };
}

/** Pairs compared by content per version step when looking for reappearing paragraphs. */
const REAPPEAR_PAIRS = 20_000;
/** Similarity an inserted paragraph needs to a dropped one to be taken for it (the move threshold's). */
const REAPPEAR_THRESHOLD = 0.5;

/**
 * Inserted paragraphs (by index in `inserted`) that restore a dropped lineage, with their similarity
 * to its last appearance: strongest pairs first, one-to-one. Past REAPPEAR_PAIRS pairs only exact
 * copies (same normalized text) are looked for.
 */
function reappearing(
  gone: Lineage[],
  inserted: Array<{ ranges: Range[] }>,
  versions: readonly string[],
  version: number,
): Map<number, [Lineage, number]> {
  const found = new Map<number, [Lineage, number]>();
  if (gone.length === 0 || inserted.length === 0) return found;
  const unit = (text: string, ranges: Range[]) =>
    makeUnit(text, (ranges[0] as Range).start, (ranges[ranges.length - 1] as Range).end);
  const was = gone.map((l) => {
    const last = l.steps[l.steps.length - 1] as LineageStep;
    return unit(versions[last.version] as string, last.ranges);
  });
  const now = inserted.map((x) => unit(versions[version] as string, x.ranges));
  const full = gone.length * inserted.length <= REAPPEAR_PAIRS;
  const pairs: Array<[number, number, number]> = [];
  now.forEach((y, x) => {
    was.forEach((w, g) => {
      // a line with no letters (`###`) normalizes to nothing: only its raw text identifies it
      if (w.norm === '' || y.norm === '') {
        if (w.sameRaw(y)) pairs.push([x, g, 1]);
      } else if (full) {
        const sim = unitSimilarity(w, y);
        if (sim >= REAPPEAR_THRESHOLD) pairs.push([x, g, sim]);
      } else if (w.key === y.key && w.norm === y.norm) pairs.push([x, g, 1]);
    });
  });
  pairs.sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  const taken = new Set<number>();
  for (const [x, g, sim] of pairs) {
    if (found.has(x) || taken.has(g)) continue;
    taken.add(g);
    found.set(x, [gone[g] as Lineage, sim]);
  }
  return found;
}
