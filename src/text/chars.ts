// Character classes shared by the parser, the detectors and the aligner. All take a UTF-16 code unit
// (or a code point where noted) so that hot loops can use charCodeAt without allocating strings.

/** Whitespace for trimming and tiling: JavaScript's \s plus the zero-width characters scrapers leave behind. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line terminators: LF, CR (alone or in CRLF), and the Unicode line/paragraph separators. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Han ideographs of the BMP: unified, extension A, compatibility (astral ones are surrogate pairs). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether a string holds a Han ideograph (the ranges of isHan). */
export const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Han ideographs, kana, hangul and CJK symbols: scripts written without spaces between words. */
export function isCJK(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0xac00 && c <= 0xd7af) || // hangul syllables
    (c >= 0xd840 && c <= 0xd87f) || // high surrogates of the supplementary ideographic plane
    c === 0x3007 // 〇
  );
}

/** Latin letters: ASCII plus Latin-1 and Latin Extended-A/B (é, ß, ő …), where words need spaces. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** Decimal digits of both widths (0–9, ０–９). */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Letters and digits of Latin-like scripts (not CJK): the characters that form space-separated words. */
export function isWordChar(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    isAsciiDigit(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/**
 * Whether the mark at text[i] lies inside a word or number rather than between two: a point or comma
 * between digits (1,244.5), an apostrophe between letters (don't, don’t).
 */
export function isInnerMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2e || c === 0x2c) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
  if (c === 0x27 || c === 0x2019)
    return isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
  return false;
}

/** Sentence-final punctuation in both widths. Half-width ';' counts only after CJK (see sentences.ts). */
export function isTerminal(c: number): boolean {
  return (
    c === 0x3002 || // 。
    c === 0xff01 || // ！
    c === 0xff1f || // ？
    c === 0xff1b || // ；
    c === 0xff0e || // ．
    c === 0xff61 || // ｡
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x2026 // …
  );
}

/** Closing quotes and brackets that stay with the sentence they close: ” ’ 」 』 ） 】 》 〉 ) ] " ' */
export function isCloser(c: number): boolean {
  return (
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0xff09 ||
    c === 0x3011 ||
    c === 0x300b ||
    c === 0x3009 ||
    c === 0x3015 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0xff3d ||
    c === 0xff02
  );
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Length in code units of the code point starting at `i` (2 only for a well-formed surrogate pair). */
export function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}
