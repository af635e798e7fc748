// MinHash signatures of shingle sets.
//
// The index uses one-permutation hashing (OPH, Li et al. 2012) with optimal densification (Shrivastava
// 2017): every shingle is hashed ONCE to 64 bits; the high word picks one of `numPerm` bins, the low word
// competes for that bin's minimum. Bins left empty (short texts) borrow the value of a non-empty bin
// chosen by a hash sequence that depends only on the bin number and the seed, so two texts borrow from
// the same places and P[sig_a[i] = sig_b[i]] stays ≈ Jaccard(a, b). Cost per shingle is O(1) instead of
// O(numPerm) for classic MinHash. `classicSignature` (numPerm independent hash functions) is kept for the
// accuracy comparison in the tests and the benchmark.

import { fmix32 } from '../text/hash.js';
import { forEachShingle, type NormalizedCodes } from './shingles.js';

const TWO32 = 4294967296;

let minsScratch = new Uint32Array(0);
let filledScratch = new Uint8Array(0);

/**
 * OPH signature with densification: `numPerm` 32-bit values, or `undefined` for a text with no shingle
 * (empty after normalization).
 */
export function ophSignature(
  n: NormalizedCodes,
  numPerm: number,
  shingleSize: number,
  seed: number,
): Uint32Array | undefined {
  if (minsScratch.length !== numPerm) {
    minsScratch = new Uint32Array(numPerm);
    filledScratch = new Uint8Array(numPerm);
  }
  const mins = minsScratch.fill(0xffffffff);
  const filled = filledScratch.fill(0);
  const scale = numPerm / TWO32;
  const count = forEachShingle(n, shingleSize, seed, (hi, lo) => {
    const bin = (hi * scale) | 0;
    if (filled[bin] === 0) {
      filled[bin] = 1;
      mins[bin] = lo;
    } else if (lo < (mins[bin] as number)) mins[bin] = lo;
  });
  if (count === 0) return undefined;
  const sig = new Uint32Array(numPerm);
  for (let i = 0; i < numPerm; i++) {
    if (filled[i] === 1) {
      sig[i] = mins[i] as number;
      continue;
    }
    // Optimal densification: probe bins h(i, 1), h(i, 2), … until a filled one; the sequence is the same
    // for every document, which is what keeps the collision probability equal to the Jaccard similarity.
    let attempt = 1;
    for (;;) {
      const j =
        (fmix32((Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ seed) >>> 0) * scale) | 0;
      if (filled[j] === 1) {
        sig[i] = mins[j] as number;
        break;
      }
      attempt++;
      if (attempt > 64 * numPerm) {
        // Practically unreachable (at least one bin is filled); a deterministic fallback keeps it total.
        let k = (i + 1) % numPerm;
        while (filled[k] !== 1) k = (k + 1) % numPerm;
        sig[i] = mins[k] as number;
        break;
      }
    }
  }
  return sig;
}

/**
 * Classic MinHash with `numPerm` independent hash functions derived from the 64-bit shingle hash
 * (O(numPerm) per shingle). Kept as the reference the OPH signature is compared against.
 */
export function classicSignature(
  n: NormalizedCodes,
  numPerm: number,
  shingleSize: number,
  seed: number,
): Uint32Array | undefined {
  const a = new Uint32Array(numPerm);
  const b = new Uint32Array(numPerm);
  for (let i = 0; i < numPerm; i++) {
    a[i] = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ seed);
    b[i] = fmix32(Math.imul(i + 1, 0x7feb352d) ^ ~seed) | 1;
  }
  const sig = new Uint32Array(numPerm).fill(0xffffffff);
  const count = forEachShingle(n, shingleSize, seed, (hi, lo) => {
    for (let i = 0; i < numPerm; i++) {
      const v = fmix32((lo ^ (a[i] as number)) + Math.imul(hi, b[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  });
  return count === 0 ? undefined : sig;
}

/** Fraction of equal positions: the MinHash estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('jiaokan: signatures have different lengths');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}
