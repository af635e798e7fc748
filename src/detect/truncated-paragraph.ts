// truncated-paragraph: a paragraph that stops mid-sentence and whose rest is not the next paragraph —
// either nowhere, or displaced elsewhere (then displaced-fragment names where). Reported, never edited.

import { quote, type ScanContext, wordStartBefore } from './context.js';
import { endsOnSmallWord, latinSpeaker } from './junction-shape.js';
import { DATELINE_OPEN, junctions } from './junctions.js';
import type { Finding } from './types.js';

/** A headline is short: a first paragraph longer than this is taken for running text. */
const MAX_TITLE = 80;
/** …unless the page sets it off (chrome under it, a dateline opening the story): then up to this. */
const MAX_SET_OFF_TITLE = 120;

export function truncatedParagraph(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  const title = titleParagraph(ctx);
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

/**
 * The document's English headline: its first paragraph after any chrome, in Latin script, with no
 * sentence punctuation, not stopping on a word that needs another after it (…of the, …their) and not in
 * a speaker's voice (We will…), with text after it. A scraped English article opens so (Two sessions
 * open in Beijing today) and no full stop tells it from a cut sentence; the running-English test that
 * finds cut lines elsewhere would take it for one. A headline the page sets off — chrome right under it
 * (a byline, a stamp) or a story that opens with a dateline (WASHINGTON (Reuters) -) — may be longer and
 * have a comma (Fed holds rates steady as inflation cools, signals cuts ahead); one that is not, neither.
 * Chinese titles are set off by junctions.ts (pageTitle), where a first line that stops on a comma is a
 * real cut often enough. -1 when none.
 */
function titleParagraph(ctx: ScanContext): number {
  const { text, paragraphs } = ctx;
  let i = 0;
  while (i < paragraphs.length && (ctx.claimed[i] || ctx.pageBreaks[i])) i++;
  const p = paragraphs[i];
  if (!p || i + 1 >= paragraphs.length || p.end - p.start > MAX_SET_OFF_TITLE) return -1;
  const line = text.slice(p.start, p.end);
  if (!/^[A-Z0-9“"‘']/.test(line) || /[\u3000-\u9fff.!?;:]/.test(line)) return -1;
  if (endsOnSmallWord(text, p) || latinSpeaker(text, p)) return -1;
  let next = i + 1;
  while (next < paragraphs.length && ctx.claimed[next]) next++;
  const q = paragraphs[next];
  const setOff = next > i + 1 || (q !== undefined && DATELINE_OPEN.test(text.slice(q.start, q.start + 48)));
  if (setOff) return i;
  return p.end - p.start <= MAX_TITLE && !line.includes(',') ? i : -1;
}
