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

interface RawLine {
  start: number; // first code unit of the line
  end: number; // before the line terminator
  contentStart: number; // after leading whitespace
  contentEnd: number; // before trailing whitespace
}

/** Splits into lines without allocating substrings; blank lines have contentStart === contentEnd. */
function scanLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const n = text.length;
  let start = 0;
  while (start <= n) {
    let i = start;
    while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
    let cs = start;
    while (cs < i && isSpace(text.charCodeAt(cs))) cs++;
    let ce = i;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start, end: i, contentStart: cs, contentEnd: ce });
    if (i >= n) break;
    start = i + (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1);
    if (start === n) {
      lines.push({ start: n, end: n, contentStart: n, contentEnd: n });
      break;
    }
  }
  return lines;
}

/** Decides the convention from separator counts and, for wrapping, from the widths of inner lines. */
function detectConvention(text: string, lines: RawLine[]): ParagraphConvention {
  let single = 0;
  let blank = 0;
  let sawContent = false;
  let blankRun = 0;
  const innerWidths: number[] = [];
  let openEnds = 0; // inner lines that do not end with sentence punctuation
  let blockLines: RawLine[] = [];
  const flush = () => {
    for (let k = 0; k + 1 < blockLines.length; k++) {
      const l = blockLines[k] as RawLine;
      innerWidths.push(l.contentEnd - l.contentStart);
      if (!isTerminal(text.charCodeAt(l.contentEnd - 1)) && !isCloser(text.charCodeAt(l.contentEnd - 1)))
        openEnds++;
    }
    blockLines = [];
  };
  for (const l of lines) {
    if (l.contentStart === l.contentEnd) {
      blankRun++;
      continue;
    }
    if (sawContent) {
      if (blankRun > 0) {
        blank++;
        flush();
      } else single++;
    }
    blockLines.push(l);
    blankRun = 0;
    sawContent = true;
  }
  flush();
  if (blank === 0) return 'line';
  // Hard wrapping: many inner lines, most of them close to one common width and most of them ending
  // mid-sentence. Checked before the line/blank-line vote because wrapped text has many single breaks.
  if (innerWidths.length >= 3) {
    const sorted = [...innerWidths].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1] as number;
    if (median >= 30) {
      const near = innerWidths.filter((w) => w >= median * 0.7 && w <= median * 1.2).length;
      if (near >= innerWidths.length * 0.8 && openEnds >= innerWidths.length * 0.6) return 'wrapped';
    }
  }
  if (single > blank * 2) return 'line';
  return 'blank-line';
}

export function splitParagraphs(
  text: string,
  convention: ParagraphConvention | 'auto' = 'auto',
): { convention: ParagraphConvention; paragraphs: ParagraphSpan[] } {
  const lines = scanLines(text);
  const conv = convention === 'auto' ? detectConvention(text, lines) : convention;
  const paragraphs: ParagraphSpan[] = [];
  let blankRun = 0;
  let open: ParagraphSpan | null = null;
  for (const l of lines) {
    if (l.contentStart === l.contentEnd) {
      blankRun++;
      if (open) {
        paragraphs.push(open);
        open = null;
      }
      continue;
    }
    const breakBefore: ParagraphSpan['breakBefore'] =
      paragraphs.length === 0 && !open ? 'start' : blankRun > 0 ? 'blank' : 'line';
    if (conv === 'wrapped' && open) {
      open.end = l.contentEnd; // a soft wrap: the line continues the open paragraph
    } else {
      if (open) paragraphs.push(open);
      open = { start: l.contentStart, end: l.contentEnd, breakBefore };
    }
    blankRun = 0;
  }
  if (open) paragraphs.push(open);
  return { convention: conv, paragraphs };
}
