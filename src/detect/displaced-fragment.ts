// displaced-fragment: a paragraph that begins mid-sentence — the rest of a sentence cut elsewhere by page
// layout and pasted out of order (…当好龙头,走在 … 前列,全会提出…). Each fragment is paired with its
// head when the evidence is good (junctions.ts); clean() reassembles confident pairs (move the fragment
// to the end of its head) and leaves the others flagged.

import { joiner } from '../text/join.js';
import { quote, type ScanContext } from './context.js';
import { junctions } from './junctions.js';
import type { Finding } from './types.js';

export function displacedFragment(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  return junctions(ctx).displaced.map((j) => {
    const P = paragraphs[j.head]!;
    const T = paragraphs[j.tail]!;
    const glue = joiner(text, P.end, T.start);
    const headEnd = text.slice(Math.max(P.start, P.end - 8), P.end);
    return ctx.finding({
      rule: 'displaced-fragment',
      confidence: Math.min(0.95, 0.45 + 0.3 * j.score),
      start: T.start,
      end: T.end,
      message: `Displaced fragment: ${quote(text.slice(T.start, T.end), 16)} begins mid-sentence; it continues ${quote(headEnd)} at line ${ctx.doc.position(P.end).line}`,
      related: [{ start: P.start, end: P.end, note: 'head of the sentence' }],
      fix: [
        { start: P.end, end: P.end, text: glue + T.text },
        { ...ctx.removal(j.tail, j.tail), text: '' },
      ],
    });
  });
}
