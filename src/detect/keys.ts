// Block keys for matching, computed in one pass per block without building normalized strings.
// src/text's normalizeWithMap is exact (NFKC, offsets map) but allocates three arrays per character;
// scan needs only "are these two blocks the same after normalization", so it folds code units through a
// 64K lookup table (whitespace dropped, ASCII lower-cased, full-width forms to ASCII, punctuation
// families to one mark) and feeds them into a two-lane hash. Matching only: output always quotes the
// original. normalizedText() gives the same folding as a string, for the few blocks that need it.

/** FOLD[c]: the folded code unit, or 0 to drop it (whitespace). */
export const FOLD = new Uint16Array(65536);
/** NUMERAL[c] = 1 for Arabic digits (both widths) and Chinese numerals: what masking replaces by '#'. */
export const NUMERAL = new Uint8Array(65536);

const PUNCT_FAMILIES: Array<[string, string]> = [
  [',、，､', ','],
  ['.。．｡', '.'],
  [';；', ';'],
  [':：', ':'],
  ['!！', '!'],
  ['?？', '?'],
  ['"\'“”‘’「」『』„‟‚‛〝〞〟＂＇', '"'],
  ['(（[［【〔〖{｛', '('],
  [')）]］】〕〗}｝', ')'],
  ['<〈《«‹', '<'],
  ['>〉》»›', '>'],
  ['-‐‑‒–—―─━~～〜', '-'],
  ['…⋯', '.'],
  ['·・•‧∙', '·'],
  ['/／', '/'],
];

const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000,
  0xfeff,
];

/** Code point ranges of enumerator characters: ①–⑳ ⑴–⒇ ⒈–⒛, ⓫–⓾, ❶–➓, ㈠–㈩, ㉑–㉟, ㊀–㊉, ㊱–㊿, Ⅰ–Ⅻ, ⅰ–ⅻ. */
const COUNTER_RANGES: readonly [number, number][] = [
  [0x2460, 0x249b],
  [0x24eb, 0x24fe],
  [0x2776, 0x2793],
  [0x3220, 0x3229],
  [0x3251, 0x325f],
  [0x3280, 0x3289],
  [0x32b1, 0x32bf],
  [0x2160, 0x216b],
  [0x2170, 0x217b],
];

(function init() {
  for (let c = 0; c < 65536; c++) FOLD[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const a = c - 0xfee0;
    FOLD[c] = a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  for (const [chars, to] of PUNCT_FAMILIES) for (const ch of chars) FOLD[ch.charCodeAt(0)] = to.charCodeAt(0);
  for (const c of SPACES) FOLD[c] = 0;
  for (let c = 0x2000; c <= 0x200d; c++) FOLD[c] = 0;
  for (let c = 0x30; c <= 0x39; c++) NUMERAL[c] = 1;
  for (let c = 0xff10; c <= 0xff19; c++) NUMERAL[c] = 1;
  for (const ch of '〇零一二三四五六七八九十百千万亿两') NUMERAL[ch.charCodeAt(0)] = 1;
  // Enumerators that count as well as digits do (a loop of ①…⑧ or ㈠…㈩ headings): circled,
  // parenthesized and full-stop numbers, dingbat circles, ideographs in parentheses/circles, Roman numerals.
  for (const [from, to] of COUNTER_RANGES) for (let c = from; c <= to; c++) NUMERAL[c] = 1;
})();

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
const isAsciiLetterOrDigit = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Length of a Roman-numeral counter of an English loop at text[i] (Chapter II:, Part XIV), 0 if none:
 * a whole word of capitals I, V, X that reads as a number up to 39. A lone I, V or X only before a
 * mark a counter takes (Part I:, Book V.): otherwise "I" is the pronoun. Called only at I, V and X,
 * so Chinese text never pays for it.
 */
export function romanCounterAt(text: string, i: number, end: number): number {
  if (i > 0 && isAsciiLetterOrDigit(text.charCodeAt(i - 1))) return 0;
  let j = i;
  while (j < end && j - i < 7) {
    const c = text.charCodeAt(j);
    if (c !== 0x49 && c !== 0x56 && c !== 0x58) break;
    j++;
  }
  if (j < end && isAsciiLetterOrDigit(text.charCodeAt(j))) return 0;
  if (!ROMAN.test(text.slice(i, j))) return 0;
  if (j - i === 1 && j < end && !'.:：)）'.includes(text.charAt(j))) return 0;
  return j - i;
}

const ORDINAL_WORDS = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth ' +
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty'
  ).split(' '),
);
/** Labels a spelled counter follows (Part One:, Chapter Two.). */
const COUNTER_LABEL = /^(?:part|chapter|section|step|lesson|day|round|book|act|scene) /i;

/**
 * Length of a spelled counter that opens a paragraph of an English loop (First, … / Second, …; Part One:
 * / Part Two:), 0 if none: an ordinal or number word up to twenty, capitalized, right at the start or
 * after a label, and followed by a mark a counter takes (, : . ) –). Only at a paragraph's start: inside
 * a sentence, "two kids" and "three kids" are different texts, not one counted twice.
 */
