// Paragraph detection. Scraped Chinese text comes in two conventions — one paragraph per line, or
// paragraphs separated by blank lines — and often a mixture (a heading line directly over its body
// inside a blank-line document). In both, every non-blank line is a paragraph. Only hard-wrapped text
// (lines of near-equal width inside blank-line blocks, as in e-mail or Markdown sources) joins lines.

import { isCloser, isLineBreak, isSpace, isTerminal } from './chars.js';

export type ParagraphConvention = 'line' | 'blank-line' | 'wrapped';

export interface ParagraphSpan {
  start: number;
  end: number;
  /** what separated this paragraph from the previous one: nothing (first), one line break, or a blank line */
  breakBefore: 'start' | 'line' | 'blank';
}

/**
 * Lines as flat offsets, three per line — contentStart (after leading whitespace), contentEnd (before
 * trailing whitespace), and the number of empty lines (no character at all) skipped just before it —
 * in one Int32Array instead of an object per line: a 0.5 MB text has thousands of lines and the first
 * call runs unoptimized code, where every allocation and call per line or character counts. Empty
 * lines get no entry of their own: in blank-line text they are every other line, and each loop over
 * the lines would run twice as often (enough to make V8 compile all three on a 0.5 MB text's first
 * call). Other blank lines (whitespace only) have contentStart === contentEnd.
 */
interface Lines {
  data: Int32Array;
  count: number;
}

/** Splits into lines without allocating substrings or objects. */
function scanLines(text: string): Lines {
  const n = text.length;
  // Text with LF breaks only (the usual case) finds each break with a native indexOf instead of a
  // call per character; three native scans decide whether that is safe.
  const lfOnly = text.indexOf('\r') === -1 && text.indexOf('\u2028') === -1 && text.indexOf('\u2029') === -1;
  let data = new Int32Array(3 * 64);
  let count = 0;
  let start = 0;
  let empty = 0;
  while (start <= n) {
    let i: number;
    if (lfOnly) {
      i = text.indexOf('\n', start);
      if (i === -1) i = n;
    } else {
      i = start;
      while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
    }
    if (i === start) empty++;
    else {
      data = pushLine(text, data, count++, start, i, empty);
      empty = 0;
    }
    if (i >= n) break;
    start = i + (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1);
    // a final line break ends in an empty line: like every trailing blank line, it changes nothing
    if (start === n) break;
  }
  return { data, count };
}

/**
 * Writes line `k` (start, end, trimmed content bounds) into `data`, grown when full; returns the
 * buffer. A module function, not a closure over scanLines' locals: V8 optimizes it once for all calls
 * and texts instead of per closure context.
 */
function pushLine(
  text: string,
  data: Int32Array<ArrayBuffer>,
  k: number,
  start: number,
  end: number,
  empty: number,
): Int32Array<ArrayBuffer> {
  let cs = start;
  while (cs < end && isSpace(text.charCodeAt(cs))) cs++;
  let ce = end;
  while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
  let out = data;
  if (3 * k === out.length) {
    out = new Int32Array(data.length * 2);
    out.set(data);
  }
  out[3 * k] = cs;
  out[3 * k + 1] = ce;
  out[3 * k + 2] = empty;
  return out;
}

