// split-paragraph: a paragraph break inside a word or sentence (共建机|制, 龙|小红, 抗疫精神,|开展). The fix
// joins the two paragraphs: nothing between CJK characters, one space between Latin words. Headings —
// short lines without a full stop over a paragraph — are not splits (see junctions.ts for the evidence).

import { isLatinLetter } from '../text/chars.js';
import { quote, type ScanContext, wordEndAfter, wordStartBefore } from './context.js';
import { hyphenCut } from './junction-shape.js';
import { junctions } from './junctions.js';
import { glueAt } from './latin-words.js';
import type { Finding } from './types.js';

export function splitParagraph(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  return junctions(ctx).splits.map((j) => {
    const P = paragraphs[j.head]!;
    const T = paragraphs[j.tail]!;
    const glue = glueAt(ctx, P.end, T.start);
    const left = text.slice(wordStartBefore(text, Math.max(P.start, P.end - 6), P.start), P.end);
    const right = text.slice(T.start, wordEndAfter(text, Math.min(T.end, T.start + 6), T.end));
    return ctx.finding({
      rule: 'split-paragraph',
      confidence: Math.min(0.95, 0.72 + 0.15 * Math.max(0, j.score)),
      start: Math.max(P.start, P.end - 1),
      end: Math.min(T.end, T.start + 1),
      message: `Split paragraph: ${quote(left)} continues in the next paragraph ${quote(right)}`,
      expected: text.slice(Math.max(P.start, P.end - 1), P.end) + glue + text.charAt(T.start),
      related: [{ start: T.start, end: T.end, note: 'continuation' }],
      // When copies or chrome sit in between, clean() removes them with their own edits up to the end of
      // the last one; this edit closes the rest of the gap.
      fix: [
        ...(dehyphenate(text, P, T) ? [{ start: P.end - 1, end: P.end, text: '' }] : []),
        { start: paragraphs[j.tail - 1]!.end, end: T.start, text: glue },
      ],
    });
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
