import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  candidateProbability,
  falseNegativeArea,
  falsePositiveArea,
  LshTables,
  optimalParams,
} from '../../src/corpus/lsh.js';

// Reference values computed with datasketch's own procedure (scipy.integrate.quad over the same
// integrands, exhaustive search over b·r ≤ numPerm).
describe('optimalParams (datasketch procedure, numerical integration)', () => {
  it.each([
    [0.8, 128, 0.5, 9, 13],
    [0.5, 128, 0.5, 25, 5],
    [0.9, 128, 0.5, 5, 25],
    [0.8, 256, 0.5, 17, 15],
    [0.7, 64, 0.5, 8, 8],
    [0.3, 32, 0.5, 12, 2],
    [0.8, 128, 0.1, 14, 9],
    [0.8, 128, 0.05, 16, 8],
    [0.8, 256, 0.05, 25, 10],
  ])('threshold %f, numPerm %i, fp weight %f → b=%i, r=%i', (t, n, wfp, b, r) => {
    expect(optimalParams(t, n, { falsePositive: wfp, falseNegative: 1 - wfp })).toEqual({
      bands: b,
      rows: r,
    });
  });

  it('defaults to the recall-leaning weights', () => {
    expect(optimalParams(0.8, 128)).toEqual({ bands: 16, rows: 8 });
    expect(candidateProbability(0.8, 16, 8)).toBeGreaterThan(0.94);
  });

  it('integrates the areas accurately', () => {
    // b = r = 1: P(s) = s, so FP area = t²/2 and FN area = (1 - t)²/2.
    expect(falsePositiveArea(0.8, 1, 1)).toBeCloseTo(0.32, 12);
    expect(falseNegativeArea(0.8, 1, 1)).toBeCloseTo(0.02, 12);
    // datasketch/scipy value for b = 9, r = 13, t = 0.8: FP area ≈ 0.0135 (weighted error 0.0293 total)
    expect(falsePositiveArea(0.8, 9, 13) * 0.5 + falseNegativeArea(0.8, 9, 13) * 0.5).toBeCloseTo(
      0.029297,
      5,
    );
  });

  it('rejects impossible parameters', () => {
    expect(() => optimalParams(1.5, 128)).toThrow(RangeError);
    expect(() => optimalParams(0.5, 1)).toThrow(RangeError);
  });
});

describe('band keys and tables', () => {
  it('finds documents sharing one band and forgets removed ones', () => {
    const a = Uint32Array.from({ length: 8 }, (_, i) => i);
    const b = Uint32Array.from(a);
    b[7] = 99; // second band differs
    const c = Uint32Array.from({ length: 8 }, (_, i) => 100 + i);
    const t = new LshTables(2);
    t.insert(0, bandKeys(a, 2, 4));
    t.insert(1, bandKeys(c, 2, 4));
    expect(t.candidates(bandKeys(b, 2, 4))).toEqual([0]);
    t.remove(0, bandKeys(a, 2, 4));
    expect(t.candidates(bandKeys(b, 2, 4))).toEqual([]);
  });

  it('keys bands apart: the same values in different bands do not collide', () => {
    const sig = Uint32Array.from([1, 2, 1, 2]);
    const k = bandKeys(sig, 2, 2);
    expect([k[0], k[1]]).not.toEqual([k[2], k[3]]);
  });
});
