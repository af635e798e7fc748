import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcpArray, suffixArray } from '../../src/corpus/suffix-array.js';

function naive(text: number[]): number[] {
  const idx = text.map((_, i) => i);
  idx.sort((a, b) => {
    for (let k = 0; ; k++) {
      const x = text[a + k] ?? -1;
      const y = text[b + k] ?? -1;
      if (x !== y) return x - y;
    }
  });
  return idx;
}

function withSentinel(symbols: number[]): Int32Array {
  return Int32Array.from([...symbols.map((s) => s + 1), 0]);
}

describe('suffixArray (SA-IS)', () => {
  it.each([
    ['banana', [...'banana'].map((c) => c.charCodeAt(0) - 96)],
    ['all equal', Array(50).fill(1)],
    ['mississippi', [...'mississippi'].map((c) => c.charCodeAt(0) - 96)],
    ['alternating', Array.from({ length: 41 }, (_, i) => (i % 2) + 1)],
    ['single', [3]],
  ])('matches the naive order on %s', (_, symbols) => {
    const text = withSentinel(symbols);
    expect([...suffixArray(text, 30)]).toEqual(naive([...text]));
  });

  it('matches the naive suffix sort on random strings (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 300 }), (symbols) => {
        const text = withSentinel(symbols);
        expect([...suffixArray(text, 6)]).toEqual(naive([...text]));
      }),
      { numRuns: 300 },
    );
  });

  it('computes LCPs that agree with direct comparison (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 200 }), (symbols) => {
        const text = withSentinel(symbols);
        const sa = suffixArray(text, 4);
        const lcp = lcpArray(text, sa);
        for (let i = 1; i < sa.length; i++) {
          let h = 0;
          const a = sa[i - 1] as number;
          const b = sa[i] as number;
          while (a + h < text.length && text[a + h] === text[b + h]) h++;
          expect(lcp[i]).toBe(h);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects input without the sentinel', () => {
    expect(() => suffixArray(Int32Array.from([2, 1]), 3)).toThrow(/sentinel/);
  });

  it('is linear enough for a long repetitive input', () => {
    const n = 200_000;
    const text = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) text[i] = 1 + (i % 7 === 0 ? 2 : 1);
    const t0 = performance.now();
    const sa = suffixArray(text, 4);
    expect(sa.length).toBe(n + 1);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
