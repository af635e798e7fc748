// Sentence boundaries inside one paragraph. CJK terminals (。！？；……) end a sentence with no space
// needed; Latin . ! ? end one only before whitespace (or CJK, or the end) and not after a decimal,
// a known abbreviation or an initial. Closing quotes and brackets after a terminal stay in the sentence.

import { isCJK, isCloser, isLower, isSpace, isTerminal, isUpper } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

// Lower-cased abbreviations that are normally followed by more of the same sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt vs etc e.g i.e cf al no nos vol pp inc ltd co corp dept gen sen rep gov ' +
    'col lt sgt capt adm rev hon est approx fig figs eq jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u a.m p.m ph.d d.c'
  ).split(' '),
);

/** The Latin word (letters and inner dots) ending just before `dot`. */
function wordBefore(text: string, from: number, dot: number): string {
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e) i--;
    else break;
  }
  return text.slice(i, dot);
}

/** Whether a Latin '.' at `i` really ends a sentence. */
function latinPeriodEnds(text: string, start: number, end: number, i: number): boolean {
  const prev = i > start ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
  if (next === -1) return true;
  // 5.5%, 3.14, v2.0, example.com: no space after the dot means no boundary (unless CJK follows).
  if (!isSpace(next) && !isCloser(next) && !isCJK(next) && next !== 0x2e) return false;
  if (next === 0x2e) return false; // part of "..." handled by the caller
  const word = wordBefore(text, start, i);
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return false; // an initial: J. K. Rowling
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "Washington, D.C. The" still ends; only block when the next word starts lower-case or is a number.
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    const c = j < end ? text.charCodeAt(j) : -1;
    if (c === -1) return true;
    if (!isUpper(c) || /^(mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|no|vol|fig)$/i.test(word)) return false;
  }
  // A lower-case continuation after the space means an abbreviation we do not know: no boundary.
  let j = i + 1;
  while (j < end && isSpace(text.charCodeAt(j))) j++;
  if (j < end && isLower(text.charCodeAt(j)) && prev !== 0x29) return false;
  return true;
}

/** The characters isTerminal accepts (chars.ts; a test checks both agree on every code unit). */
export const TERMINAL = /[\u3002\uff01\uff1f\uff1b\uff0e\uff61!?.;\u2026]/g;

/** Splits `text.slice(start, end)` (a trimmed paragraph) into trimmed sentences that cover it. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // Candidates are found by a native regular-expression scan of the paragraph (a slice: no copy), not
  // by a JavaScript call per character: on a first call that code runs unoptimized, and a paragraph has
  // a handful of terminals among a hundred characters. TERMINAL matches exactly what isTerminal accepts.
  const piece = text.slice(start, end);
  let sentStart = start;
  let i = start;
  while (i < end) {
    TERMINAL.lastIndex = i - start;
    if (!TERMINAL.test(piece)) break;
    i = start + TERMINAL.lastIndex - 1;
    const c = text.charCodeAt(i);
    let boundary = false;
    let j = i + 1;
    if (c === 0x2e) {
      // "..." is an ellipsis: a boundary only before whitespace + capital or CJK.
      if (j < end && text.charCodeAt(j) === 0x2e) {
        while (j < end && text.charCodeAt(j) === 0x2e) j++;
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
        boundary = k >= end || (k > j && isUpper(text.charCodeAt(k))) || isCJK(text.charCodeAt(k));
      } else {
        boundary = latinPeriodEnds(text, start, end, i);
      }
    } else if (c === 0x2026) {
      // …… ends a sentence; a single … only at the end or before a closer.
      while (j < end && text.charCodeAt(j) === 0x2026) j++;
      boundary = j - i >= 2 || j >= end || isCloser(text.charCodeAt(j));
    } else if (c === 0x21 || c === 0x3f) {
      const next = j < end ? text.charCodeAt(j) : -1;
      boundary = next === -1 || isSpace(next) || isCloser(next) || isCJK(next) || isTerminal(next);
    } else if (c === 0x3b) {
      // Half-width ';' ends a sentence in Chinese text (the seeds mix widths), not in English.
      boundary = i > start && isCJK(text.charCodeAt(i - 1));
    } else {
      boundary = true; // 。！？；．
    }
    if (!boundary) {
      i = j;
      continue;
    }
    // Absorb further terminals and closing quotes/brackets: 。” ！？ ……）
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isCloser(d) || (isTerminal(d) && d !== 0x2e) || d === 0x2026) j++;
      else break;
    }
    if (j < end) {
      out.push({ start: sentStart, end: j });
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      sentStart = k;
      i = k;
    } else {
      i = j;
    }
  }
  if (sentStart < end) out.push({ start: sentStart, end });
  return out;
}
