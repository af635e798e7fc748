// unbalanced-pair: an opening quote or bracket without its closing partner in the same paragraph, or a
// closer without an opener. One linear pass per paragraph with a small stack. Two conventions are
// respected: a quotation running over several paragraphs opens each of them with “ (or 「) and closes only at
// its end; and a list marker such as 1), a) or ２） at the start of a paragraph has no opener on purpose
// (三） is reported: in official texts it is a （三） that lost its opener). Neither an emoticon :) nor a
// half-open interval [0, 1) is an unbalanced pair. Straight double quotes are paired by count.

import { isDigit } from '../text/chars.js';
import { quote, type ScanContext } from './context.js';
import { junctions } from './junctions.js';
import type { Finding } from './types.js';

/** closer → opener */
const PAIRS = new Map<number, number>([
  [0x201d, 0x201c], // ” “
  [0x300b, 0x300a], // 》 《
  [0xff09, 0xff08], // ） （
  [0x3011, 0x3010], // 】 【
  [0x300d, 0x300c], // 」 「
  [0x300f, 0x300e], // 』 『
  [0x29, 0x28], // ) (
  [0x5d, 0x5b], // ] [
  [0x3009, 0x3008], // 〉 〈
  [0x3015, 0x3014], // 〕 〔
]);
/** KIND[c]: 1 for an opener, 2 for a closer, 0 otherwise — one typed-array read per code unit. */
const KIND = new Uint8Array(65536);
for (const [closer, opener] of PAIRS) {
  KIND[closer] = 2;
  KIND[opener] = 1;
}
/** brackets of different widths close each other in scraped text: （…) and (…） */
function matches(opener: number, closer: number): boolean {
  const o = PAIRS.get(closer);
  if (o === opener) return true;
  return (opener === 0xff08 && closer === 0x29) || (opener === 0x28 && closer === 0xff09);
}

/**
 * Whether a closer at `i` ends a short list marker: at the paragraph start (1) a) ２）), or run into a
 * sentence after a space or clause punctuation (parts: 1) roads, 2) schools; 包括：1）道路；2）学校).
 */
function isListMarker(text: string, start: number, i: number): boolean {
  if (i === start) return false;
  let from = start;
  if (i - start > 3 || !markerChars(text, start, i)) {
    // Run in: one or two digits, or one letter, after a space or , ; : ， ； ： 、
    from = i - 1;
    while (from > start && i - from < 2 && isDigit(text.charCodeAt(from - 1))) from--;
    const before = from > start ? text.charCodeAt(from - 1) : 0x20;
    if (!RUN_IN_BEFORE.includes(String.fromCharCode(before))) return false;
    // …but not the end of a time or a number cut off from its opener (19:00）, 3,5)).
    if (from - 2 >= start && isDigit(text.charCodeAt(from - 2)) && before !== 0x20 && before !== 0x3000)
      return false;
  }
  return markerChars(text, from, i);
}

/** A list marker in brackets opening a paragraph: （1） (2) ［3］. */
const BRACKETED_MARKER = /^\s*[(（［[][0-9０-９]{1,3}[)）］\]]/;

const RUN_IN_BEFORE = ' \u3000,;:，；：、。';
/** Digits and letters only, at most three. */
function markerChars(text: string, start: number, i: number): boolean {
  if (i - start > 3 || i === start) return false;
  for (let k = start; k < i; k++) {
    const c = text.charCodeAt(k);
    // Digits and letters only: a Chinese numeral before ） (三）) is a （三） that lost its opener.
    const ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xff10 && c <= 0xff19);
    if (!ok) return false;
  }
  return true;
}

/**
 * An ASCII emoticon — :) ;( =) :-( — is no bracket at all. A ( counts as one only when no word
 * follows it (比例为3:(1+2) opens a bracket); a ) only when nothing is open for it to close.
 */
