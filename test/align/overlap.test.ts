import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectionMatrix } from '../../src/align/overlap.js';
import { intersect, sketchOf } from '../../src/align/similarity.js';

/** Sorted unique 32-bit values, as sketches are (high values included: bigrams use all 32 bits). */
const sketch = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 0xffffffff })), {
    maxLength: 30,
  })
  .map((v) => Uint32Array.from(v).sort());

function pairwise(xs: Uint32Array[], ys: Uint32Array[]): number[] {
  const out: number[] = [];
  for (const x of xs) for (const y of ys) out.push(intersect(x, y));
  return out;
}

describe('intersectionMatrix', () => {
  it('equals pairwise sorted-merge intersections, small and indexed paths alike', () => {
    fc.assert(
      fc.property(fc.array(sketch, { maxLength: 8 }), fc.array(sketch, { maxLength: 8 }), (xs, ys) => {
        expect([...intersectionMatrix(xs, ys)]).toEqual(pairwise(xs, ys));
      }),
      { numRuns: 300 },
    );
  });

  it('counts shared bigrams of real paragraphs', () => {
    const texts = [
      '推动高质量发展',
      '推动高品质发展',
      '扎实推进共同富裕',
      '发展新质生产力',
      '高质量发展是首要任务',
    ];
    const xs = texts.map(sketchOf);
    const ys = [...texts].reverse().map(sketchOf);
    const m = intersectionMatrix(xs, ys);
    expect([...m]).toEqual(pairwise(xs, ys));
    // 推动高质量发展 vs 高质量发展是首要任务: 高质 质量 量发 发展
    expect(m[0]).toBe(4);
  });
});