export function spelledCounterAt(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c < 0x41 || c > 0x5a) return 0;
  const label = COUNTER_LABEL.exec(text.slice(start, Math.min(end, start + 9)));
  const from = start + (label ? label[0].length : 0);
  let j = from;
  while (j < end && j - from < 11 && isAsciiLetterOrDigit(text.charCodeAt(j))) j++;
  if (j === from || j >= end || !ORDINAL_WORDS.has(text.slice(from, j).toLowerCase())) return 0;
  return ',:.)–—'.includes(text.charAt(j)) || (label !== null && text.charAt(j) === ' ') ? j - start : 0;
}

/** Whether code unit c is a capital I, V or X (where a Roman counter may start). */
export const romanStart = (c: number): boolean => c === 0x49 || c === 0x56 || c === 0x58;

/** Number of leading/trailing normalized code units summarized by `head` and `tail`. */
export const EDGE = 12;

export interface BlockKey {
  /** 53-bit hash of the normalized block */
  key: number;
  /** the same with every run of numerals replaced by '#' */
  masked: number;
  /** normalized length (unmasked) */
  length: number;
  /** hash of the first EDGE normalized units (0 when shorter) */
  head: number;
  /** hash of the last EDGE normalized units (0 when shorter) */
  tail: number;
}

function mix(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0) * 0x200000 + ((h2 ^ h1) >>> 11);
}

const ring = new Uint16Array(EDGE);

/** Keys of `text.slice(start, end)`. Linear, allocation-free apart from the result. */
export function blockKey(text: string, start: number, end: number): BlockKey {
  let a1 = 0x9e3779b9 | 0;
  let a2 = 0x7f4a7c15 | 0;
  let m1 = 0x2545f491 | 0;
  let m2 = 0x6c8e9cf5 | 0;
  let length = 0;
  let maskedLength = 0;
  let head = 0;
  let inNumber = false;
  let roman = start + spelledCounterAt(text, start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] as number;
    if (f === 0) continue;
    a1 = Math.imul(a1 ^ f, 0x5bd1e995);
    a1 = (a1 << 15) | (a1 >>> 17);
    a2 = Math.imul(a2 ^ f, 0x27d4eb2f);
    a2 = ((a2 << 13) | (a2 >>> 19)) + a1;
    if (romanStart(c) && i >= roman) roman = i + romanCounterAt(text, i, end);
    if (NUMERAL[f] === 1 || i < roman) {
      if (!inNumber) {
        m1 = Math.imul(m1 ^ 0x23, 0x5bd1e995);
        m1 = (m1 << 15) | (m1 >>> 17);
        m2 = Math.imul(m2 ^ 0x23, 0x27d4eb2f);
        m2 = ((m2 << 13) | (m2 >>> 19)) + m1;
        maskedLength++;
        inNumber = true;
      }
    } else {
      inNumber = false;
      maskedLength++;
      m1 = Math.imul(m1 ^ f, 0x5bd1e995);
      m1 = (m1 << 15) | (m1 >>> 17);
      m2 = Math.imul(m2 ^ f, 0x27d4eb2f);
      m2 = ((m2 << 13) | (m2 >>> 19)) + m1;
    }
    ring[length % EDGE] = f;
    length++;
    if (length === EDGE) head = mix(a1 ^ EDGE, a2);
  }
  let tail = 0;
  if (length >= EDGE) {
    let t1 = 0x1b873593 | 0;
    let t2 = 0x3c6ef372 | 0;
    for (let k = 0; k < EDGE; k++) {
      const f = ring[(length + k) % EDGE] as number;
      t1 = Math.imul(t1 ^ f, 0x5bd1e995);
      t1 = (t1 << 15) | (t1 >>> 17);
      t2 = Math.imul(t2 ^ f, 0x27d4eb2f);
      t2 = ((t2 << 13) | (t2 >>> 19)) + t1;
    }
    tail = mix(t1, t2);
  }
  return { key: mix(a1 ^ length, a2), masked: mix(m1, m2 ^ maskedLength), length, head, tail };
}

/** The folded text of `text.slice(start, end)` (numerals masked to '#' when `mask`). */
export function normalizedText(text: string, start: number, end: number, mask = false): string {
  const out: number[] = [];
  let inNumber = false;
  let roman = mask ? start + spelledCounterAt(text, start, end) : start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] as number;
    if (f === 0) continue;
    if (mask && romanStart(c) && i >= roman) roman = i + romanCounterAt(text, i, end);
    if (mask && (NUMERAL[f] === 1 || i < roman)) {
      if (!inNumber) out.push(0x23);
      inNumber = true;
      continue;
    }
    inNumber = false;
    out.push(f);
  }
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCharCode(...out.slice(k, k + 4096));
  return s;
}

/** Folded length of the last plainKey() call (a module slot, so that the hot loop allocates nothing). */
export let plainLength = 0;

/** A lean 53-bit key of the folded text only (no masked lane, no edges): for sentence repeats. */
export function plainKey(text: string, start: number, end: number): number {
  let a1 = 0x9e3779b9 | 0;
  let a2 = 0x7f4a7c15 | 0;
  let length = 0;
  for (let i = start; i < end; i++) {
    const f = FOLD[text.charCodeAt(i)] as number;
    if (f === 0) continue;
    a1 = Math.imul(a1 ^ f, 0x5bd1e995);
    a1 = (a1 << 15) | (a1 >>> 17);
    a2 = Math.imul(a2 ^ f, 0x27d4eb2f);
    a2 = ((a2 << 13) | (a2 >>> 19)) + a1;
    length++;
  }
  plainLength = length;
  return mix(a1 ^ length, a2);
}
