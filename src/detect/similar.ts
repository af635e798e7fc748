// Near-equality of two short normalized strings, for fuzzy loop extension and near-copy detection.
// Edit distance (fast-levenshtein) on strings capped in length, so the quadratic cost stays bounded.

import levenshtein from 'fast-levenshtein';

const CAP = 1500;

/** 1 − distance / longer length, in 0..1; 0 when either side is empty or too long to compare. */
export function similarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0 || la > CAP || lb > CAP) return 0;
  const longer = Math.max(la, lb);
  // The distance is at least the length difference: skip hopeless pairs cheaply.
  if (1 - Math.abs(la - lb) / longer < 0.5) return 0;
  return 1 - levenshtein.get(a, b) / longer;
}
