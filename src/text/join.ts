// What joins two pieces of one sentence that a line break separated: nothing between CJK characters
// (Chinese has no spaces between words), a space between Latin words, digits or after a Latin comma.
// Shared by the split/displaced repairs (a join must read as one sentence) and the patch line view.

import { isDigit, isLatinLetter } from './chars.js';

/** The glue between `text[left - 1]` and `text[right]`: '' or ' '. */
export function joiner(text: string, left: number, right: number): string {
  const a = text.charCodeAt(left - 1);
  const b = text.charCodeAt(right);
  if ((isLatinLetter(a) || isDigit(a) || a === 0x2c) && (isLatinLetter(b) || isDigit(b))) return ' ';
  return '';
}