function isEmoticon(text: string, i: number, end: number): boolean {
  let k = i - 1;
  if (text.charCodeAt(k) === 0x2d) k--; // the nose of :-)
  const c = text.charCodeAt(k);
  if (!(c === 0x3a || c === 0x3b || c === 0x3d)) return false;
  if (text.charCodeAt(i) === 0x29 || i + 1 >= end) return true;
  const n = text.charCodeAt(i + 1);
  return !((n >= 0x30 && n <= 0x39) || (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || n === 0x28);
}

/** Longest half-open interval looked at, in code units. */
const INTERVAL_MAX = 40;

/**
 * Whether `opener..closer` is a half-open interval of mathematics — [0, 1) (a, b] [1,+∞) — whose
 * brackets differ on purpose: two short ends around one comma, no CJK inside.
 */
function isInterval(text: string, open: number, close: number): boolean {
  const o = text.charCodeAt(open);
  const c = text.charCodeAt(close);
  if (!((o === 0x5b && c === 0x29) || (o === 0x28 && c === 0x5d))) return false;
  if (close - open > INTERVAL_MAX) return false;
  let commas = 0;
  for (let k = open + 1; k < close; k++) {
    const u = text.charCodeAt(k);
    if (u === 0x2c || u === 0xff0c) commas++;
    else if (u >= 0x3000 || u === 0x28 || u === 0x29 || u === 0x5b || u === 0x5d) {
      if (u !== 0x221e) return false; // ∞ is an end; any other bracket or CJK is not an interval
    }
  }
  return commas === 1;
}

export function unbalancedPair(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  const out: Finding[] = [];
  const stack: number[] = [];
  const report = (at: number, kind: 'open' | 'close', pStart: number, pEnd: number) => {
    const ch = text[at] as string;
    // An opener carried from a joined paragraph lies before this one: quote around it instead.
    const from = Math.max(at < pStart ? 0 : pStart, at - 8);
    const to = at < pStart ? Math.min(text.length, at + 9) : Math.min(pEnd, at + 9);
    out.push(
      ctx.finding({
        rule: 'unbalanced-pair',
        confidence: 0.8,
        start: at,
        end: at + 1,
        message:
          kind === 'open'
            ? `Unbalanced pair: ${ch} opens but is not closed in its paragraph, near ${quote(text.slice(from, to))}`
            : `Unbalanced pair: ${ch} closes but nothing opened it in its paragraph, near ${quote(text.slice(from, to))}`,
      }),
    );
  };
  // Straight double quotes " have no direction: an odd number of them in a paragraph leaves one without
  // its partner (the last one is reported), unless the paragraph opens a quotation that the next one
  // continues with " as well.
  // All of them are found in one pass over the text (paragraphs come in order), never per paragraph.
  const quotes: number[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) quotes.push(at);
  let qi = 0;
  const straightQuotes = (pi: number) => {
    const p = paragraphs[pi]!;
    while (qi < quotes.length && quotes[qi]! < p.start) qi++;
    let count = 0;
    let last = -1;
    for (; qi < quotes.length && quotes[qi]! < p.end; qi++) {
      count++;
      last = quotes[qi]!;
    }
    if (count % 2 === 0) return;
    const next = paragraphs[pi + 1];
    if (text.charCodeAt(p.start) === 0x22 && next !== undefined && text.charCodeAt(next.start) === 0x22)
      return;
    const from = Math.max(p.start, last - 8);
    out.push(
      ctx.finding({
        rule: 'unbalanced-pair',
        confidence: 0.6,
        start: last,
        end: last + 1,
        message: `Unbalanced pair: a straight quote " has no partner in its paragraph, near ${quote(text.slice(from, Math.min(p.end, last + 9)))}`,
      }),
    );
  };
  // A paragraph that split-paragraph or displaced-fragment joins to a later one continues there: its
  // open quotes and brackets are carried into that paragraph (学习《习近平谈治国理政 | 第四卷》) instead of
  // being reported on both sides of a break that clean() removes.
  const joinedTo = new Map<number, number>();
  if (ctx.enabled('split-paragraph') || ctx.enabled('displaced-fragment')) {
    const j = junctions(ctx);
    if (ctx.enabled('split-paragraph'))
      for (const s of j.splits) if (s.tail > s.head) joinedTo.set(s.head, s.tail);
    if (ctx.enabled('displaced-fragment'))
      for (const d of j.displaced) if (d.tail > d.head) joinedTo.set(d.head, d.tail);
  }
  // Quotes and brackets inside mojibake (â€” holds a ”, ã€Š a 《) are garble the mojibake rule repairs,
  // and a quote whose partner may lie in garble is not reported either. Ranges sorted by start and
  // merged where they overlap (a repaired stretch holds the stray controls found in it before), searched
  // by binary search: only at a bracket or quote.
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < ctx.garbled.length; k += 2) spans.push([ctx.garbled[k]!, ctx.garbled[k + 1]!]);
  spans.sort((x, y) => x[0] - y[0]);
  const ranges: Array<[number, number]> = [];
  for (const r of spans) {
    const last = ranges[ranges.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else ranges.push(r);
  }
  /** Whether garble lies in [s, e) (“鍙扮嫭鈥濆… holds the ”). */
  const garbledIn = (s: number, e: number): boolean => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![1] <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < ranges.length && ranges[lo]![0] < e;
  };
  /**
   * Whether the closer at `i` ends the marker opening paragraph pi (2）殷其龙：) while a paragraph beside
   * it writes its marker in brackets ((1）…, （3）…): one list, one form, so this one lost its opener.
   */
  const bracketedSiblings = (pi: number, i: number): boolean => {
    if (!/^\s*[0-9０-９]{1,3}$/.test(text.slice(paragraphs[pi]!.start, i))) return false;
    for (const q of [pi - 1, pi + 1]) {
      const Q = paragraphs[q];
      if (Q && BRACKETED_MARKER.test(text.slice(Q.start, Q.start + 6))) return true;
    }
    return false;
  };
  const carried = new Map<number, number[]>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    // A repeated copy, a loop pass or chrome goes as a whole; its quotes are the first copy's business.
    if (ctx.claimed[pi]) continue;
    stack.length = 0;
    const carry = carried.get(pi);
    if (carry) for (const at of carry) stack.push(at);
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      const kind = KIND[c];
      if (kind === 0 || (ranges.length > 0 && garbledIn(i, i + 1))) continue;
      if (c === 0x28 && isEmoticon(text, i, p.end)) continue;
      if (kind === 1) {
        stack.push(i);
        continue;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && isInterval(text, top, i)) {
        stack.length--;
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && !matches(text.charCodeAt(stack[k]!), c)) k--;
      if (k < 0) {
        if (
          !(isListMarker(text, p.start, i) && !bracketedSiblings(pi, i)) &&
          !(c === 0x29 && isEmoticon(text, i, p.end)) &&
          !(ranges.length > 0 && garbledIn(p.start, i))
        )
          report(i, 'close', p.start, p.end);
        continue;
      }
      for (let m = k + 1; m < stack.length; m++) report(stack[m]!, 'open', p.start, p.end);
      stack.length = k;
    }
    straightQuotes(pi);
    if (stack.length === 0) continue;
    const tail = joinedTo.get(pi);
    if (tail !== undefined) {
      carried.set(tail, [...(carried.get(tail) ?? []), ...stack]);
      continue;
    }
    // A multi-paragraph quotation: an open “ here and the next paragraph opens with “ again. It leaves
    // one “ open, never two (Chinese nests ‘’ inside “”): of several, only the last one may run on
    // (seed 002: …，“优发展生态，…促进产业“链群 before a paragraph that opens with “).
    // The same holds for 「 (the first-level quote of Taiwan, Hong Kong and some mainland sites).
    const next = paragraphs[pi + 1];
    const opensWith = next === undefined ? -1 : text.charCodeAt(next.start);
    const runsOn = opensWith === 0x201c || opensWith === 0x300c;
    let lastQuote = -1;
    for (const at of stack) if (text.charCodeAt(at) === opensWith) lastQuote = at;
    for (const at of stack) {
      if ((runsOn && at === lastQuote) || (ranges.length > 0 && garbledIn(at, p.end))) continue;
      report(at, 'open', p.start, p.end);
    }
  }
  return out;
}
