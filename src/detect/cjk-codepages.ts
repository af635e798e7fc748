// Chinese read in the other Chinese code page: a Big5 page (Taiwan, Hong Kong) decoded as GBK, or a GBK
// page decoded as Big5. Both are double-byte encodings over the same byte ranges, so the misreading is
// valid text of the wrong kind rather than replacement characters:
//   Big5 read as GBK: 國務院總理 → 瓣叭皘羆瞶 — Big5's most common characters (leads A4–A9) land in GBK's
//     rows of kana, Greek, Cyrillic and box drawing, the rest mostly on rare ideographs;
//   GBK read as Big5: 国务院总理 → 弊昢埏軞燴 — every pair is some traditional ideograph, nearly all rare.
// What gives both away is the vocabulary: a stretch of Chinese whose characters are mostly outside the
// 3,755 most common ones (GB2312 level 1, or their traditional forms) is not Chinese anyone wrote. The
// trial repair takes the stretch back to the bytes the wrong decoder saw and decodes them with the other
// code page; it is kept only when that is clean and reads as common Chinese. Tables come from the
// platform's WHATWG TextDecoder ('gbk', 'big5'), as in mojibake.ts.

import { isHan } from '../text/chars.js';
import { simplifiedOf } from '../text/traditional.js';
import { stretchEnd } from './gbk-as-latin1.js';

export interface CodepageSlip {
  start: number;
  end: number;
  /** the stretch decoded with the right code page */
  expected: string;
  /** what the page was, and what it was read as */
  was: 'Big5' | 'GBK';
  readAs: 'GBK' | 'Big5';
}

/** [code unit, lead, trail] of every valid pair of a double-byte decoder with a lead in lo..hi (trails 40–maxTrail, not 7F). */
export function decodePairs(
  decoder: InstanceType<typeof TextDecoder>,
  lo: number,
  hi: number,
  maxTrail: number,
): Array<[number, number, number]> {
  // Each pair followed by a newline, decoded in one call: an invalid pair cannot swallow the separator,
  // so the pieces stay aligned with the pairs.
  const bytes: number[] = [];
  for (let lead = lo; lead <= hi; lead++) {
    for (let trail = 0x40; trail <= maxTrail; trail++) if (trail !== 0x7f) bytes.push(lead, trail, 0x0a);
  }
  const pieces = decoder.decode(new Uint8Array(bytes)).split('\n');
  const out: Array<[number, number, number]> = [];
  let k = 0;
  for (let lead = lo; lead <= hi; lead++) {
    for (let trail = 0x40; trail <= maxTrail; trail++) {
      if (trail === 0x7f) continue;
      const piece = pieces[k++] ?? '';
      if (piece.length === 1 && piece !== '\ufffd') out.push([piece.charCodeAt(0), lead, trail]);
    }
  }
  return out;
}

/** A double-byte code page of the platform: its decoder, and its encoding table built on first use. */
export interface Codepage {
  decoder: InstanceType<typeof TextDecoder>;
  /** code unit → bytes (lead << 8 | trail) */
  encode(): Map<number, number>;
}

interface Tables {
  gbk: Codepage;
  big5: Codepage;
  /** 1 for the 3,755 most common characters (GB2312 level 1) and the traditional forms of them */
  common: Uint8Array;
}

let tables: Tables | null | undefined;

const codepages = new Map<string, Codepage | null>();

/** The code page `label` ('gbk', 'big5'), made once and shared (mojibake.ts too); null when the platform has no such decoder. */
export function codepage(label: string): Codepage | null {
  let cp = codepages.get(label);
  if (cp !== undefined) return cp;
  try {
    const decoder = new TextDecoder(label);
    let table: Map<number, number> | undefined;
    const encode = (): Map<number, number> => {
      if (!table) {
        table = new Map();
        for (const [c, lead, trail] of decodePairs(decoder, 0x81, 0xfe, 0xfe))
          if (!table.has(c)) table.set(c, (lead << 8) | trail);
      }
      return table;
    };
    cp = { decoder, encode };
  } catch {
    cp = null;
  }
  codepages.set(label, cp);
  return cp;
}

