// What joins two pieces of one sentence that a line break separated: nothing between CJK characters
// (Chinese has no spaces between words), a space between Latin words, digits or after a Latin comma.
// Shared by the split/displaced repairs (a join must read as one sentence) and the patch line view.

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** The glue between `text[left - 1]` and `text[right]`: '' or ' '. */
export function joiner(text: string, left: number, right: number): string {
  const a = text.charCodeAt(left - 1);
  const b = text.charCodeAt(right);
  if ((isLatinLetter(a) || isDigit(a) || a === 0x2c) && (isLatinLetter(b) || isDigit(b))) return ' ';
  return '';
}
