// Shared helpers of the align tests: fixtures (test/fixtures only) and alignment invariants.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AlignedBlock, Alignment, Range } from '../../src/align/types.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function leaves(blocks: readonly AlignedBlock[], out: AlignedBlock[] = []): AlignedBlock[] {
  for (const b of blocks) {
    if (b.children?.length) leaves(b.children, out);
    else out.push(b);
  }
  return out;
}

const isSpace = (c: string) => /\s/u.test(c);

/**
 * The contract: leaves cover every non-whitespace character of each side exactly once; ranges are in
 * bounds, non-empty, ordered within a block; children stay inside their parent; ops fit their sides.
 */
export function checkAlignment(a: string, b: string, al: Alignment): void {
  const seenA = new Uint8Array(a.length);
  const seenB = new Uint8Array(b.length);
  const checkRanges = (ranges: readonly Range[], len: number, where: string) => {
    let last = -1;
    for (const r of ranges) {
      if (!(r.start >= 0 && r.end <= len && r.start < r.end))
        throw new Error(`${where}: bad range ${r.start}..${r.end}`);
      if (r.start < last) throw new Error(`${where}: ranges out of order`);
      last = r.end;
    }
  };
  const inside = (child: readonly Range[], parent: readonly Range[]) =>
    child.every((c) => parent.some((p) => c.start >= p.start && c.end <= p.end));
  const walk = (blk: AlignedBlock, parent?: AlignedBlock) => {
    checkRanges(blk.a, a.length, `${blk.id}.a`);
    checkRanges(blk.b, b.length, `${blk.id}.b`);
    if (!(blk.similarity >= 0 && blk.similarity <= 1))
      throw new Error(`${blk.id}: similarity ${blk.similarity}`);
    if (blk.op === 'insert' && blk.a.length) throw new Error(`${blk.id}: insert with an a side`);
    if (blk.op === 'delete' && blk.b.length) throw new Error(`${blk.id}: delete with a b side`);
    if (parent && parent.op !== 'insert' && parent.op !== 'delete' && blk.moveId?.startsWith('sm') !== true) {
      if (!inside(blk.a, parent.a) || !inside(blk.b, parent.b))
        throw new Error(`${blk.id}: outside its parent`);
    }
    if (blk.children?.length) {
      for (const c of blk.children) walk(c, blk);
      return;
    }
    for (const r of blk.a) for (let i = r.start; i < r.end; i++) seenA[i] = (seenA[i] as number) + 1;
    for (const r of blk.b) for (let i = r.start; i < r.end; i++) seenB[i] = (seenB[i] as number) + 1;
  };
  for (const blk of al.blocks) walk(blk);
  for (const [text, seen, side] of [
    [a, seenA, 'a'],
    [b, seenB, 'b'],
  ] as const) {
    for (let i = 0; i < text.length; i++) {
      if ((seen[i] as number) > 1) throw new Error(`${side}[${i}] covered ${seen[i]} times`);
      if (seen[i] === 0 && !isSpace(text[i] as string))
        throw new Error(`${side}[${i}] ${JSON.stringify(text[i])} not covered`);
    }
  }
}