let level1: Uint8Array | null | undefined;
/**
 * 1 for the 3,755 most common characters (GB2312 level 1: GBK leads B0–D7, trails A1–FE), built once
 * from the platform's GBK decoder (mojibake.ts asks it too); null without one.
 */
export function commonCharacters(): Uint8Array | null {
  if (level1 !== undefined) return level1;
  const gbk = codepage('gbk');
  level1 = gbk ? new Uint8Array(65536) : null;
  if (gbk && level1)
    for (const [c, , trail] of decodePairs(gbk.decoder, 0xb0, 0xd7, 0xfe)) if (trail >= 0xa1) level1[c] = 1;
  return level1;
}

/** Built on the first stretch that needs a trial; null when the platform lacks either decoder. */
function tablesFor(): Tables | null {
  if (tables !== undefined) return tables;
  const gbk = codepage('gbk');
  const big5 = codepage('big5');
  if (!gbk || !big5) {
    tables = null;
    return tables;
  }
  const common = Uint8Array.from(commonCharacters() as Uint8Array);
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const s = simplifiedOf(c);
    if (s >= 0 && common[s] === 1) common[c] = 1;
  }
  tables = { gbk, big5, common };
  return tables;
}

/**
 * Characters GBK gives Big5's commonest bytes (kana, Greek, Cyrillic, box drawing) and private-use ones,
 * and bopomofo, which Big5 gives GBK's full-width comma (，→ ㄛ).
 */
function isForeign(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3100 && c <= 0x312f) ||
    (c >= 0x0370 && c <= 0x04ff) ||
    (c >= 0x2500 && c <= 0x257f) ||
    (c >= 0xe000 && c <= 0xf8ff)
  );
}

/**
 * What a stretch may hold: ideographs, kana, CJK punctuation, full-width forms, Greek, Cyrillic, box
 * drawing, private use, U+FFFD (a pair the wrong decoder failed on: see trial) and common signs.
 */
function inStretch(c: number): boolean {
  return (
    c >= 0x2e80 ||
    (c >= 0x0370 && c <= 0x04ff) ||
    // Big5's tone marks (ˇ ˊ ˋ ˙), which GBK's full-width ；： and others become
    (c >= 0x02c6 && c <= 0x02dd) ||
    // the punctuation, signs and shapes both code pages hold (— … “ ” ‰ ℃ № Ⅳ → ≤ ① ─ ■ ★ · × ° §): a
    // stretch goes on through them
    (c >= 0x2010 && c <= 0x27ff) ||
    c === 0xb7 ||
    c === 0xd7 ||
    c === 0xb0 ||
    c === 0xa7
  );
}

/** Fewest ideographs a repair must give: shorter stretches are words of any language. */
const MIN_HAN = 4;
/** Share of common characters a repair must reach, and how far above the stretch's own share. */
const COMMON_AFTER = 0.85;
const GAIN = 0.4;

/** Ideographs, and the share of them that are common (`common`: commonCharacters() or its traditional widening). */
export function commonShare(s: string, common: Uint8Array): { han: number; share: number } {
  let han = 0;
  let hits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!isHan(c)) continue;
    han++;
    hits += common[c] as number;
  }
  return { han, share: han === 0 ? 0 : hits / han };
}

/**
 * The stretch's bytes in `from`, decoded with `to`; undefined when a character has no bytes there or a
 * pair fails. A U+FFFD in the stretch is a pair the wrong decoder failed on and dropped (both bytes:
 * a failed trail ≥ 0x80 is never given back): that character is lost, and the bytes after it start a new
 * pair, so the pieces between U+FFFDs are decoded one by one and the U+FFFDs stay where they were.
 */
function trial(span: string, from: Codepage, to: Codepage): string | undefined {
  const pieces = span.split('\ufffd');
  let out = '';
  for (let k = 0; k < pieces.length; k++) {
    const s = pieceTrial(pieces[k] as string, from, to);
    if (s === undefined) return undefined;
    out += k === 0 ? s : `\ufffd${s}`;
  }
  return out;
}

