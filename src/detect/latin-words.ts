// The English words of a document, counted once per scan: what tells a word cut in two by a line or
// page break (tab|le: "table" is written whole elsewhere, "tab" and "le" are not) from two words.

import { isLatinLetter } from '../text/chars.js';
import { joiner } from '../text/join.js';
import type { ScanContext } from './context.js';

const CACHE = new WeakMap<ScanContext, Map<string, number>>();

/** How often each Latin word (lower-cased) occurs in the text. Built on first use. */
function wordCounts(ctx: ScanContext): Map<string, number> {
  let counts = CACHE.get(ctx);
  if (counts) return counts;
  counts = new Map();
  const { text } = ctx;
  let start = -1;
  for (let k = 0; k <= text.length; k++) {
    const letter = k < text.length && isLatinLetter(text.charCodeAt(k));
    if (letter && start < 0) start = k;
    else if (!letter && start >= 0) {
      const w = text.slice(start, k).toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
      start = -1;
    }
  }
  CACHE.set(ctx, counts);
  return counts;
}

/**
 * Whether the Latin letters ending at `left` and starting at `right` are one word cut in two: the
 * whole word occurs in the text, and its two pieces are not both words of it (each piece occurs once,
 * at the break itself). "in|to" stays two words; "govern|ment" is one.
 */
export function latinWordCut(ctx: ScanContext, left: number, right: number): boolean {
  const { text } = ctx;
  let i = left;
  while (i > 0 && isLatinLetter(text.charCodeAt(i - 1))) i--;
  let j = right;
  while (j < text.length && isLatinLetter(text.charCodeAt(j))) j++;
  if (i === left || j === right) return false;
  const head = text.slice(i, left).toLowerCase();
  const rest = text.slice(right, j).toLowerCase();
  const counts = wordCounts(ctx);
  if ((counts.get(head + rest) ?? 0) === 0) return false;
  return (counts.get(head) ?? 0) < 2 || (counts.get(rest) ?? 0) < 2;
}

/** What joins the two pieces of a sentence cut at a break: joiner's glue, but none inside a cut English word. */
export function glueAt(ctx: ScanContext, left: number, right: number): string {
  const glue = joiner(ctx.text, left, right);
  return glue === ' ' && latinWordCut(ctx, left, right) ? '' : glue;
}

/** Sorted distinct words of the text (lower-cased), for prefix lookups. Built on first use. */
const SORTED = new WeakMap<ScanContext, string[]>();

/**
 * Whether the Latin letters ending at `end` are the first piece of a word cut in two by a break
 * inside it (The most funda, …and oth, those who w): a lower-case piece that is no word of the text
 * anywhere else, but begins one that is (fundamental, other, would). Not a (a word by itself), and
 * not a piece that starts with a capital unless it is a long one (capitalPiece: Frankli, not UAW).
 */
export function latinWordStart(ctx: ScanContext, end: number): boolean {
  const { text } = ctx;
  let i = end;
  while (i > 0 && isLatinLetter(text.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  const first = text.charCodeAt(i);
  if ((first < 0x61 || first > 0x7a) && !capitalPiece(text.slice(i, end))) return false;
  const piece = text.slice(i, end).toLowerCase();
  if (piece === 'a') return false;
  const counts = wordCounts(ctx);
  if ((counts.get(piece) ?? 0) > 1) return false;
  let words = SORTED.get(ctx);
  if (!words) {
    words = [...counts.keys()].sort();
    SORTED.set(ctx, words);
  }
  // the first word after the piece in sort order: the piece's longer words follow it directly
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (words[m]! <= piece) lo = m + 1;
    else hi = m;
  }
  let begins = false;
  for (let k = lo; k < words.length && words[k]!.startsWith(piece); k++) {
    // A piece the text inflects (expand: expanded, expanding) is a word used once, not a cut one.
    if (INFLECTIONS.has(words[k]!.slice(piece.length))) return false;
    begins = true;
  }
  return begins;
}
/**
 * A capitalized piece long enough to say which word it begins (Frankli, Repub, Presid): a capital and
 * CAPITAL_PIECE − 1 or more lower-case letters. Not an acronym (UAW), not a short one (Vi, Unl): a
 * short name (Ann) begins too many other words (annual). Development rounds 200–239: truncated
 * 0.929 → 0.931, displaced 0.794/0.940 → 0.798/0.945; at 3 letters, one displaced pair fewer on
 * rounds 101–140.
 */
function capitalPiece(piece: string): boolean {
  return piece.length >= CAPITAL_PIECE && /^[A-Z][a-z]+$/.test(piece);
}
const CAPITAL_PIECE = 4;

/** Endings that make another form of a word (expand → expands, expanded, expanding). */
const INFLECTIONS = new Set(['s', 'es', 'd', 'ed', 'ing', 'ly']);
