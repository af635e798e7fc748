// Suffix array by induced sorting (SA-IS, Nong, Zhang & Chan 2009): linear time, integer alphabet,
// recursion on the reduced string of LMS substrings. Plus the LCP array (Kasai et al. 2001).
//
// Input convention: `text[n-1]` is a sentinel 0 that occurs nowhere else and every other symbol is in
// 1..alphabet-1. The caller (spans.ts) builds such a string from normalized documents.

/** Bucket starts (end = false) or ends (end = true) from the symbol counts, in O(alphabet). */
function getBuckets(counts: Int32Array, bkt: Int32Array, alphabet: number, end: boolean): void {
  let sum = 0;
  for (let c = 0; c < alphabet; c++) {
    const k = counts[c] as number;
    sum += k;
    bkt[c] = end ? sum : sum - k;
  }
}

function induceL(
  text: Int32Array,
  sa: Int32Array,
  n: number,
  t: Uint8Array,
  counts: Int32Array,
  bkt: Int32Array,
  alphabet: number,
): void {
  getBuckets(counts, bkt, alphabet, false);
  for (let i = 0; i < n; i++) {
    const j = (sa[i] as number) - 1;
    if (j >= 0 && t[j] === 0) {
      const c = text[j] as number;
      const at = bkt[c] as number;
      bkt[c] = at + 1;
      sa[at] = j;
    }
  }
}

function induceS(
  text: Int32Array,
  sa: Int32Array,
  n: number,
  t: Uint8Array,
  counts: Int32Array,
  bkt: Int32Array,
  alphabet: number,
): void {
  getBuckets(counts, bkt, alphabet, true);
  for (let i = n - 1; i >= 0; i--) {
    const j = (sa[i] as number) - 1;
    if (j >= 0 && t[j] === 1) {
      const c = text[j] as number;
      const at = (bkt[c] as number) - 1;
      bkt[c] = at;
      sa[at] = j;
    }
  }
}

/** Writes the suffix array of `text[0..n)` into `sa[0..n)`. */
function sais(text: Int32Array, sa: Int32Array, n: number, alphabet: number): void {
  // t[i] = 1 when suffix i is S-type (smaller than suffix i+1).
  const t = new Uint8Array(n);
  t[n - 1] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const a = text[i] as number;
    const b = text[i + 1] as number;
    t[i] = a < b || (a === b && t[i + 1] === 1) ? 1 : 0;
  }
  const isLMS = (i: number): boolean => i > 0 && t[i] === 1 && t[i - 1] === 0;
  const bkt = new Int32Array(alphabet);
  const counts = new Int32Array(alphabet);
  for (let i = 0; i < n; i++) {
    const c = text[i] as number;
    counts[c] = (counts[c] as number) + 1;
  }

  // Stage 1: sort the LMS substrings by induction.
  getBuckets(counts, bkt, alphabet, true);
  sa.fill(-1, 0, n);
  for (let i = 1; i < n; i++) {
    if (!isLMS(i)) continue;
    const c = text[i] as number;
    const at = (bkt[c] as number) - 1;
    bkt[c] = at;
    sa[at] = i;
  }
  induceL(text, sa, n, t, counts, bkt, alphabet);
  induceS(text, sa, n, t, counts, bkt, alphabet);

  // Compact the sorted LMS positions into sa[0..n1).
  let n1 = 0;
  for (let i = 0; i < n; i++) {
    const p = sa[i] as number;
    if (isLMS(p)) sa[n1++] = p;
  }
  // Name the LMS substrings; equal substrings get equal names. First store each substring's length
  // (up to and including the next LMS position) in the free upper half, then compare lengths before
  // characters (as Yuta Mori's sais does): equal length and equal characters imply equal types, since
  // both substrings end on an S-type (LMS) position.
  sa.fill(-1, n1, n);
  for (let i = n - 2, next = n - 1; i >= 1; i--) {
    if (t[i] === 1 && t[i - 1] === 0) {
      sa[n1 + (i >> 1)] = next - i + 1;
      next = i;
    }
  }
  sa[n1 + ((n - 1) >> 1)] = 1; // the sentinel
  let name = 0;
  let prev = -1;
  let prevLen = 0;
  for (let i = 0; i < n1; i++) {
    const pos = sa[i] as number;
    const len = sa[n1 + (pos >> 1)] as number;
    let diff = true;
    if (len === prevLen) {
      diff = false;
      for (let d = 0; d < len; d++) {
        if (text[pos + d] !== text[prev + d]) {
          diff = true;
          break;
        }
      }
    }
    if (diff) {
      name++;
      prev = pos;
      prevLen = len;
    }
    sa[n1 + (pos >> 1)] = name - 1;
  }
  for (let i = n - 1, j = n - 1; i >= n1; i--) {
    const v = sa[i] as number;
    if (v >= 0) sa[j--] = v;
  }

  // Stage 2: sort the reduced string (recursively when names are not yet unique).
  const s1 = sa.subarray(n - n1, n);
  const sa1 = sa.subarray(0, n1);
  if (name < n1) sais(s1, sa1, n1, name);
  else for (let i = 0; i < n1; i++) sa1[s1[i] as number] = i;

  // Stage 3: induce the full order from the sorted LMS suffixes.
  getBuckets(counts, bkt, alphabet, true);
  for (let i = 1, j = 0; i < n; i++) if (isLMS(i)) s1[j++] = i;
  for (let i = 0; i < n1; i++) sa1[i] = s1[sa1[i] as number] as number;
  sa.fill(-1, n1, n);
  for (let i = n1 - 1; i >= 0; i--) {
    const j = sa[i] as number;
    sa[i] = -1;
    const c = text[j] as number;
    const at = (bkt[c] as number) - 1;
    bkt[c] = at;
    sa[at] = j;
  }
  induceL(text, sa, n, t, counts, bkt, alphabet);
  induceS(text, sa, n, t, counts, bkt, alphabet);
}

/**
 * Suffix array of `text`, which must end with a unique sentinel 0; all symbols must be in
 * [0, alphabet). Linear time; memory ≈ 5 bytes per symbol besides the input and the output.
 */
export function suffixArray(text: Int32Array, alphabet: number): Int32Array {
  const n = text.length;
  if (n === 0) return new Int32Array(0);
  if (text[n - 1] !== 0) throw new RangeError('jiaokan: suffixArray needs a sentinel 0 at the end');
  const sa = new Int32Array(n);
  if (n === 1) return sa;
  // Rename the symbols to dense ranks (same order): small bucket arrays stay in cache. Chinese text
  // uses a few thousand of the 65 536 code units.
  const rank = new Int32Array(alphabet);
  for (let i = 0; i < n; i++) rank[text[i] as number] = 1;
  let k = 0;
  for (let c = 0; c < alphabet; c++) if (rank[c] === 1) rank[c] = k++;
  const dense = new Int32Array(n);
  for (let i = 0; i < n; i++) dense[i] = rank[text[i] as number] as number;
  sais(dense, sa, n, k);
  return sa;
}

/**
 * LCP array: `lcp[i]` is the length of the longest common prefix of suffixes `sa[i-1]` and `sa[i]`
 * (`lcp[0] = 0`). Kasai's algorithm, linear time.
 */
export function lcpArray(text: Int32Array, sa: Int32Array): Int32Array {
  const n = text.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[sa[i] as number] = i;
  const lcp = new Int32Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    if (r > 0) {
      const j = sa[r - 1] as number;
      while (i + h < n && j + h < n && text[i + h] === text[j + h]) h++;
      lcp[r] = h;
      if (h > 0) h--;
    } else h = 0;
  }
  return lcp;
}
