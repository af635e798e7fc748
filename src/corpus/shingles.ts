// Character shingles of normalized text, hashed to 64 bits without allocating a string per shingle.
//
// Normalization is `normalize()` from src/text with its defaults (NFKC, lower case, whitespace removed,
// punctuation folded): `normalizeCodes` writes exactly those code units (src/text/normalize.ts, same
// table) into a reusable Uint16Array. Shingles are then hashed with a rolling polynomial over that array.

import { fmix32 } from '../text/hash.js';
import { type NormalizedCodes, normalizeCodes as normalizeInto } from '../text/normalize.js';

export type { NormalizedCodes };

let scratch: Uint16Array<ArrayBufferLike> = new Uint16Array(1 << 12);

/**
 * Normalized code units of `text` (the same as `normalize(text)` with default options). The result's
 * buffer is a module-level scratch array reused by the next call unless `out` is given.
 */
export function normalizeCodes(text: string, out?: Uint16Array<ArrayBufferLike>): NormalizedCodes {
  const r = normalizeInto(
    text,
    out ?? (scratch.length >= text.length ? scratch : new Uint16Array(text.length)),
  );
  if (!out) scratch = r.codes;
  return r;
}

/** The normalized string (for tests and for storing); same as `normalize(text)`. */
export function codesToString(n: NormalizedCodes): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < n.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, n.codes.subarray(i, Math.min(n.length, i + CHUNK)) as never);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Rolling 64-bit shingle hash. Two polynomial lanes mod 2^32 (different odd bases) are updated in O(1)
// per position; each window's lane pair is then passed through a bijective mix (so distinct lane pairs
// never collide) that spreads every input bit over both output words. The seed selects the mix.

const B1 = 0x01000193; // FNV prime: odd
const B2 = 0x5bd1e995; // murmur2 constant: odd

function powMod32(b: number, e: number): number {
  let r = 1;
  for (let k = 0; k < e; k++) r = Math.imul(r, b);
  return r;
}

/**
 * Calls `visit(hi, lo)` for the 64-bit hash of every `k`-code-unit window of `codes[0..length)`.
 * A text shorter than `k` (but not empty) yields one shingle: the whole text. Returns the number of
 * shingles visited (positions, not distinct values).
 */
export function forEachShingle(
  n: NormalizedCodes,
  k: number,
  seed: number,
  visit: (hi: number, lo: number) => void,
): number {
  const { codes, length } = n;
  if (length === 0) return 0;
  const s1 = fmix32(seed ^ 0x2545f491);
  const s2 = fmix32(seed ^ 0x9e3779b9);
  if (length < k) {
    let h1 = 0;
    let h2 = 0;
    for (let i = 0; i < length; i++) {
      h1 = (Math.imul(h1, B1) + (codes[i] as number)) | 0;
      h2 = (Math.imul(h2, B2) + (codes[i] as number)) | 0;
    }
    // Mark the length so that a short text never equals a window of a long one by accident.
    h1 ^= Math.imul(length, 0x27d4eb2f);
    const lo = fmix32((h1 ^ s1) + Math.imul(h2, 0x165667b1));
    visit(fmix32(((h2 ^ s2) + lo) | 0), lo);
    return 1;
  }
  const P1 = powMod32(B1, k - 1);
  const P2 = powMod32(B2, k - 1);
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < k; i++) {
    h1 = (Math.imul(h1, B1) + (codes[i] as number)) | 0;
    h2 = (Math.imul(h2, B2) + (codes[i] as number)) | 0;
  }
  let count = 0;
  for (let i = k; ; i++) {
    const lo = fmix32((h1 ^ s1) + Math.imul(h2, 0x165667b1));
    visit(fmix32(((h2 ^ s2) + lo) | 0), lo);
    count++;
    if (i >= length) break;
    const out = codes[i - k] as number;
    const inc = codes[i] as number;
    h1 = (Math.imul((h1 - Math.imul(out, P1)) | 0, B1) + inc) | 0;
    h2 = (Math.imul((h2 - Math.imul(out, P2)) | 0, B2) + inc) | 0;
  }
  return count;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * The set of 64-bit shingle hashes, sorted ascending and deduplicated, as interleaved 32-bit words:
 * element i is `(words[2i+HI], words[2i+LO])` — read it with `setSize`/`jaccard`. The sort runs natively
 * on a BigUint64Array view of the same memory, so no BigInt is ever created.
 */
export function shingleSet(n: NormalizedCodes, k: number, seed: number): Uint32Array {
  const cap = n.length === 0 ? 0 : Math.max(1, n.length - k + 1);
  const words = new Uint32Array(cap * 2);
  let p = 0;
  forEachShingle(n, k, seed, (hi, lo) => {
    words[p + HI] = hi;
    words[p + LO] = lo;
    p += 2;
  });
  new BigUint64Array(words.buffer, 0, cap).sort();
  // Deduplicate in place.
  let w = 0;
  for (let r = 0; r < p; r += 2) {
    if (w > 0 && words[w - 2] === words[r] && words[w - 1] === words[r + 1]) continue;
    words[w] = words[r] as number;
    words[w + 1] = words[r + 1] as number;
    w += 2;
  }
  return words.subarray(0, w);
}

/** Number of distinct shingles in a set made by `shingleSet`. */
export function setSize(set: Uint32Array): number {
  return set.length >>> 1;
}

/** Exact Jaccard similarity |A∩B| / |A∪B| of two shingle sets (1 when both are empty). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const na = a.length;
  const nb = b.length;
  if (na === 0 && nb === 0) return 1;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < na && j < nb) {
    const ah = a[i + HI] as number;
    const bh = b[j + HI] as number;
    if (ah < bh) i += 2;
    else if (ah > bh) j += 2;
    else {
      const al = a[i + LO] as number;
      const bl = b[j + LO] as number;
      if (al < bl) i += 2;
      else if (al > bl) j += 2;
      else {
        inter++;
        i += 2;
        j += 2;
      }
    }
  }
  return inter / (na / 2 + nb / 2 - inter);
}
