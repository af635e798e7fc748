// Token level, inside one pair of sentences (or of sentence groups for a split/merge): jsdiff's
// diffArrays over Intl.Segmenter words of those sentences only — small spans, so Myers' O(ND) is cheap.
// Each token span is extended over the whitespace that follows it, so token leaves cover every
// character of their sentences; tokens compare by exact text, so an `equal` leaf is byte-identical.

import { diffArrays } from 'diff';
import { isHighSurrogate, isInnerMark, isLowSurrogate, isSpace } from '../text/chars.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { Budget } from './budget.js';
import { levenshteinRatio } from './similarity.js';
import type { AlignedBlock, Range } from './types.js';

export interface TokenOptions {
  locale: string;
  segmenter: boolean;
}

/**
 * Shared characters kept on each side of a difference when it goes through Intl.Segmenter (which costs
 * per character): enough for the dictionary to cut the changed word as it would in the whole sentence.
 */
const CONTEXT = 8;

/** Edit length above which jsdiff gives up (returns undefined) and the pair stays one leaf. */
const MAX_EDIT = 4000;

interface Span extends Range {
  /** index of the input range (sentence) it belongs to: runs never join across sentences */
  part: number;
}

function spans(text: string, ranges: readonly Range[], o: TokenOptions): Span[] {
  const out: Span[] = [];
  // indexed loop: for…of over entries() makes this small function costly to compile (see align.ts)
  for (let part = 0; part < ranges.length; part++) {
    const r = ranges[part] as Range;
    rangeSpans(text, r.start, r.end, part, o, out);
  }
  return out;
}

/**
 * The token spans of one range, appended to `out`. Takes plain offsets, not the range list: callers
 * pass lists built in different ways (a literal, `new Array(n)`), and optimized code specialized on
 * one array shape was thrown away (deoptimized, "wrong map") the first time it met the other.
 */
function rangeSpans(
  text: string,
  start: number,
  end: number,
  part: number,
  o: TokenOptions,
  out: Span[],
): void {
  // compared on every call, not only in the rare branch below: optimized code compiled before that
  // branch ever ran would otherwise be thrown away (deoptimized) the first time it does
  const filled = end > start;
  const toks = tokenize(text, start, end, { locale: o.locale, segmenter: o.segmenter });
  if (toks.length === 0) {
    if (filled) out.push({ start, end, part });
    return;
  }
  pushSpans(toks, start, end, part, out);
}

/**
 * Token k's span runs from its start (the range start for the first) to the next token's start (the
 * range end for the last). Its own function: the loop made rangeSpans hot, and V8 then compiled it
 * with tokenize and the segmenter calls inlined (~6 ms on a first call); this one compiles small.
 */
function pushSpans(toks: readonly Range[], start: number, end: number, part: number, out: Span[]): void {
  for (let k = 0; k < toks.length; k++) {
    const s = k === 0 ? start : (toks[k] as Range).start;
    const e = k + 1 < toks.length ? (toks[k + 1] as Range).start : end;
    out.push({ start: s, end: e, part });
  }
}

/** Joins consecutive token spans of one sentence (a run of tokens becomes one range). */
function joinRanges(spans: readonly Span[]): Range[] {
  const out: Range[] = [];
  let lastPart = -1;
  for (let k = 0; k < spans.length; k++) {
    const r = spans[k] as Span;
    const last = out[out.length - 1];
    if (last && last.end === r.start && r.part === lastPart) last.end = r.end;
    else out.push({ start: r.start, end: r.end });
    lastPart = r.part;
  }
  return out;
}

/**
 * Whitespace and punctuation — where a shared head or tail may be cut — as a table of every UTF-16 code
 * unit (64 KB) that tokenBlocks reads inline when it backs a head or tail off to a break. A function call
 * per character there made it hot during the first diff() of a 0.5 MB pair (after bench/first-call.mjs's
 * warm-up), where V8 compiled it: the table takes about 6 M instructions off that call. Filled once, at
 * load: isSpace, then the ASCII, general, CJK and full-width punctuation ranges.
 */
