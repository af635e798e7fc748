// Prose statistics: which short strings of Chinese official prose are attested joins — a character
// bigram seen clearly more often than its two characters would meet by chance (机制, 前列), and three-
// and four-character strings seen at least twice (走在前列, 多措并举). A paragraph break that falls inside
// such a string (走在|前列) was most likely cut out of one sentence. The same evidence `options.reference`
// gives, but without the user passing texts: a compact table built once from public text (by
// `buildProseStats`; the shipped one by scripts/build-prose-stats.mjs) and shipped as data.
//
// Format: each set holds fingerprints (a 32-bit hash of the string, cut to `bits` bits), sorted and
// Rice-coded as gaps, base64. A fingerprint can collide: the chance that an unseen string is taken
// for an attested one is about count / 2^bits per lookup (1/250 at the sizes shipped).

import { toSimplified } from '../text/traditional.js';

/** A table of attested strings, as shipped or as built by `buildProseStats`. */
export interface ProseStats {
  readonly version: 1;
  /** what the table was built from (for the reader; not used) */
  readonly source: string;
  /** attested character bigrams */
  readonly bigrams: EncodedSet;
  /** attested three- and four-character strings */
  readonly joins: EncodedSet;
  /** bigrams that often end a clause, a sentence or a line (发展, 体系, 机制) */
  readonly endings: EncodedSet;
  /** bigrams seen at least twice (a bigram outside it is foreign to this prose: 企|企, 家|此) */
  readonly seen: EncodedSet;
  /**
   * bigrams that open sentences or paragraphs at least as often as clauses (我们, 今年, 深化): the
   * start of a new sentence rather than of the rest of a cut one. Optional: tables built before it
   * existed have none (no such evidence then).
   */
  readonly openers?: EncodedSet;
}

export interface EncodedSet {
  /** bits kept of each 32-bit fingerprint */
  readonly bits: number;
  /** Rice parameter of the gaps */
  readonly k: number;
  readonly count: number;
  /** the Rice-coded gaps, base64 */
  readonly data: string;
}

/** FNV-1a over UTF-16 code units with a murmur3 finalizer, so that the top bits are well mixed. */
export function fingerprint(s: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) >>> (32 - bits);
}

/** Encodes a set of strings (deterministic: the same strings give the same data). */
export function encodeSet(strings: Iterable<string>, bits: number): EncodedSet {
  const fps = [...new Set([...strings].map((s) => fingerprint(s, bits)))].sort((x, y) => x - y);
  const mean = fps.length > 0 ? 2 ** bits / fps.length : 1;
  const k = Math.max(0, Math.floor(Math.log2(mean * Math.LN2)));
  const bytes: number[] = [];
  let acc = 0;
  let used = 0;
  const put = (bit: number) => {
    acc = (acc << 1) | bit;
    if (++used === 8) {
      bytes.push(acc);
      acc = 0;
      used = 0;
    }
  };
  let prev = 0;
  for (const f of fps) {
    const gap = f - prev;
    prev = f;
    for (let q = Math.floor(gap / 2 ** k); q > 0; q--) put(1);
    put(0);
    for (let b = k - 1; b >= 0; b--) put(Math.floor(gap / 2 ** b) & 1);
  }
  if (used > 0) bytes.push(acc << (8 - used));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return { bits, k, count: fps.length, data: btoa(bin) };
}

function decodeSet(set: EncodedSet): Uint32Array {
  const bin = atob(set.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const out = new Uint32Array(set.count);
  const k = set.k;
  const unit = 2 ** k;
  let pos = 0;
  let prev = 0;
  for (let i = 0; i < set.count; i++) {
    let q = 0;
    while ((bytes[pos >> 3]! >> (7 - (pos & 7))) & 1) {
      q++;
      pos++;
    }
    pos++;
    let r = 0;
    for (let b = 0; b < k; b++, pos++) r = r * 2 + ((bytes[pos >> 3]! >> (7 - (pos & 7))) & 1);
    prev += q * unit + r;
    out[i] = prev;
  }
  return out;
}

function has(sorted: Uint32Array, f: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === f) return true;
    if (v < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Lookups in a table, decoded once per table (the first scan pays a few milliseconds). */
export interface ProseLookup {
  bigram(s: string): boolean;
  join(s: string): boolean;
  ending(s: string): boolean;
  seen(s: string): boolean;
  opener(s: string): boolean;
}

const DECODED = new WeakMap<ProseStats, ProseLookup>();

export function proseLookup(stats: ProseStats): ProseLookup {
  let l = DECODED.get(stats);
  if (l) return l;
  const bigrams = decodeSet(stats.bigrams);
  const joins = decodeSet(stats.joins);
  const endings = decodeSet(stats.endings);
  const seen = decodeSet(stats.seen);
  const openers = stats.openers ? decodeSet(stats.openers) : undefined;
  const openerBits = stats.openers?.bits ?? 0;
  // The table holds simplified strings; a page in traditional characters is looked up in their
  // simplified forms (經濟 as 经济).
  const t = toSimplified;
  l = {
    bigram: (s) => has(bigrams, fingerprint(t(s), stats.bigrams.bits)),
    join: (s) => has(joins, fingerprint(t(s), stats.joins.bits)),
    ending: (s) => has(endings, fingerprint(t(s), stats.endings.bits)),
    seen: (s) => has(seen, fingerprint(t(s), stats.seen.bits)),
    opener: (s) => openers !== undefined && has(openers, fingerprint(t(s), openerBits)),
  };
  DECODED.set(stats, l);
  return l;
}