/** Decides the convention from separator counts and, for wrapping, from the widths of inner lines. */
function detectConvention(text: string, lines: Lines): ParagraphConvention {
  const d = lines.data;
  let single = 0;
  let blank = 0;
  let sawContent = false;
  let blankRun = 0;
  const innerWidths: number[] = [];
  let openEnds = 0; // inner lines that do not end with sentence punctuation
  let blockFrom = -1; // first content line of the current blank-line block
  let blockTo = -1; // last content line of it
  const flush = () => {
    // every content line of the block but its last (blank lines never sit inside a block)
    if (blockFrom >= 0) {
      for (let k = blockFrom; k < blockTo; k++) {
        const cs = d[3 * k] as number;
        const ce = d[3 * k + 1] as number;
        if (cs === ce) continue;
        innerWidths.push(ce - cs);
        if (!isTerminal(text.charCodeAt(ce - 1)) && !isCloser(text.charCodeAt(ce - 1))) openEnds++;
      }
    }
    blockFrom = -1;
    blockTo = -1;
  };
  for (let k = 0; k < lines.count; k++) {
    blankRun += d[3 * k + 2] as number;
    if (d[3 * k] === d[3 * k + 1]) {
      blankRun++;
      continue;
    }
    if (sawContent) {
      if (blankRun > 0) {
        blank++;
        flush();
      } else single++;
    }
    if (blockFrom < 0) blockFrom = k;
    blockTo = k;
    blankRun = 0;
    sawContent = true;
  }
  flush();
  if (blank === 0) return 'line';
  // Hard wrapping: many inner lines, most of them close to one common width and most of them ending
  // mid-sentence. Checked before the line/blank-line vote because wrapped text has many single breaks.
  if (innerWidths.length >= 3) {
    // a typed array sorts numerically natively (no comparator call per comparison)
    const sorted = Int32Array.from(innerWidths).sort();
    const median = sorted[sorted.length >> 1] as number;
    if (median >= 30) {
      let near = 0;
      for (const w of sorted) if (w >= median * 0.7 && w <= median * 1.2) near++;
      if (near >= innerWidths.length * 0.8 && openEnds >= innerWidths.length * 0.6) return 'wrapped';
    }
  }
  if (single > blank * 2) return 'line';
  return 'blank-line';
}

const BREAKS: readonly ParagraphSpan['breakBefore'][] = ['start', 'line', 'blank'];

/**
 * Paragraphs as flat offsets: paragraph k spans starts[k]..ends[k], breaks[k] indexes
 * ['start', 'line', 'blank']. What splitParagraphs returns, without an object per paragraph (the
 * aligner's outline of a 0.5 MB text reads only the offsets).
 */
export interface ParagraphOffsets {
  convention: ParagraphConvention;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  breaks: Uint8Array;
}

export function paragraphOffsets(
  text: string,
  convention: ParagraphConvention | 'auto' = 'auto',
): ParagraphOffsets {
  const lines = scanLines(text);
  const d = lines.data;
  const conv = convention === 'auto' ? detectConvention(text, lines) : convention;
  const starts = new Int32Array(lines.count);
  const ends = new Int32Array(lines.count);
  const breaks = new Uint8Array(lines.count);
  let count = 0;
  let blankRun = 0;
  let open = false;
  for (let k = 0; k < lines.count; k++) {
    const cs = d[3 * k] as number;
    const ce = d[3 * k + 1] as number;
    const empty = d[3 * k + 2] as number;
    if (empty > 0) {
      blankRun += empty;
      open = false;
    }
    if (cs === ce) {
      blankRun++;
      open = false;
      continue;
    }
    if (conv === 'wrapped' && open) {
      ends[count - 1] = ce; // a soft wrap: the line continues the open paragraph
    } else {
      starts[count] = cs;
      ends[count] = ce;
      breaks[count] = count === 0 ? 0 : blankRun > 0 ? 2 : 1;
      count++;
      open = true;
    }
    blankRun = 0;
  }
  return { convention: conv, count, starts, ends, breaks };
}

export function splitParagraphs(
  text: string,
  convention: ParagraphConvention | 'auto' = 'auto',
): { convention: ParagraphConvention; paragraphs: ParagraphSpan[] } {
  const p = paragraphOffsets(text, convention);
  const paragraphs: ParagraphSpan[] = new Array(p.count);
  for (let k = 0; k < p.count; k++) {
    paragraphs[k] = {
      start: p.starts[k] as number,
      end: p.ends[k] as number,
      breakBefore: BREAKS[p.breaks[k] as number] as ParagraphSpan['breakBefore'],
    };
  }
  return { convention: p.convention, paragraphs };
}
