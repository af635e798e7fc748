// The per-document work of the index, as one pure function: normalize, hash the normalized text (the
// exact-duplicate key), MinHash it, cut the signature into band keys. It needs nothing but the text
// and the parameters, so it can run on another thread (workers.ts) or another machine and be merged.

import { fmix32 } from '../text/hash.js';
import { bandKeys } from './lsh.js';
import { ophSignature } from './minhash.js';
import { type NormalizedCodes, normalizeCodes } from './shingles.js';

/** The parameters that decide signatures and band keys; all are stored in (and checked against) a saved index. */
export interface SignatureParams {
  numPerm: number;
  bands: number;
  rows: number;
  shingleSize: number;
  seed: number;
}

export interface Prepared {
  /** length of the normalized text in UTF-16 code units */
  normLength: number;
  /** 64-bit hash of the normalized text: high and low words */
  normHi: number;
  normLo: number;
  /** MinHash signature (`numPerm` values), or undefined for a text that is empty after normalization */
  signature: Uint32Array | undefined;
  /** 2 words per band (high, low); all zero when `signature` is undefined */
  bandKeys: Uint32Array;
}

/** 64-bit hash of normalized code units (two multiply-rotate lanes, cross-mixed). */
export function hashCodes(n: NormalizedCodes, seed: number): [number, number] {
  let h1 = 0x9e3779b9 ^ seed;
  let h2 = Math.imul(0x7f4a7c15 ^ seed, 0x2c1b3c6d) | 0;
  const { codes, length } = n;
  for (let i = 0; i < length; i++) {
    const c = codes[i] as number;
    h1 = Math.imul(h1 ^ c, 0x5bd1e995);
    h1 = (h1 << 15) | (h1 >>> 17);
    h2 = Math.imul(h2 ^ c, 0x27d4eb2f);
    h2 = (((h2 << 13) | (h2 >>> 19)) + h1) | 0;
  }
  h1 ^= length;
  h2 ^= Math.imul(length, 0x165667b1);
  h1 = fmix32((h1 + h2) | 0);
  h2 = fmix32((h2 + h1) | 0);
  return [h1, h2];
}

export function prepareCodes(n: NormalizedCodes, p: SignatureParams): Prepared {
  const [normHi, normLo] = hashCodes(n, p.seed);
  const signature = ophSignature(n, p.numPerm, p.shingleSize, p.seed);
  return {
    normLength: n.length,
    normHi,
    normLo,
    signature,
    bandKeys: signature ? bandKeys(signature, p.bands, p.rows) : new Uint32Array(p.bands * 2),
  };
}

export function prepare(text: string, p: SignatureParams): Prepared {
  return prepareCodes(normalizeCodes(text), p);
}
