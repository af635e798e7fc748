// Locality-sensitive hashing over MinHash signatures: b bands of r rows; two documents become candidates
// when all r values of at least one band agree, which happens with probability 1 - (1 - s^r)^b for
// Jaccard similarity s. The (b, r) pair is chosen as datasketch does: minimize the weighted sum of the
// false-positive area (∫_0^t P(s) ds) and the false-negative area (∫_t^1 1 - P(s) ds), both integrated
// numerically here. Candidates are always verified with the exact Jaccard similarity, so a false
// positive costs only time while a false negative is a missed duplicate: the default weights lean
// towards recall (see DEFAULT_WEIGHTS).

import { fmix32 } from '../text/hash.js';

export interface LshWeights {
  /** weight of the false-positive probability (datasketch default 0.5) */
  falsePositive: number;
  /** weight of the false-negative probability (datasketch default 0.5) */
  falseNegative: number;
}

/**
 * Recall-leaning defaults. With 128 permutations and threshold 0.8 they give b = 16, r = 8: a pair at
 * exactly 0.8 becomes a candidate with probability 0.95 (datasketch's 0.5/0.5 gives b = 9, r = 13 and
 * only 0.40), a pair at 0.5 with probability 0.06 — and every candidate is checked exactly anyway.
 */
export const DEFAULT_WEIGHTS: Readonly<LshWeights> = Object.freeze({
  falsePositive: 0.05,
  falseNegative: 0.95,
});

/** Probability that a pair with Jaccard similarity `s` shares at least one band. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

// Composite Gauss–Legendre quadrature (5 nodes per panel, 16 panels): the integrands are smooth
// polynomials of degree b·r ≤ numPerm, and this is accurate to ~1e-9 for the sizes used here.
const GL_X = [0, -0.5384693101056831, 0.5384693101056831, -0.906179845938664, 0.906179845938664];
const GL_W = [
  0.5688888888888889, 0.47862867049936647, 0.47862867049936647, 0.23692688505618908, 0.23692688505618908,
];

function integrate(f: (s: number) => number, a: number, b: number, panels = 16): number {
  if (b <= a) return 0;
  const h = (b - a) / panels;
  let sum = 0;
  for (let p = 0; p < panels; p++) {
    const mid = a + (p + 0.5) * h;
    for (let k = 0; k < 5; k++) sum += (GL_W[k] as number) * f(mid + (GL_X[k] as number) * (h / 2));
  }
  return (sum * h) / 2;
}

export function falsePositiveArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => candidateProbability(s, bands, rows), 0, threshold);
}

export function falseNegativeArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => 1 - candidateProbability(s, bands, rows), threshold, 1);
}

const paramCache = new Map<string, { bands: number; rows: number }>();

/** The (bands, rows) with b·r ≤ numPerm that minimizes the weighted false-positive + false-negative area. */
export function optimalParams(
  threshold: number,
  numPerm: number,
  weights: LshWeights = DEFAULT_WEIGHTS,
): { bands: number; rows: number } {
  if (!(threshold > 0 && threshold < 1)) throw new RangeError('jiaokan: `threshold` must be in (0, 1)');
  if (!Number.isInteger(numPerm) || numPerm < 2)
    throw new RangeError('jiaokan: `numPerm` must be an integer ≥ 2');
  const key = `${threshold}|${numPerm}|${weights.falsePositive}|${weights.falseNegative}`;
  const hit = paramCache.get(key);
  if (hit) return { ...hit };
  let best = Number.POSITIVE_INFINITY;
  let out = { bands: 1, rows: 1 };
  for (let b = 1; b <= numPerm; b++) {
    const maxR = Math.floor(numPerm / b);
    for (let r = 1; r <= maxR; r++) {
      const err =
        falsePositiveArea(threshold, b, r) * weights.falsePositive +
        falseNegativeArea(threshold, b, r) * weights.falseNegative;
      if (err < best) {
        best = err;
        out = { bands: b, rows: r };
      }
    }
  }
  paramCache.set(key, out);
  return { ...out };
}

/**
 * 64-bit key of every band: `keys[2b]` (high word) and `keys[2b+1]` (low word) for band b. Each key
 * hashes the band number and its r signature values, so keys from different bands never need to be
 * told apart by the table they live in. These are the records that can be computed on any machine and
 * merged (see the README, section Corpus).
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands * 2);
  for (let b = 0; b < bands; b++) {
    let h1 = fmix32(0x9e3779b9 ^ b);
    let h2 = fmix32(0x7f4a7c15 ^ Math.imul(b + 1, 0x2c1b3c6d));
    const base = b * rows;
    for (let r = 0; r < rows; r++) {
      const v = sig[base + r] as number;
      h1 = Math.imul(h1 ^ v, 0x5bd1e995);
      h1 = (h1 << 15) | (h1 >>> 17);
      h2 = Math.imul(h2 ^ v, 0x27d4eb2f);
      h2 = ((h2 << 13) | (h2 >>> 19)) + h1;
    }
    h1 = fmix32(h1 + Math.imul(h2, 0x165667b1));
    h2 = fmix32(h2 ^ h1);
    keys[2 * b] = h1;
    keys[2 * b + 1] = h2;
  }
  return keys;
}

/** A band key as a Map key: 53 of its 64 bits (a collision only adds a candidate, which is verified). */
export function bandMapKey(keys: Uint32Array, band: number): number {
  return ((keys[2 * band] as number) & 0x1fffff) * 4294967296 + (keys[2 * band + 1] as number);
}

/**
 * One hash table per band, from band key to the documents (dense integer slots) that have it. A key
 * held by one document stores the number itself; only shared keys allocate an array.
 */
export class LshTables {
  readonly bands: number;
  private readonly tables: Map<number, number | number[]>[];

  constructor(bands: number) {
    this.bands = bands;
    this.tables = Array.from({ length: bands }, () => new Map());
  }

  insert(slot: number, keys: Uint32Array): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b] as Map<number, number | number[]>;
      const k = bandMapKey(keys, b);
      const cur = t.get(k);
      if (cur === undefined) t.set(k, slot);
      else if (typeof cur === 'number') t.set(k, [cur, slot]);
      else cur.push(slot);
    }
  }

  remove(slot: number, keys: Uint32Array): void {
    for (let b = 0; b < this.bands; b++) {
      const t = this.tables[b] as Map<number, number | number[]>;
      const k = bandMapKey(keys, b);
      const cur = t.get(k);
      if (cur === undefined) continue;
      if (typeof cur === 'number') {
        if (cur === slot) t.delete(k);
      } else {
        const at = cur.indexOf(slot);
        if (at >= 0) cur.splice(at, 1);
        if (cur.length === 1) t.set(k, cur[0] as number);
        else if (cur.length === 0) t.delete(k);
      }
    }
  }

  /** Distinct slots sharing at least one band with `keys`, in ascending order. */
  candidates(keys: Uint32Array): number[] {
    const out = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      const cur = (this.tables[b] as Map<number, number | number[]>).get(bandMapKey(keys, b));
      if (cur === undefined) continue;
      if (typeof cur === 'number') out.add(cur);
      else for (const s of cur) out.add(s);
    }
    return [...out].sort((x, y) => x - y);
  }
}