export const BREAKS: Uint8Array = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) BREAKS[c] = 1;
for (const [from, to] of [
  [0x21, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
  [0x2010, 0x2027],
  [0x3000, 0x303f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
] as const)
  BREAKS.fill(1, from, to + 1);

export function tokenBlocks(
  textA: string,
  textB: string,
  ra: readonly Range[],
  rb: readonly Range[],
  idPrefix: string,
  budget: Budget,
  o: TokenOptions,
): AlignedBlock[] | undefined {
  if (budget.expired('token')) return undefined;
  // One sentence each side: the shared head and tail are one equal token run each, and only the middle
  // (the difference with a little context) goes through Intl.Segmenter, which costs per character.
  let head: [Span, Span] | undefined;
  let tail: [Span, Span] | undefined;
  if (ra.length === 1 && rb.length === 1) {
    const x = ra[0] as Range;
    const y = rb[0] as Range;
    const max = Math.min(x.end - x.start, y.end - y.start);
    let p = 0;
    while (p < max && textA.charCodeAt(x.start + p) === textB.charCodeAt(y.start + p)) p++;
    let q = 0;
    while (q < max - p && textA.charCodeAt(x.end - 1 - q) === textB.charCodeAt(y.end - 1 - q)) q++;
    // Keep CONTEXT shared characters around the difference (a word boundary there is the same as in the
    // whole clause), or back off to a clause break if one is nearer.
    const minP = Math.max(0, p - CONTEXT);
    // a break: whitespace or punctuation (BREAKS), but not a point or comma inside a number (1,244.5
    // is one token to the Segmenter) nor an apostrophe in a word
    while (
      p > minP &&
      !(BREAKS[textA.charCodeAt(x.start + p - 1)] === 1 && !isInnerMark(textA, x.start + p - 1))
    )
      p--;
    if (p > 0 && isHighSurrogate(textA.charCodeAt(x.start + p - 1))) p--;
    const minQ = Math.max(0, q - CONTEXT);
    while (q > minQ && !(BREAKS[textA.charCodeAt(x.end - q - 1)] === 1 && !isInnerMark(textA, x.end - q - 1)))
      q--;
    if (q > 0 && isLowSurrogate(textA.charCodeAt(x.end - q))) q--;
    if (p > 0)
      head = [
        { start: x.start, end: x.start + p, part: 0 },
        { start: y.start, end: y.start + p, part: 0 },
      ];
    if (q > 0)
      tail = [
        { start: x.end - q, end: x.end, part: 0 },
        { start: y.end - q, end: y.end, part: 0 },
      ];
    ra = [{ start: x.start + p, end: x.end - q }];
    rb = [{ start: y.start + p, end: y.end - q }];
  }
  const sa = spans(textA, ra, o);
  const sb = spans(textB, rb, o);
  if (head) {
    sa.unshift(head[0]);
    sb.unshift(head[1]);
  }
  if (tail) {
    sa.push(tail[0]);
    sb.push(tail[1]);
  }
  const ta = sa.map((r) => textA.slice(r.start, r.end));
  const tb = sb.map((r) => textB.slice(r.start, r.end));
  // Tokens match by their text without the whitespace they own: a paragraph re-wrapped at another
  // width (a line break where a space was) keeps its words equal, and only the whitespace is a change.
  const wa = sa.map((r) => wordEnd(textA, r));
  const wb = sb.map((r) => wordEnd(textB, r));
  const ka = sa.map((r, n) => textA.slice(r.start, wa[n]));
  const kb = sb.map((r, n) => textB.slice(r.start, wb[n]));
  const parts = diffArrays(ka, kb, { maxEditLength: MAX_EDIT });
  if (!parts) {
    budget.degrade('maxCells', 'token', `token diff over ${ta.length}×${tb.length} tokens gave up`);
    return undefined;
  }
  const out: AlignedBlock[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < parts.length) {
    const p = parts[k] as { added: boolean; removed: boolean; count?: number; value: string[] };
    const n = p.value.length;
    if (!p.added && !p.removed) {
      // An equal run is byte-identical but where a token's whitespace differs: there the word stays in
      // the equal leaf and the whitespace becomes a modify leaf of its own.
      let from = 0;
      for (let m = 0; m < n; m++) {
        if (ta[i + m] === tb[j + m]) continue;
        const x = sa[i + m] as Span;
        const y = sb[j + m] as Span;
        const ex = wa[i + m] as number;
        const ey = wb[j + m] as number;
        const eqA = sa.slice(i + from, i + m);
        const eqB = sb.slice(j + from, j + m);
        if (ex > x.start) {
          eqA.push({ start: x.start, end: ex, part: x.part });
          eqB.push({ start: y.start, end: ey, part: y.part });
        }
        if (eqA.length) out.push(block('equal', eqA, eqB, 1));
        const ws: [Span[], Span[]] = [
          ex < x.end ? [{ start: ex, end: x.end, part: x.part }] : [],
          ey < y.end ? [{ start: ey, end: y.end, part: y.part }] : [],
        ];
        out.push(
          block(
            ws[0].length && ws[1].length ? 'modify' : ws[0].length ? 'delete' : 'insert',
            ws[0],
            ws[1],
            0,
          ),
        );
        from = m + 1;
      }
      if (from < n) out.push(block('equal', sa.slice(i + from, i + n), sb.slice(j + from, j + n), 1));
      i += n;
      j += n;
      k++;
      continue;
    }
    // A removed run followed by an added run (or the reverse) is one replacement.
    let del = 0;
    let ins = 0;
    while (k < parts.length) {
      const q = parts[k] as { added: boolean; removed: boolean; value: string[] };
      if (q.removed) del += q.value.length;
      else if (q.added) ins += q.value.length;
      else break;
      k++;
    }
    const xa = sa.slice(i, i + del);
    const xb = sb.slice(j, j + ins);
    const op = del && ins ? 'modify' : del ? 'delete' : 'insert';
    // Compared in normalized form: ＧＤＰ and GDP differ in bytes (so the op is modify) but not in content.
    const sim =
      op === 'modify'
        ? levenshteinRatio(normalize(ta.slice(i, i + del).join('')), normalize(tb.slice(j, j + ins).join('')))
        : 0;
    out.push(block(op, xa, xb, sim));
    i += del;
    j += ins;
  }
  out.forEach((b, n) => {
    b.id = `${idPrefix}.t${n + 1}`;
  });
  return out;
}

/** Where the token's own text ends and the whitespace it owns begins. */
function wordEnd(text: string, r: Range): number {
  let e = r.end;
  while (e > r.start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

function block(op: AlignedBlock['op'], a: Span[], b: Span[], similarity: number): AlignedBlock {
  return { id: '', op, level: 'token', a: joinRanges(a), b: joinRanges(b), similarity };
}
