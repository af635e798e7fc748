// truncated-paragraph: a paragraph that stops mid-sentence and whose rest is not the next paragraph —
// either nowhere, or displaced elsewhere (then displaced-fragment names where). Reported, never edited.

import { quote, type ScanContext, wordStartBefore } from './context.js';
import { junctions } from './junctions.js';
import { englishHeadline } from './page-layout.js';
import type { Finding } from './types.js';

export function truncatedParagraph(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  const title = englishHeadline(ctx);
  const out: Finding[] = [];
  for (const j of junctions(ctx).truncated) {
    const rest = j.tail >= 0 ? paragraphs[j.tail] : undefined;
    if (j.head === title && !rest) continue;
    const P = paragraphs[j.head]!;
    // the last 8 code units, from the start of an English word they cut into
    const from = wordStartBefore(text, Math.max(P.start, P.end - 8), P.start);
    const end = text.slice(from, P.end);
    out.push(
      ctx.finding({
        rule: 'truncated-paragraph',
        confidence: rest ? 0.8 : 0.7,
        start: from,
        end: P.end,
        message: rest
          ? `Truncated paragraph: it stops at ${quote(end)}; its rest is displaced to line ${ctx.doc.position(rest.start).line}`
          : `Truncated paragraph: it stops mid-sentence at ${quote(end)} and the next paragraph does not continue it`,
        related: rest ? [{ start: rest.start, end: rest.end, note: 'displaced rest' }] : undefined,
      }),
    );
  }
  return out;
}
