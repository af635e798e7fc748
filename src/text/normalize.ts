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
  // CJK unified ideographs have no compatibility decomposition, no case and are no punctuation: they
  // are their own form under every option (checked by a test over the whole block), and a 0.5 MB text
  // meets thousands of them for the first time.
  if (c >= 0x4e00 && c <= 0x9fff) {
    t.forms[c] = c;
    return c;
  }
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

/**
 * Growable output: normalized code units and, when `mapped`, for each the original span it came from.
 * Without a map only the code units are written, into a buffer reused from call to call (normalizing
 * is synchronous and never re-entered): the aligner normalizes thousands of short blocks and reads
 * only the text.
 */
class Out {
  units: Uint16Array<ArrayBufferLike>;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(
    capacity: number,
    readonly mapped: boolean,
  ) {
    const n = Math.max(16, capacity);
    if (mapped) {
      this.units = new Uint16Array(n);
      this.starts = new Int32Array(n);
      this.ends = new Int32Array(n);
    } else {
      if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
      this.units = scratch;
      this.starts = NO_MAP;
      this.ends = NO_MAP;
    }
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    const i = this.length++;
    this.units[i] = unit;
    if (this.mapped) {
      this.starts[i] = start;
      this.ends[i] = end;
    }
  }
  /** The last unit now ends at `end` (a masked number grew). */
  extend(end: number): void {
    if (this.mapped) this.ends[this.length - 1] = end;
  }
  private grow(): void {
    const n = this.units.length * 2;
    const u = new Uint16Array(n);
    u.set(this.units);
    this.units = u;
    if (!this.mapped) {
      scratch = u;
      return;
    }
    const s = new Int32Array(n);
    s.set(this.starts);
    const e = new Int32Array(n);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
  text(): string {
    return codesToText(this.units, this.length);
  }
}

/** `codes[0..length)` as a string, in chunks (apply's argument count is limited). */
function codesToText(codes: Uint16Array<ArrayBufferLike>, length: number): string {
  if (length <= 8192)
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]),
    );
  }
  return parts.join('');
}

// Resolved options and their table for the last frozen options object seen: the aligner normalizes
// thousands of short blocks with one frozen options object (a mutable one is resolved every call).
let lastOptions: NormalizeOptions | undefined;
let lastResolved: Required<NormalizeOptions> = DEFAULTS;
function resolve(options: NormalizeOptions): Required<NormalizeOptions> {
  if (options === lastOptions) return lastResolved;
  const o: Required<NormalizeOptions> = { ...DEFAULTS, ...options };
  if (Object.isFrozen(options)) {
    lastOptions = options;
    lastResolved = o;
  }
  return o;
}
const NO_MAP = new Int32Array(0);
let scratch: Uint16Array<ArrayBufferLike> = new Uint16Array(1024);

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
  const out = run(text, start, end, options, true);
  return {
    text: out.text(),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

/**
 * Normalize `text.slice(start, end)` without the offset map: through the same table, for callers
 * that only compare the normalized text (the aligner's blocks, keys). Masked numerals and collapsed
 * whitespace take normalizeWithMap's loop; the rest writes code units straight into a reused buffer.
 */
export function normalizeRange(
  text: string,
  start = 0,
  end: number = text.length,
  options: NormalizeOptions = {},
): string {
  const o = resolve(options);
  if (o.maskNumbers || o.whitespace === 'collapse') return run(text, start, end, o, false).text();
  const from = Math.max(0, start);
  const stop = Math.min(text.length, end);
  const { codes, length } = codesOf(text, from, stop, o, scratch);
  scratch = codes;
  return codesToText(codes, length);
}

/** The normalization loop shared by normalizeWithMap and normalizeRange. */
function run(text: string, start: number, end: number, options: NormalizeOptions, mapped: boolean): Out {
  const o = resolve(options);
  const table = tableFor(o);
  const forms = table.forms;
  const from0 = Math.max(0, start);
  const stop = Math.min(text.length, end);
  const out = new Out(stop - from0, mapped);
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
        if (inNumber) out.extend(i);
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
  return out;
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
  return codesOf(text, 0, text.length, DEFAULTS, out);
}

/**
 * The loop behind normalizeCodes and normalizeRange: whitespace removed or kept, no numeral mask.
 * Writes inline (no push closure: the first call runs unoptimized, where a call per character costs).
 */
function codesOf(
  text: string,
  from: number,
  stop: number,
  o: Required<NormalizeOptions>,
  out: Uint16Array<ArrayBufferLike>,
): NormalizedCodes {
  const table = tableFor(o);
  const forms = table.forms;
  const keepSpace = o.whitespace === 'keep';
  let buf = out;
  let len = 0;
  let i = from;
  while (i < stop) {
    // room for the longest form of one character (NFKC expands a code point to at most 18 units)
    if (len + 18 > buf.length) {
      const next = new Uint16Array(buf.length * 2 + 32);
      next.set(buf.subarray(0, len));
      buf = next;
    }
    const c = text.charCodeAt(i);
    let unit = forms[c] as number;
    // A CJK ideograph met for the first time is entered here, not in fill: fill's branch for it sits
    // inside optimized code that may never have run it (the table warms up before the code is
    // optimized), and a 0.5 MB text meets hundreds of new ones: each was a deopt on a first call.
    if (unit === UNKNOWN && c >= 0x4e00 && c <= 0x9fff) {
      forms[c] = c;
      unit = c;
    }
    if (unit >= 0 && (c < 0xd800 || c > 0xdbff)) {
      buf[len++] = unit;
      i++;
      continue;
    }
    let form: string | undefined;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < stop && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A supplementary-plane character: rare, so no table; NFKC may still map it (𝐀 → a).
      form = slowForm(text.slice(i, i + 2), o);
      i += 2;
    } else {
      i++;
      if (unit === UNKNOWN) unit = fill(table, c, o);
      if (unit >= 0) buf[len++] = unit;
      else if (unit === SPACE) {
        if (keepSpace) buf[len++] = c;
      } else if (unit === MULTI) form = table.multi.get(c) as string;
    }
    if (form !== undefined) for (let k = 0; k < form.length; k++) buf[len++] = form.charCodeAt(k);
  }
  return { codes: buf, length: len };
}

/** Normalized form of a string, for matching only. */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  return normalizeRange(text, 0, text.length, options);
}

const MASK: NormalizeOptions = Object.freeze({ maskNumbers: true });

/** Normalized key of a block with numerals masked: what loop and repeat detection compare. */
export function maskedKey(text: string, start = 0, end = text.length): string {
  return normalizeRange(text, start, end, MASK);
}
