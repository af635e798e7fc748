// displaced-fragment: a paragraph that begins mid-sentence — the rest of a sentence cut elsewhere by page
// layout and pasted out of order (…当好龙头,走在 … 前列,全会提出…). Each fragment is paired with its
// head when the evidence is good (junctions.ts); clean() reassembles confident pairs (move the fragment
// to the end of its head) and leaves the others flagged. A paragraph that plainly begins mid-sentence
// but has no head in the document (its head was lost, or is too unlike it to pair) is flagged on its
// own, without a fix: one that opens on a comma, full stop or closing mark (no clean paragraph does: 0
// of 9,093 non-blank lines of public reports, news and the seeds, measured when the rule was written),
// or on a short quoted phrase and a comma (“烫手山芋”，做到守土有责…: the object of a verb left behind;
// one line in those texts, that one).

import { isLatinLetter } from '../text/chars.js';
import { quote, type ScanContext } from './context.js';
import { endsOpen, isCjk, lowerLatinStart, opensMidSentence } from './junction-shape.js';
import { type Junction, junctions } from './junctions.js';
import { glueAt } from './latin-words.js';
import type { Finding } from './types.js';

/** A short quoted phrase and a comma opening a paragraph: “烫手山芋”， */
const QUOTED_OBJECT = /^“[^”“\n！？。!?]{1,8}”[，,]/;
/** …unless it is speech, its speaker named right after it: “好的”，她笑着说。 */
const SPEECH_AFTER = /^“[^”]*”[，,][^，,。\n]{0,8}?(?:说|道|问|答|表示|回应|笑)/;
const ORPHAN_CONFIDENCE = 0.6;
const QUOTED_CONFIDENCE = 0.5;

/** Letters and ideographs in the paragraph's first 40 code units (a lone comma line is not prose). */
function contentAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < Math.min(end, start + 40); k++) {
    const c = text.charCodeAt(k);
    if (isCjk(c) || isLatinLetter(c)) n++;
  }
  return n;
}

export function displacedFragment(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  const j = junctions(ctx);
  const out = paired(ctx, j.displaced);
  const tails = new Set<number>();
  for (const s of j.splits) tails.add(s.tail);
  for (const d of j.displaced) tails.add(d.tail);
  const lowerOrphans = capitalizedText(ctx);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (ctx.claimed[pi] || tails.has(pi)) continue;
    const T = paragraphs[pi]!;
    const c = text.charCodeAt(T.start);
    // ’ opens English words (’Tis, ’90s); everything else opensMidSentence names ends a clause or a
    // quotation. In English text whose paragraphs open with capitals, one in lower case does too.
    const bare =
      (opensMidSentence(c) && c !== 0x2019) ||
      (lowerOrphans && lowerLatinStart(text, T) && englishRest(text, T) && !afterOpen(ctx, pi));
    const opening = c === 0x201c ? text.slice(T.start, T.start + 24) : '';
    const quoted = !bare && QUOTED_OBJECT.test(opening) && !SPEECH_AFTER.test(opening);
    if ((!bare && !quoted) || contentAt(text, T.start, T.end) < 4) continue;
    out.push(
      ctx.finding({
        rule: 'displaced-fragment',
        confidence: bare ? ORPHAN_CONFIDENCE : QUOTED_CONFIDENCE,
        start: T.start,
        end: T.end,
        message: `Displaced fragment: ${quote(text.slice(T.start, T.end), 16)} begins mid-sentence; its head was not found`,
      }),
    );
  }
  return out;
}

/** Paragraphs opening on a Latin letter a text needs before one in lower case is read as a fragment. */
const LATIN_OPENINGS = 10;

/**
 * Whether the text's paragraphs that open on a Latin letter open with a capital, nine in ten or
 * more (ordinary English prose; not a list of lower-case items, code or a lower-case poem).
 */
function capitalizedText(ctx: ScanContext): boolean {
  const { text, paragraphs, claimed } = ctx;
  let latin = 0;
  let lower = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (claimed[pi]) continue;
    const c = text.charCodeAt(paragraphs[pi]!.start);
    if (!isLatinLetter(c)) continue;
    latin++;
    if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return latin >= LATIN_OPENINGS && lower * 10 <= latin;
}

/**
 * Whether the paragraph before `pi` (claimed ones skipped) stops open: a lower-case paragraph after it
 * is that sentence's rest, a break the junction rules weighed (and report on the head), not a lost head.
 */
function afterOpen(ctx: ScanContext, pi: number): boolean {
  let h = pi - 1;
  while (h >= 0 && ctx.claimed[h]) h--;
  return h >= 0 && endsOpen(ctx.text, ctx.paragraphs[h]!);
}

/** Running words after a lower-case opening (three or more), not a list marker (a) b.). */
function englishRest(text: string, T: { start: number; end: number }): boolean {
  const head = text.slice(T.start, Math.min(T.end, T.start + 60));
  return !/^[a-z][.)]/.test(head) && /^[a-z’'-]+(?:[ ,]+[A-Za-z’'-]+){2}/.test(head);
}

/** Fragments paired with their heads, each with the fix that moves it to the end of its head. */
function paired(ctx: ScanContext, displaced: readonly Junction[]): Finding[] {
  const { text, paragraphs } = ctx;
  return displaced.map((j) => {
    const P = paragraphs[j.head]!;
    const T = paragraphs[j.tail]!;
    const glue = glueAt(ctx, P.end, T.start);
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
