// What joins two pieces of one sentence that a line break separated: nothing between CJK characters
// (Chinese has no spaces between words), a space between Latin words, digits or after a Latin comma —
// except inside a number cut in two (2,0|00亿元, 项目12|3个), which is one number again.
// Shared by the split/displaced repairs (a join must read as one sentence) and the patch line view.

import { isCJK, isDigit, isLatinLetter } from './chars.js';

const isPoint = (c: number) => c === 0x2c || c === 0x2e || c === 0xff0c || c === 0xff0e;

/**
 * Whether digits at `left - 1` and `right` are one number cut in two: the head's number stops inside a
 * thousands group or its decimals (2,0|00, 3.1|4), or Chinese text sits right around the number —
 * Chinese separates a number from the next one with punctuation, never with a space.
 */
function numberCut(text: string, left: number, right: number): boolean {
  let k = left - 1;
  let group = 0;
  while (k >= 0 && isDigit(text.charCodeAt(k))) {
    k--;
    group++;
  }
  if (k >= 1 && isPoint(text.charCodeAt(k)) && isDigit(text.charCodeAt(k - 1)) && group < 3) return true;
  while (k >= 0 && (isDigit(text.charCodeAt(k)) || isPoint(text.charCodeAt(k)))) k--;
  if (k >= 0 && isCJK(text.charCodeAt(k))) return true;
  let j = right;
  while (j < text.length && (isDigit(text.charCodeAt(j)) || isPoint(text.charCodeAt(j)))) j++;
  return j < text.length && isCJK(text.charCodeAt(j));
}

/** The glue between `text[left - 1]` and `text[right]`: '' or ' '. */
export function joiner(text: string, left: number, right: number): string {
  const a = text.charCodeAt(left - 1);
  const b = text.charCodeAt(right);
  if (isDigit(a) && isDigit(b) && numberCut(text, left, right)) return '';
  if ((isLatinLetter(a) || isDigit(a) || a === 0x2c) && (isLatinLetter(b) || isDigit(b))) return ' ';
  return '';
}
