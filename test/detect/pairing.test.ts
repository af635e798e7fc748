// pairUp: one rest per head and one head per rest, the best evidence first, with one repair step
// when a head's only fragment was taken by a head that has a nearly as good one of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Pair, pairUp } from '../../src/detect/pairing.js';

const key = (ps: Pair[]) => ps.map((p) => `${p.head}>${p.tail}`).sort();

describe('pairUp', () => {
  it.each<[string, Pair[], string[]]>([
    [
      'keeps the best pair of two competing heads',
      [
        { head: 1, tail: 5, score: 1.5 },
        { head: 2, tail: 5, score: 0.9 },
      ],
      ['1>5'],
    ],
    [
      'gives a head its fragment back when the stronger head has an almost as good one',
      [
        { head: 1, tail: 5, score: 1.0 },
        { head: 1, tail: 6, score: 0.9 },
        { head: 2, tail: 5, score: 0.8 },
      ],
      ['1>6', '2>5'],
    ],
    [
      'does not give up a clearly stronger pair',
      [
        { head: 1, tail: 5, score: 1.5 },
        { head: 1, tail: 6, score: 0.8 },
        { head: 2, tail: 5, score: 0.8 },
      ],
      ['1>5'],
    ],
    [
      'prefers the nearer fragment between equals',
      [
        { head: 1, tail: 9, score: 1 },
        { head: 1, tail: 4, score: 1 },
      ],
      ['1>4'],
    ],
    [
      'between equal scores, prefers the pair with the higher tie value to the nearer one',
      [
        { head: 1, tail: 7, score: 2.65, tie: 1.9 },
        { head: 2, tail: 7, score: 2.65, tie: 0.8 },
        { head: 1, tail: 8, score: 2.05, tie: 0.7 },
        { head: 2, tail: 8, score: 2.05, tie: 2 },
      ],
      ['1>7', '2>8'],
    ],
  ])('%s', (_, cands, want) => {
    expect(key(pairUp(cands))).toEqual(want);
  });

  // A claim other than the score (junctions.ts: the score and a little of the pair's cohesion) orders
  // the pairs, and the repair step weighs it as well.
  it.each<[string, (Pair & { coh: number })[], string[]]>([
    [
      'a slightly weaker pair with more cohesion takes the fragment',
      [
        { head: 1, tail: 5, score: 1.0, coh: 0 },
        { head: 2, tail: 5, score: 0.9, coh: 4 },
      ],
      ['2>5'],
    ],
    [
      'two crossing pairs go the way the claims say',
      [
        { head: 1, tail: 5, score: 2.05, coh: 0 },
        { head: 1, tail: 6, score: 2.04, coh: 1 },
        { head: 2, tail: 5, score: 1.6, coh: 3 },
        { head: 2, tail: 6, score: 0.85, coh: 0 },
      ],
      ['1>6', '2>5'],
    ],
  ])('%s', (_, cands, want) => {
    expect(key(pairUp(cands, (c) => c.score + 0.1 * c.coh))).toEqual(want);
    expect(key(pairUp(cands))).not.toEqual(want);
  });

  it('never pairs a head or a tail twice, and only pairs candidates', () => {
    const pair = fc.record({
      head: fc.integer({ min: 0, max: 8 }),
      tail: fc.integer({ min: 0, max: 8 }),
      score: fc.double({ min: 0.7, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (cands) => {
        const out = pairUp(cands);
        expect(new Set(out.map((p) => p.head)).size).toBe(out.length);
        expect(new Set(out.map((p) => p.tail)).size).toBe(out.length);
        for (const p of out) expect(cands).toContain(p);
        // never fewer pairs than greedy would make, taking equal scores in pairUp's order (nearest
        // first): among equal scores another order can make a different number of pairs
        const heads = new Set<number>();
        const tails = new Set<number>();
        const order = (x: Pair, y: Pair) =>
          y.score - x.score || x.tail - x.head - (y.tail - y.head) || x.head - y.head;
        for (const c of [...cands].sort(order))
          if (!heads.has(c.head) && !tails.has(c.tail)) {
            heads.add(c.head);
            tails.add(c.tail);
          }
        expect(out.length).toBeGreaterThanOrEqual(heads.size);
      }),
      { numRuns: 1000 },
    );
  });
});
