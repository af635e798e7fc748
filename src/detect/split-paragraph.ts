// split-paragraph: a paragraph break inside a word or sentence (共建机|制, 龙|小红, 抗疫精神,|开展). The fix
// joins the two paragraphs: nothing between CJK characters, one space between Latin words. Headings —
// short lines without a full stop over a paragraph — are not splits (see junctions.ts for the evidence).

import { isLatinLetter } from '../text/chars.js';
import { quote, type ScanContext, wordEndAfter, wordStartBefore } from './context.js';
import { hyphenCut } from './junction-shape.js';
import { type Junction, junctions } from './junctions.js';
import { glueAt } from './latin-words.js';
import type { Finding, Fix } from './types.js';

export function splitParagraph(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  const splits = junctions(ctx).splits;
  for (let k = 0; k < splits.length; ) {
    // The line ends of one hard-wrapped paragraph (a chain of column breaks, each line the rest of the
    // one before) are one defect: one finding with an edit per line end, not one per line — a PDF
    // page would otherwise list every line, and hold a finding per line of a long file in memory.
    let last = k;
    while (splits[k]!.column && splits[last + 1]?.column && splits[last + 1]!.head === splits[last]!.tail)
      last++;
    out.push(last === k ? oneSplit(ctx, splits[k]!) : wrappedParagraph(ctx, splits.slice(k, last + 1)));
    k = last + 1;
  }
  return out;
}

/** The edits that join a split's head to its rest (across anything removed in between). */
function joinEdits(ctx: ScanContext, j: Junction): Fix[] {
  const { text, paragraphs } = ctx;
  const P = paragraphs[j.head]!;
  const T = paragraphs[j.tail]!;
  // When copies or chrome sit in between, clean() removes them with their own edits up to the end of
  // the last one; this edit closes the rest of the gap.
  const join = { start: paragraphs[j.tail - 1]!.end, end: T.start, text: glueAt(ctx, P.end, T.start) };
  return dehyphenate(text, P, T) ? [{ start: P.end - 1, end: P.end, text: '' }, join] : [join];
}

const confidenceOf = (j: Junction): number => Math.min(0.95, 0.72 + 0.15 * Math.max(0, j.score));

function oneSplit(ctx: ScanContext, j: Junction): Finding {
  const { text, paragraphs } = ctx;
  const P = paragraphs[j.head]!;
  const T = paragraphs[j.tail]!;
  const left = text.slice(wordStartBefore(text, Math.max(P.start, P.end - 6), P.start), P.end);
  const right = text.slice(T.start, wordEndAfter(text, Math.min(T.end, T.start + 6), T.end));
  return ctx.finding({
    rule: 'split-paragraph',
    confidence: confidenceOf(j),
    start: Math.max(P.start, P.end - 1),
    end: Math.min(T.end, T.start + 1),
    message: `Split paragraph: ${quote(left)} continues in the next paragraph ${quote(right)}`,
    expected:
      text.slice(Math.max(P.start, P.end - 1), P.end) + glueAt(ctx, P.end, T.start) + text.charAt(T.start),
    related: [{ start: T.start, end: T.end, note: 'continuation' }],
    fix: joinEdits(ctx, j),
  });
}

/**
 * One paragraph hard-wrapped over several lines: the span runs from its first line end to its last
 * line's first character, `expected` is that span joined, and the lines after the first are `related`.
 */
function wrappedParagraph(ctx: ScanContext, chain: readonly Junction[]): Finding {
  const { text, paragraphs } = ctx;
  const first = paragraphs[chain[0]!.head]!;
  const lastLine = paragraphs[chain[chain.length - 1]!.tail]!;
  const start = Math.max(first.start, first.end - 1);
  const end = Math.min(lastLine.end, lastLine.start + 1);
  const fix: Fix[] = [];
  let confidence = 1;
  for (const j of chain) {
    for (const e of joinEdits(ctx, j)) fix.push(e);
    confidence = Math.min(confidence, confidenceOf(j));
  }
  // joined once (a string built by += over thousands of line ends is kept as a tree of pieces that
  // holds ~20× its length in memory)
  const pieces: string[] = [];
  let at = start;
  for (const e of fix) {
    pieces.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(text.slice(at, end));
  const expected = pieces.join('');
  // The paragraph's opening as joined, not its first line alone (a column of 9 ideographs would quote
  // less than a clause): quote() cuts it with an ellipsis.
  const opening = text.slice(first.start, start) + expected.slice(0, 40);
  return ctx.finding({
    rule: 'split-paragraph',
    confidence,
    start,
    end,
    message: `Split paragraph: ${quote(opening)} is hard-wrapped over ${chain.length + 1} lines`,
    expected,
    related: [{ start: paragraphs[chain[0]!.tail]!.start, end: lastLine.end, note: 'continuation lines' }],
    fix,
  });
}

/**
 * Whether the hyphen of a word cut at a line end (trans-|formation) goes when the pieces are joined:
 * when the document writes the whole word without it elsewhere. A compound (high-|quality) keeps it,
 * and so does a word the text never writes whole — a hyphen left in is the lesser harm.
 */
function dehyphenate(
  text: string,
  P: { start: number; end: number },
  T: { start: number; end: number },
): boolean {
  if (!hyphenCut(text, P)) return false;
  let i = P.end - 1;
  while (i > P.start && isLatinLetter(text.charCodeAt(i - 1))) i--;
  let j = T.start;
  while (j < T.end && isLatinLetter(text.charCodeAt(j))) j++;
  const word = text.slice(i, P.end - 1) + text.slice(T.start, j);
  const re = new RegExp(`(?<![A-Za-z-])${word}(?![A-Za-z])`, 'i');
  return re.test(text.slice(0, i)) || re.test(text.slice(j));
}
