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

// Per-options lookup table over UTF-16 code units, filled lazily: the form of a code unit is either one
// code unit (>= 0), nothing (DROP), or several code units (MULTI: look in `multi`). Text draws on a
// small alphabet, so after warm-up almost every character costs one typed-array read.
const SPACE = -4;
const UNKNOWN = -3;
const MULTI = -2;
const DROP = -1;
interface Table {
  forms: Int32Array;
  multi: Map<number, string>;
}
const tables = new Map<string, Table>();
function tableFor(o: Required<NormalizeOptions>): Table {
  const key = `${o.nfkc}|${o.lowercase}|${o.punctuation}`;
  let t = tables.get(key);
  if (!t) {
    t = { forms: new Int32Array(0x10000).fill(UNKNOWN), multi: new Map() };
    tables.set(key, t);
  }
  return t;
}

function fill(t: Table, c: number, o: Required<NormalizeOptions>): number {
  // Lone surrogate halves and pairs are never folded by the table (pairs go through slowForm).
  if (isSpace(c)) {
    t.forms[c] = SPACE;
    return SPACE;
  }
  const form = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : slowForm(String.fromCharCode(c), o);
  const v = form.length === 0 ? DROP : form.length === 1 ? form.charCodeAt(0) : MULTI;
  if (v === MULTI) t.multi.set(c, form);
  t.forms[c] = v;
  return v;
}

const NUMERAL = new Uint8Array(0x10000);
for (let d = 0x30; d <= 0x39; d++) NUMERAL[d] = 1;
for (const ch of CN_NUMERALS) NUMERAL[ch.charCodeAt(0)] = 1;

/** Growable output: normalized code units and, for each, the original span it came from. */
class Out {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.units = new Uint16Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    const i = this.length++;
    this.units[i] = unit;
    this.starts[i] = start;
    this.ends[i] = end;
  }
  private grow(): void {
    const n = this.units.length * 2;
    const u = new Uint16Array(n);
    u.set(this.units);
    const s = new Int32Array(n);
    s.set(this.starts);
    const e = new Int32Array(n);
    e.set(this.ends);
    this.units = u;
    this.starts = s;
    this.ends = e;
  }
  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(
        String.fromCharCode.apply(
          null,
          this.units.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[],
        ),
      );
    }
    return parts.join('');
  }
}

/**
 * Normalize `text.slice(start, end)` and keep a map back to original offsets.
 * Linear, one table read per character after warm-up.
 */
export function normalizeWithMap(
  text: string,
  start = 0,
  end: number = text.length,
  options: NormalizeOptions = {},
): Normalized {
  const o: Required<NormalizeOptions> = { ...DEFAULTS, ...options };
  const table = tableFor(o);
  const forms = table.forms;
  const from0 = Math.max(0, start);
  const stop = Math.min(text.length, end);
  const out = new Out(stop - from0);
  const keepSpace = o.whitespace === 'keep';
  const collapse = o.whitespace === 'collapse';
  const mask = o.maskNumbers;
  let pendingSpace = -1;
  let inNumber = false;
  let i = from0;
  while (i < stop) {
    const c = text.charCodeAt(i);
    const from = i;
    let unit: number;
    let multi: string | undefined;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < stop && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A supplementary-plane character: rare, so no table; NFKC may still map it (𝐀 → a).
      i += 2;
      const form = slowForm(text.slice(from, i), o);
      if (form === '') continue;
      unit = form.length === 1 ? form.charCodeAt(0) : MULTI;
      if (unit === MULTI) multi = form;
    } else {
      i++;
      unit = forms[c] as number;
      if (unit === UNKNOWN) unit = fill(table, c, o);
      if (unit === SPACE) {
        inNumber = false;
        if (keepSpace) out.push(c, from, i);
        else if (collapse && pendingSpace < 0) pendingSpace = from;
        continue;
      }
      if (unit === DROP) continue;
      if (unit === MULTI) multi = table.multi.get(c) as string;
    }
    if (pendingSpace >= 0) {
      if (out.length > 0) out.push(0x20, pendingSpace, pendingSpace + 1);
      pendingSpace = -1;
    }
    if (mask) {
      const numeral = unit >= 0 && NUMERAL[unit] === 1;
      // Inner separators of a number (5.5, 1,000) stay inside the mask.
      let innerSep = false;
      if (inNumber && (unit === 0x2e || unit === 0x2c) && i < stop) {
        const next = text.charCodeAt(i);
        const nf = forms[next] === UNKNOWN ? fill(table, next, o) : (forms[next] as number);
        innerSep = nf >= 0 && NUMERAL[nf] === 1;
      }
      if (numeral || innerSep) {
        if (inNumber) out.ends[out.length - 1] = i;
        else {
          out.push(0x23, from, i);
          inNumber = true;
        }
        continue;
      }
      inNumber = false;
    }
    if (multi !== undefined) for (let k = 0; k < multi.length; k++) out.push(multi.charCodeAt(k), from, i);
    else out.push(unit, from, i);
  }
  return {
    text: out.text(),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

/** Normalized code units of a text: `codes[0..length)` is valid (the buffer may be longer). */
export interface NormalizedCodes {
  codes: Uint16Array<ArrayBufferLike>;
  length: number;
}

/**
 * The code units of `normalize(text)` (default options) written into `out` (grown when short) with no
 * offset map and no string: what shingling and suffix arrays need, through the same table as above.
 */
export function normalizeCodes(text: string, out: Uint16Array<ArrayBufferLike>): NormalizedCodes {
  const table = tableFor(DEFAULTS);
  const forms = table.forms;
  let buf = out;
  let len = 0;
  const push = (unit: number) => {
    if (len === buf.length) {
      const next = new Uint16Array(buf.length * 2 + 16);
      next.set(buf);
      buf = next;
    }
    buf[len++] = unit;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const form = slowForm(text.slice(i, i + 2), DEFAULTS);
      for (let k = 0; k < form.length; k++) push(form.charCodeAt(k));
      i += 2;
      continue;
    }
    i++;
    let unit = forms[c] as number;
    if (unit === UNKNOWN) unit = fill(table, c, DEFAULTS);
    if (unit >= 0) push(unit);
    else if (unit === MULTI) {
      const form = table.multi.get(c) as string;
      for (let k = 0; k < form.length; k++) push(form.charCodeAt(k));
    }
  }
  return { codes: buf, length: len };
}

/** Normalized form of a string, for matching only. */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  return normalizeWithMap(text, 0, text.length, options).text;
}

/** Normalized key of a block with numerals masked: what loop and repeat detection compare. */
export function maskedKey(text: string, start = 0, end = text.length): string {
  return normalizeWithMap(text, start, end, { maskNumbers: true }).text;
}
