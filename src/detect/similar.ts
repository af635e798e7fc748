// Near-equality of two short normalized strings, for fuzzy loop extension and near-copy detection.
// Edit distance (fast-levenshtein) on strings capped in length, so the quadratic cost stays bounded.

import { diffChars } from 'diff';
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

/**
 * A near copy in the sense of scrape damage: at least 90% alike, and the difference is characters lost
 * or added, or a few single characters changed here and there (a typo, an OCR slip), not words
 * substituted. Two news items written from one template (…李强5日下午来到他所在的云南代表团… / …丁薛祥5日下午
 * 来到他所在的辽宁代表团…) are 90% alike but say different things; removing one loses text. Substitutions
 * are counted on a character diff (a removed run beside an added run), so characters added at one place
 * and lost at another are no substitution — the edit distance less the length difference counted them as
 * one. A word (two characters or more replaced together) or a digit counts strictly; a lone character
 * replaced by a lone character (形势 → 进势) leniently.
 */
export function isNearCopy(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 0.85 * longer) return false;
  const sim = similarity(a, b);
  if (sim < 0.9) return false;
  const { words, chars } = substitutions(a, b);
  return words <= Math.max(2, 0.03 * longer) && words + chars <= Math.max(3, 0.06 * longer);
}

const DIGIT = /[0-9０-９〇零一二三四五六七八九十百千万亿]/;

/** Characters substituted between two near-equal strings: min(removed, added) of each replaced stretch, as words and as lone characters. */
function substitutions(a: string, b: string): { words: number; chars: number } {
  // bounded: the pair is at least 90% alike, so Myers' O(ND) has a small D
  const parts = diffChars(a, b);
  let words = 0;
  let chars = 0;
  for (let k = 0; k + 1 < parts.length; k++) {
    const x = parts[k];
    const y = parts[k + 1];
    if (x && y && ((x.removed && y.added) || (x.added && y.removed))) {
      const lone =
        x.value.length === 1 && y.value.length === 1 && !DIGIT.test(x.value) && !DIGIT.test(y.value);
      if (lone) chars++;
      else words += Math.min(x.value.length, y.value.length);
      k++;
    }
  }
  return { words, chars };
}