function pieceTrial(span: string, from: Codepage, to: Codepage): string | undefined {
  const bytes: number[] = [];
  for (let k = 0; k < span.length; k++) {
    const c = span.charCodeAt(k);
    if (c < 0x80) bytes.push(c);
    else {
      const b = from.encode().get(c);
      if (b === undefined) return undefined;
      bytes.push(b >> 8, b & 0xff);
    }
  }
  const s = to.decoder.decode(Uint8Array.from(bytes));
  if (s.includes('\ufffd')) return undefined;
  for (let k = 0; k < s.length; k++) if (isForeign(s.charCodeAt(k))) return undefined;
  return s;
}

/**
 * A character only a stretch worth judging holds: a foreign one. Big5 read as GBK is full of them (Big5's
 * commonest characters, leads A4–A9, are GBK's kana, Greek, Cyrillic and box drawing), and GBK read as
 * Big5 has some (GBK C6–C7, common characters, are Big5's kana, and its full-width comma is Big5's ㄛ). One native scan finds them; sound
 * Chinese has none, and its paragraphs are never walked here. (A garbled line too short to hold one is
 * missed.)
 */
let signal: RegExp | undefined;

/**
 * Stretches of `text` that are Big5 read as GBK or GBK read as Big5. Sound Chinese (simplified or
 * traditional) is mostly common characters; a Japanese or other stretch that is not may get a trial,
 * which fails for it.
 */
export function codepageSlips(text: string): CodepageSlip[] {
  const out: CodepageSlip[] = [];
  signal ??= /[\u0370-\u04ff\u2500-\u257f\u3040-\u312f\ue000-\uf8ff]/g;
  const n = text.length;
  let from = 0;
  while (from < n) {
    signal.lastIndex = from;
    const m = signal.exec(text);
    if (!m) break;
    // back to the start of the stretch that holds the signal, then through it
    let i = m.index;
    while (i > from && (inStretch(text.charCodeAt(i - 1)) || isPrintableAscii(text.charCodeAt(i - 1)))) i--;
    while (!inStretch(text.charCodeAt(i))) i++;
    const end = stretchEnd(text, i, inStretch);
    let han = 0;
    let foreign = 0;
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isHan(c)) han++;
      else if (isForeign(c)) foreign++;
    }
    if (han + foreign >= MIN_HAN) {
      const slip = judge(text.slice(i, end), han, foreign);
      if (slip) out.push({ start: i, end, ...slip });
    }
    from = Math.max(end, m.index + 1);
  }
  return out;
}

const isPrintableAscii = (c: number): boolean => c >= 0x20 && c <= 0x7e;

function judge(span: string, han: number, foreign: number): Omit<CodepageSlip, 'start' | 'end'> | undefined {
  // a line of box drawing or symbols alone is a table's rule, not text
  if (han < 2) return undefined;
  const t = tablesFor();
  if (!t) return undefined;
  // A few foreign characters among mostly common ideographs are a Japanese word or a symbol in sound
  // Chinese, not a misreading.
  const before = commonShare(span, t.common);
  if (foreign * 8 < han + foreign && before.share >= 0.5) return undefined;
  // The gain is measured over the foreign characters too: they are no common Chinese either, and a Big5
  // line read as GBK can land half its pairs on common ideographs (報告指出 → 厨璶帝耎: 11 of 18) while the
  // rest become kana, box drawing and private use.
  const share = (before.share * before.han) / (before.han + foreign);
  let best: Omit<CodepageSlip, 'start' | 'end'> | undefined;
  let bestShare = 0;
  for (const [from, to, was, readAs] of [
    [t.gbk, t.big5, 'Big5', 'GBK'],
    [t.big5, t.gbk, 'GBK', 'Big5'],
  ] as const) {
    const s = trial(span, from, to);
    if (s === undefined) continue;
    const after = commonShare(s, t.common);
    if (after.han < MIN_HAN || after.share < COMMON_AFTER || after.share < share + GAIN) continue;
    if (after.share > bestShare) {
      bestShare = after.share;
      best = { expected: s, was, readAs };
    }
  }
  return best;
}
