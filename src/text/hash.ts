// A fast deterministic 64-bit string hash built from two independent 32-bit lanes (Math.imul only: no
// BigInt, no allocation in the loop). Each lane is a multiply-rotate mix over UTF-16 code units with a
// murmur3-style finalizer; the lanes use different constants and are cross-mixed at the end so that the
// pair behaves as one 64-bit value. Good for block keys, shingles and MinHash; not cryptographic.

export interface Hash64 {
  /** high 32 bits, unsigned */
  hi: number;
  /** low 32 bits, unsigned */
  lo: number;
}

let outHi = 0;
let outLo = 0;

/** murmur3's 32-bit finalizer (avalanche mix), unsigned. Shared by every hash in jiaokan. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Core loop; writes the two lanes into module state so the wrappers decide the shape of the result. */
function run(text: string, start: number, end: number, seed: number): void {
  let h1 = 0x9e3779b9 ^ seed;
  let h2 = Math.imul(0x7f4a7c15 ^ seed, 0x2c1b3c6d) | 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x5bd1e995);
    h1 = (h1 << 15) | (h1 >>> 17);
    h2 = Math.imul(h2 ^ c, 0x27d4eb2f);
    h2 = (h2 << 13) | (h2 >>> 19);
    h2 = (h2 + h1) | 0;
  }
  const len = end - start;
  h1 ^= len;
  h2 ^= Math.imul(len, 0x165667b1);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  outHi = h1 >>> 0;
  outLo = h2 >>> 0;
}

function bounds(text: string, start: number | undefined, end: number | undefined): [number, number] {
  const s = start === undefined ? 0 : Math.max(0, Math.min(text.length, start));
  const e = end === undefined ? text.length : Math.max(s, Math.min(text.length, end));
  return [s, e];
}

/** 64-bit hash of `text.slice(start, end)` without slicing. */
export function hash64(text: string, start?: number, end?: number, seed = 0): Hash64 {
  const [s, e] = bounds(text, start, end);
  run(text, s, e, seed | 0);
  return { hi: outHi, lo: outLo };
}

/** The same hash as 16 lowercase hex digits: a stable key for maps, files and change sets. */
export function hashHex(text: string, start?: number, end?: number, seed = 0): string {
  const [s, e] = bounds(text, start, end);
  run(text, s, e, seed | 0);
  return outHi.toString(16).padStart(8, '0') + outLo.toString(16).padStart(8, '0');
}

/** 53 bits of the same hash as a safe integer: the cheapest key for a Map or Set. */
export function hash53(text: string, start?: number, end?: number, seed = 0): number {
  // bounds() inline: [s, e] destructuring allocates an iterator in unoptimized code (a key per unit)
  const s = start === undefined ? 0 : Math.max(0, Math.min(text.length, start));
  const e = end === undefined ? text.length : Math.max(s, Math.min(text.length, end));
  run(text, s, e, seed | 0);
  return (outHi & 0x1fffff) * 0x100000000 + outLo;
}
