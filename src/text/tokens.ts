// Word tokens of one sentence. Intl.Segmenter is superlinear on long strings in Node 20 (design.md:
// 33k chars took 2.2 s), so it only ever sees one sentence, cut into windows of at most WINDOW code
// units at a space or punctuation mark when a "sentence" is huge (a 5 MB line with no punctuation).
// Without Segmenter the fallback is deterministic: one token per CJK character, runs of letters/digits,
// one token per other symbol.

import { codePointLength, isCJK, isSpace, isWordChar } from './chars.js';

export interface TokenSpan {
  start: number;
  end: number;
  /** true for words, false for punctuation and symbols */
  word: boolean;
}

export interface TokenizeOptions {
  /** Locale for Intl.Segmenter. Default 'zh' (its dictionary also handles Latin words). */
  locale?: string;
  /** false forces the deterministic fallback even where Intl.Segmenter exists. Default true. */
  segmenter?: boolean;
}

const WINDOW = 1024;

const segmenters = new Map<string, Intl.Segmenter>();
export function getSegmenter(locale: string): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Deterministic tokenizer used when Segmenter is missing or disabled. */
export function fallbackTokens(text: string, start: number, end: number, out: TokenSpan[] = []): TokenSpan[] {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end && isWordChar(text.charCodeAt(j))) j++;
      out.push({ start: i, end: j, word: true });
      i = j;
      continue;
    }
    const len = Math.min(codePointLength(text, i), end - i);
    out.push({ start: i, end: i + len, word: isCJK(c) });
    i += len;
  }
  return out;
}

/** The non-whitespace rest of a segment that starts with whitespace, if any, as one token. */
function afterSpace(piece: string, index: number, len: number, from: number, out: TokenSpan[]): void {
  let k = index + 1;
  const end = index + len;
  while (k < end && isSpace(piece.charCodeAt(k))) k++;
  if (k < end) out.push({ start: from + k, end: from + end, word: false });
}

/** Cut points for windows: prefer the last space or punctuation before the limit. */
function windowEnd(text: string, start: number, end: number): number {
  if (end - start <= WINDOW) return end;
  const limit = start + WINDOW;
  for (let k = limit; k > start + WINDOW / 2; k--) {
    const c = text.charCodeAt(k - 1);
    if (isSpace(c) || (!isWordChar(c) && !isCJK(c) && c < 0xd800)) return k;
  }
  // No good cut: cut anyway, but never inside a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}

/** Tokens of `text.slice(start, end)`; whitespace is not a token. */
export function tokenize(
  text: string,
  start: number,
  end: number,
  options: TokenizeOptions = {},
): TokenSpan[] {
  const out: TokenSpan[] = [];
  const seg = options.segmenter === false ? undefined : getSegmenter(options.locale ?? 'zh');
  let from = start;
  while (from < end) {
    const to = windowEnd(text, from, end);
    if (!seg) fallbackTokens(text, from, to, out);
    else {
      // containing() walks the boundaries without building a segment-data object per iteration step
      // of the iterator protocol: ~10% faster than for…of on Chinese (bench/parse.mjs).
      const piece = text.slice(from, to);
      const segments = seg.segment(piece);
      let i = 0;
      while (i < piece.length) {
        const s = segments.containing(i) as Intl.SegmentData;
        const len = s.segment.length;
        const a = from + s.index;
        // Segmenter emits whitespace runs as their own non-word segments: drop them. A mark it glues
        // onto whitespace (a combining accent after a space, or a letter it has no rule for after a
        // tab: "\t𖬰" is one segment) keeps its own characters as a token.
        if (s.isWordLike === true) out.push({ start: a, end: a + len, word: true });
        else if (!isSpace(piece.charCodeAt(s.index))) out.push({ start: a, end: a + len, word: false });
        else if (len > 1) afterSpace(piece, s.index, len, from, out);
        i = s.index + len;
      }
    }
    from = to;
  }
  return out;
}
