// Normalization for MATCHING ONLY: keys, shingles, similarity. Output always quotes the original text;
// `normalizeWithMap` gives, for every normalized code unit, the span of the original it came from.

import { isSpace } from './chars.js';

export interface NormalizeOptions {
  /** Unicode NFKC (full-width forms, compatibility ideographs, circled numbers …). Default true. */
  nfkc?: boolean;
  /** Lower-case Latin letters. Default true. */
  lowercase?: boolean;
  /** `remove` (default) drops all whitespace; `collapse` keeps one ASCII space per run; `keep` keeps it. */
  whitespace?: 'remove' | 'collapse' | 'keep';
  /** `fold` (default) maps each punctuation family to one ASCII mark; `remove` drops punctuation; `keep`. */
  punctuation?: 'fold' | 'remove' | 'keep';
  /**
   * Replace each run of numerals — Arabic digits (with inner `.`/`,`) or Chinese numerals
   * 〇零一二三四五六七八九十百千万亿两 — by `#`, so that 关键词十四 and 关键词十六, （3）and （4）, 第二 and
   * 第九 share a key. Default false.
   */
  maskNumbers?: boolean;
}

export interface Normalized {
  text: string;
  /** starts[i]: offset in the original of the character that produced normalized code unit i */
  starts: Int32Array;
  /** ends[i]: end (exclusive) in the original of that character */
  ends: Int32Array;
}

const DEFAULTS: Required<NormalizeOptions> = Object.freeze({
  nfkc: true,
  lowercase: true,
  whitespace: 'remove',
  punctuation: 'fold',
  maskNumbers: false,
});

// Punctuation families, folded to one ASCII representative (after NFKC, so full-width forms are gone).
const PUNCT_FOLD: Record<string, string> = {};
function family(chars: string, to: string): void {
  for (const ch of chars) PUNCT_FOLD[ch] = to;
}
family(',、，､', ',');
family('.。．｡', '.');
family(';；', ';');
family(':：', ':');
family('!！', '!');
family('?？', '?');
family('"\'“”‘’「」『』„‟‚‛〝〞〟＂＇', '"');
family('(（[［【〔〖{｛', '(');
family(')）]］】〕〗}｝', ')');
family('<〈《«‹', '<');
family('>〉》»›', '>');
family('-‐‑‒–—―─━~～〜', '-');
family('…⋯', '.');
family('·・•‧∙', '·');
family('/／', '/');

const CN_NUMERALS = '〇零一二三四五六七八九十百千万亿两';

function isPunct(ch: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(ch);
}

// Memo of the normalized form of every non-trivial code point seen: NFKC and the punctuation test are
// the slow parts and text repeats a small alphabet.
const memo = new Map<string, string>();
function slowForm(ch: string, o: Required<NormalizeOptions>): string {
  const key = `${o.nfkc ? 1 : 0}${o.lowercase ? 1 : 0}${o.punctuation}${ch}`;
  const out = memo.get(key);
  if (out !== undefined) return out;
  let s = o.nfkc ? ch.normalize('NFKC') : ch;
  if (o.lowercase) s = s.toLowerCase();
  if (o.punctuation !== 'keep') {
    let folded = '';
    for (const part of s) {
      const f = PUNCT_FOLD[part];
      if (f !== undefined) folded += o.punctuation === 'fold' ? f : '';
      else if (isPunct(part) && !/^[\p{S}]$/u.test(part)) folded += o.punctuation === 'fold' ? part : '';
      else folded += part;
    }
    s = folded;
  }
  if (memo.size < 65536) memo.set(key, s);
  return s;
}

function isNumeral(c: number, ch: string): boolean {
  return (c >= 0x30 && c <= 0x39) || CN_NUMERALS.includes(ch);
}

/**
 * Normalize `text.slice(start, end)` and keep a map back to original offsets.
 * Linear; CJK ideographs and ASCII letters take a fast path without NFKC.
 */
export function normalizeWithMap(
  text: string,
  start = 0,
  end: number = text.length,
  options: NormalizeOptions = {},
): Normalized {
  const o = options === DEFAULTS ? DEFAULTS : { ...DEFAULTS, ...options };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  let inNumber = false;
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
  while (i < stop) {
    const c = text.charCodeAt(i);
    const len =
      c >= 0xd800 && c <= 0xdbff && i + 1 < stop && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const from = i;
    i += len;
    if (isSpace(c)) {
      inNumber = false;
      if (o.whitespace === 'keep') {
        out.push(text[from] as string);
        starts.push(from);
        ends.push(i);
      } else if (o.whitespace === 'collapse' && pendingSpace < 0) pendingSpace = from;
      continue;
    }
    let form: string;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      form = text[from] as string;
    } else if (c >= 0x41 && c <= 0x5a) {
      form = o.lowercase ? String.fromCharCode(c + 32) : (text[from] as string);
    } else {
      form = slowForm(text.slice(from, i), o);
      if (form === '') continue;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) {
        out.push(' ');
        starts.push(pendingSpace);
        ends.push(pendingSpace + 1);
      }
      pendingSpace = -1;
    }
    if (o.maskNumbers) {
      const first = form.charCodeAt(0);
      const numeral = form.length === 1 && isNumeral(first, form);
      // Inner separators of a number (5.5, 1,000) stay inside the mask.
      const innerSep =
        inNumber &&
        (form === '.' || form === ',') &&
        i < stop &&
        isNumeral(text.charCodeAt(i), text[i] as string);
      if (numeral || innerSep) {
        if (inNumber) {
          ends[ends.length - 1] = i;
        } else {
          out.push('#');
          starts.push(from);
          ends.push(i);
          inNumber = true;
        }
        continue;
      }
      inNumber = false;
    }
    for (let k = 0; k < form.length; k++) {
      out.push(form[k] as string);
      starts.push(from);
      ends.push(i);
    }
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Normalized form of a string, for matching only. */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  return normalizeWithMap(text, 0, text.length, options).text;
}

/** Normalized key of a block with numerals masked: what loop and repeat detection compare. */
export function maskedKey(text: string, start = 0, end = text.length): string {
  return normalizeWithMap(text, start, end, { maskNumbers: true }).text;
}
