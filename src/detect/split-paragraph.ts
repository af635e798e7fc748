// split-paragraph: a paragraph break inside a word or sentence (共建机|制, 龙|小红, 抗疫精神,|开展). The fix
// joins the two paragraphs: nothing between CJK characters, one space between Latin words. Headings —
// short lines without a full stop over a paragraph — are not splits (see junctions.ts for the evidence).

import { joiner } from '../text/join.js';
import { quote, type ScanContext } from './context.js';
import { junctions } from './junctions.js';
import type { Finding } from './types.js';

export function splitParagraph(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  return junctions(ctx).splits.map((j) => {
    const P = paragraphs[j.head]!;
    const T = paragraphs[j.tail]!;
    const glue = joiner(text, P.end, T.start);
    const left = text.slice(Math.max(P.start, P.end - 6), P.end);
    const right = text.slice(T.start, Math.min(T.end, T.start + 6));
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
      fix: [{ start: paragraphs[j.tail - 1]!.end, end: T.start, text: glue }],
    });
  });
}
