// mojibake: text garbled by a wrong character decoding (or none: HTML character references left in the
// text, entities.ts). Fixed signatures (锟斤拷, 烫烫烫, 屯屯屯, runs of
// U+FFFD, stray C0/C1 controls, lone surrogates) are found in one pass over the code units. Three
// families are repaired by trial: UTF-8 read as GBK (浣犲ソ涓栫晫), UTF-8 read as Latin-1/cp1252
// (cafÃ©), GBK read as Latin-1 (¹úÎñÔº, gbk-as-latin1.ts) and Big5 and GBK read as each other (瓣叭皘,
// 弊昢埏; cjk-codepages.ts); the suspicious span is re-encoded to the bytes the wrong decoder saw and decoded as UTF-8,
// and the result is offered as `expected`/`fix` only when it is clean (no replacement characters, far
// fewer suspects).
//
// The GBK table comes from the platform's WHATWG TextDecoder('gbk') (every browser, and Node with its
// default full ICU), decoded once on first use: iconv-lite needs Node's buffer and string_decoder and
// does not bundle for browsers without polyfills. Without a GBK decoder the trial repair is skipped
// and such spans are only flagged.

import { type Codepage, codepage, codepageSlips, commonCharacters, decodePairs } from './cjk-codepages.js';
import { quote, type ScanContext } from './context.js';
import { htmlEntities } from './entities.js';
import { gbkAsLatin1, latin1Byte } from './gbk-as-latin1.js';
import { htmlTags } from './html-tags.js';
import { lossyRuns } from './lossy-runs.js';
import { lostMark } from './lost-marks.js';
import { type ProseLookup, proseLookup } from './prose-stats.js';
import { singleBytePageSlips } from './single-byte-pages.js';
import type { Finding } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: false });

interface GbkTable {
  /** the platform's GBK decoder, and its encoding table built on the first trial repair (cjk-codepages.ts) */
  codepage: Codepage;
  decoder: InstanceType<typeof TextDecoder>;
  /** characters that UTF-8 lead bytes E1–EF produce when decoded as GBK (rows E1–EF, trails 40–BF): rare in
   * real Chinese, dense in UTF-8-read-as-GBK text */
  suspects: Uint8Array;
  /** suspects whose trail byte is a UTF-8 continuation (80–BF): only these can open a 3-byte sequence */
  leads: Uint8Array;
}
let gbk: GbkTable | null | undefined;
/** The GBK table, built once from TextDecoder('gbk'); null when the platform has no GBK decoder. */
function gbkTable(): GbkTable | null {
  if (gbk !== undefined) return gbk;
  const cp = codepage('gbk');
  if (!cp) {
    gbk = null;
    return gbk;
  }
  const decoder = cp.decoder;
  // Only rows E1–EF (what UTF-8 lead bytes become) are needed to spot suspects; the full encoding
  // table is built on the first trial repair.
  const suspects = new Uint8Array(65536);
  const leads = new Uint8Array(65536);
  for (const [c, lead, trail] of decodePairs(decoder, 0xe1, 0xef, 0xbf)) {
    if (lead >= 0xe1 && trail <= 0xbf && c >= 0x2e80) {
      suspects[c] = 1;
      if (trail >= 0x80) leads[c] = 1;
    }
  }
  gbk = { codepage: cp, decoder, suspects, leads };
  return gbk;
}

function encodeTable(table: GbkTable): Map<number, number> {
  return table.codepage.encode();
}

/**
 * GBK bytes of `span`; undefined if unencodable. A U+FFFD is a byte the first decoder lost: it gives
 * no byte, and its offset goes to `lost` (without `lost`, a U+FFFD makes the span unencodable).
 */
function encodeGbk(span: string, table: GbkTable, lost?: number[]): Uint8Array | undefined {
  const encode = encodeTable(table);
  const out: number[] = [];
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c === 0x20ac)
      out.push(0x80); // cp936's single-byte euro sign: the 0x80 continuation of 。 and “
    else if (c === 0xfffd) {
      if (!lost) return undefined;
      lost.push(out.length);
    } else {
      const b = encode.get(c);
      if (b === undefined) return undefined;
      out.push(b >> 8, b & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/**
 * UTF-8 text of bytes with gaps where bytes were lost: each piece is decoded on its own, so the
 * sequence a lost byte belonged to becomes one U+FFFD and the bytes after the gap start afresh (a
 * stand-in byte would add a character of its own, or let the next character's bytes complete the
 * broken sequence: 稳定。会 gave 稳定〻� and lost 会).
 */
function decodeWithGaps(bytes: Uint8Array, lost: readonly number[]): string {
  if (lost.length === 0) return utf8.decode(bytes);
  let out = '';
  let from = 0;
  for (const at of lost) {
    out += utf8.decode(bytes.subarray(from, at));
    from = at;
  }
  return out + utf8.decode(bytes.subarray(from));
}

/** cp1252's mapping of 0x80–0x9F, as code points: what a UTF-8 continuation byte becomes in Latin-1 mojibake. */
const CP1252_HIGH = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.charCodeAt(0)));
/** `lost`: a U+FFFD counts too (a continuation byte cp1252 has no character for: 坚 E5 9D 9A → å�š). */
function isLatinContinuation(c: number, lost = false): boolean {
  return (c >= 0x80 && c <= 0xbf) || CP1252_HIGH.has(c) || (lost && c === 0xfffd);
}
function isLatinRunChar(c: number): boolean {
  return (c >= 0x80 && c <= 0xff) || CP1252_HIGH.has(c) || c === 0xfffd;
}

/** A–Z and the Latin-1 capitals À–Þ (not ×). */
function isUpperLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
/** a–z and the Latin-1 small letters ß–ÿ (not ÷). */
function isLowerLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Latin-1 mojibake whose second byte, the no-break space A0, later became a plain space (a scraper's
 * whitespace clean-up): "Â " is a no-break space (C2 A0) — isÂ 100 — and "Ã " after a small letter is
 * à (C3 A0) — voilÃ  tout. Â and Ã never end a word after a small letter in sound text, nor does Â
 * stand alone; after a capital they can (ROMÂ NĂ is no word, but all-caps text is left alone).
 */
function spacedLead(
  text: string,
  i: number,
): { end: number; confidence: number; message: string; expected: string } | undefined {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const twoSpaces =
    i + 2 < text.length && (text.charCodeAt(i + 2) === 0x20 || text.charCodeAt(i + 2) === 0xa0);
  if (text.charCodeAt(i) === 0xc2) {
    if (isUpperLatin(prev) || prev === 0xc2 || prev === 0xc3) return undefined;
    return {
      end: i + 1,
      confidence: 0.85,
      message: 'Mojibake: “Â” before a space is a no-break space (UTF-8 C2 A0) read as Latin-1',
      expected: '',
    };
  }
  if (!isLowerLatin(prev)) return undefined;
  // Ã + the space that was A0 is à; a second space is the word break that followed it.
  return {
    end: twoSpaces ? i + 2 : i + 1,
    confidence: twoSpaces ? 0.9 : 0.8,
    message: `Mojibake: ${quote(text.slice(i, twoSpaces ? i + 2 : i + 1), 4)} is “à” (UTF-8 C3 A0) read as Latin-1, its no-break byte now a space`,
    expected: 'à',
  };
}

function countSuspects(s: string, map: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += map[s.charCodeAt(i)] as number;
  return n;
}

function countChar(s: string, c: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === c) n++;
  return n;
}

/** Trial repair of UTF-8 read as GBK; undefined when the result is not clearly better. */
function repairGbk(span: string, table: GbkTable): string | undefined {
  const map = table.suspects;
  const lost: number[] = [];
  const bytes = encodeGbk(span, table, lost);
  if (!bytes) return undefined;
  const repaired = decodeWithGaps(bytes, lost);
  const bad = countChar(repaired, 0xfffd);
  // An odd byte at either end of the span is the usual loss, and a byte the first decoder lost (a U+FFFD
  // inside the span) breaks one character; more than that means it was not mojibake.
  if (bad > 2 + lost.length || bad * 6 > repaired.length) return undefined;
  if (countSuspects(repaired, map) * 4 > countSuspects(span, map)) return undefined;
  return repaired;
}

/**
 * A character a garbled GBK stretch can end or start on: an ideograph or kana (a split byte pair), the
 * euro sign cp936 gives byte 0x80 (the middle byte of 。 and “), or a U+FFFD for a byte the first
 * decoder lost (…活动。 → 鍔ㄣ€�).
 */
function gbkEdge(c: number): boolean {
  return c >= 0x2e80 || c === 0x20ac || c === 0xfffd;
}

/**
 * Letters of Latin-1 and the alphabets up to U+1FFF (Ȼ, ˮ, Ҫ) in a GBK repair: what a sound ideograph
 * beside the stretch becomes when a span takes it in (然 is GBK C8 BB, which is UTF-8 for Ȼ). A repair
 * of Chinese has none, so each counts as a broken character; · × ° and other signs do not count.
 */
function countStray(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) n++;
  }
  return n;
}

/** How many characters a garbled stretch may be narrowed by at either end (see gbkRun). */
const NARROW = 3;

/** How many characters a short garbled stretch may run past its last suspect (its last bytes). */
const SHORT_REACH = 3;

/** A common character: GB2312 level 1 (GBK lead B0–D7, trail A1–FE). */
function isCommonHan(c: number): boolean {
  return commonCharacters()?.[c] === 1;
}

/** Trial repair of a short span that must be exact: only common characters, no lost byte. */
function exactGbkRepair(span: string, table: GbkTable): string | undefined {
  const bytes = encodeGbk(span, table);
  if (!bytes || bytes.length < 6 || bytes.length % 3 !== 0) return undefined;
  const repaired = utf8.decode(bytes);
  if (repaired.length * 3 !== bytes.length) return undefined;
  for (let i = 0; i < repaired.length; i++) if (!isCommonHan(repaired.charCodeAt(i))) return undefined;
  return repaired;
}

/**
 * Whether text[e] and a U+FFFD after it are the first two bytes of one more three-byte UTF-8 character
 * whose last byte the GBK decoder lost, pairing it with what followed (下一段 → 涓嬩竴娈�: 段 is E6 AE B5,
 * and E6 AE read as 娈). An exact repair that ends at `e` takes the pair in as one lost character, so
 * the garbled 娈 does not stay beside it.
 */
function lostTail(text: string, e: number, end: number, table: GbkTable): boolean {
  if (e + 2 > end || text.charCodeAt(e + 1) !== 0xfffd) return false;
  const bytes = encodeGbk(text.charAt(e), table);
  return (
    bytes?.length === 2 && bytes[0]! >= 0xe0 && bytes[0]! <= 0xef && bytes[1]! >= 0x80 && bytes[1]! <= 0xbf
  );
}

/**
 * The repair of two characters that are one UTF-8 punctuation mark (’ “ ” — – … ™, E2 80–84 xx) and
 * the ASCII character after it, read as GBK — English text through a Chinese decoder: That鈥檚 is
 * That’s, forward鈥攏ot is forward—not (the mark's last byte and the letter after it make one GBK
 * character). Exact or nothing: the bytes must decode to that mark and one printable ASCII character.
 */
function punctuationGbkRepair(span: string, table: GbkTable): string | undefined {
  const bytes = encodeGbk(span, table);
  if (bytes?.length !== 4 || bytes[0] !== 0xe2 || (bytes[3] as number) >= 0x80) return undefined;
  const repaired = utf8.decode(bytes);
  if (repaired.length !== 2 || (bytes[3] as number) < 0x20) return undefined;
  const mark = repaired.charCodeAt(0);
  return mark >= 0x2010 && mark <= 0x2122 ? repaired : undefined;
}

/** 鈥 (GBK E2 80: the first two bytes of ’ “ ” — …) and a U+FFFD where its last byte failed to pair. */
function punctuationLead(span: string, table: GbkTable): boolean {
  if (span.charCodeAt(1) !== 0xfffd) return false;
  const bytes = encodeGbk(span.slice(0, 1), table);
  return (
    bytes !== undefined && bytes[0] === 0xe2 && (bytes[1] as number) >= 0x80 && (bytes[1] as number) <= 0x84
  );
}

/** The byte that opens the UTF-8 sequence holding byte i: at most three continuation bytes back. */
function leadOf(bytes: Uint8Array, i: number): number {
  let lead = i;
  while (lead > 0 && i - lead < 3 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  return lead;
}

/** The character whose UTF-8 sequence holds byte i, if that sequence is valid. */
function charAround(bytes: Uint8Array, i: number): string | undefined {
  const lead = leadOf(bytes, i);
  const s = charAt(bytes, lead);
  return s !== undefined && lead + utf8Length(bytes[lead] as number) > i ? s : undefined;
}

/** Bytes of the UTF-8 sequence a lead byte opens. */
function utf8Length(b: number): number {
  return b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

/** The character whose UTF-8 sequence starts at `at`, or undefined if it is not one whole character. */
function charAt(bytes: Uint8Array, at: number): string | undefined {
  if (at < 0 || at >= bytes.length) return undefined;
  const len = utf8Length(bytes[at] as number);
  if (at + len > bytes.length) return undefined;
  const s = utf8.decode(bytes.subarray(at, at + len));
  return s.includes('\ufffd') ? undefined : s;
}

/**
 * How well the character holding byte `i` sits between its neighbours: for each side, two points when
 * the two make a bigram the shipped prose table has as a word-like pair (seen twice and more often than
 * chance: 合理), one when it has only seen them (又理) — 坚 in 要坚定 scores 4, 做 from the same bytes
 * but one, in 要做定, scores less.
 */
function fits(bytes: Uint8Array, i: number, ch: string, prose: ProseLookup): number {
  const lead = leadOf(bytes, i);
  const prev = charAt(bytes, leadOf(bytes, lead - 1));
  const next = charAt(bytes, lead + utf8Length(bytes[lead] as number));
  const side = (g: string) => (prose.bigram(g) ? 2 : prose.seen(g) ? 1 : 0);
  return (prev !== undefined ? side(prev + ch) : 0) + (next !== undefined ? side(ch + next) : 0);
}

/**
 * How far a lost byte's best candidate must score above the next (fits() points; a commoner character
 * is 4) to count as known rather than guessed. bench/mojibake-lost-bytes.mjs, chosen on the gov reports
 * of even years and the news items: at 3, every repair taken as known is right (141/141, 416/416; held
 * out, odd years and congress reports: 140/140, 43/43); at 2, 317/323 and 588/593 — wrong repairs clean()
 * would apply. Guessed repairs are still offered, right 350/478 and 695/1168 times (held out 434/604,
 * 433/499), against 45/514 and 310/1217 by character rank alone.
 */
const SURE_MARGIN = 3;

/** The five bytes cp1252 leaves undefined: a decoder that maps them to U+FFFD loses which one it was. */
const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * The undefined byte at `i` (with `pair`, the two at i and i + 1, as first << 8 | second) that makes the
 * best character there, and its lead over the runner-up (Infinity when no other candidate is valid).
 */
function chooseLost(
  bytes: Uint8Array,
  i: number,
  pair: boolean,
  common: boolean,
  prose: ProseLookup | undefined,
): { best: number; margin: number } {
  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (const b of CP1252_UNDEFINED) {
    for (const b2 of pair ? CP1252_UNDEFINED : [-1]) {
      bytes[i] = b;
      if (pair) bytes[i + 1] = b2;
      const ch = charAround(bytes, i);
      const kind = ch === undefined ? 0 : common && ch.length === 1 && isCommonHan(ch.charCodeAt(0)) ? 2 : 1;
      const score = kind === 0 ? 0 : kind * 4 + (prose ? fits(bytes, i, ch as string, prose) : 0);
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = pair ? (b << 8) | b2 : b;
      } else if (score > second) second = score;
    }
  }
  return { best, margin: second > 0 ? bestScore - second : Number.POSITIVE_INFINITY };
}

/**
 * Re-encode a Latin-1/cp1252 misreading to its bytes and decode them as UTF-8. A U+FFFD stands for a
 * byte the first decoder could not map. Right after â€ it is 0x9D, the last byte of ” (E2 80 9D), by far
 * the commonest character there. Elsewhere (ç»� is 经 E7 BB 8F, or 绝 E7 BB 9D) any of the five undefined
 * bytes may have been lost: `guessed` counts the U+FFFD for which more than one byte gives valid text.
 */
function repairLatin(
  span: string,
  prose: ProseLookup | undefined,
): { text: string; guessed: number } | undefined {
  const bytes = new Uint8Array(span.length);
  const lost: number[] = [];
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c === 0xfffd) {
      bytes[i] = 0x9d;
      if (!span.startsWith('â€', i - 2)) lost.push(i);
      continue;
    }
    const b = latin1Byte(c);
    if (b < 0) return undefined;
    bytes[i] = b;
  }
  let repaired = utf8.decode(bytes);
  // A cp1252 decoder that drops the undefined 0x9D leaves a bare â€ where ” was (E2 80 9D): the span
  // ends on the first two bytes of a three-byte sequence.
  if (repaired.endsWith('\ufffd') && span.endsWith('â€')) {
    const whole = new Uint8Array(bytes.length + 1);
    whole.set(bytes);
    whole[bytes.length] = 0x9d;
    repaired = utf8.decode(whole);
  }
  let guessed = 0;
  const table = lost.length > 0 ? gbkTable() : null;
  const common = table !== null;
  // Each undefined byte in turn, left to right: a byte that completes a common character (GB2312
  // level 1) beats one that completes a rare one, which beats one that breaks the sequence; among
  // those, the character that makes known bigrams with its neighbours (prose statistics) wins. A tie
  // is a guess. Two lost bytes of one character (提 is E6 8F 90) are chosen together. Neighbours with
  // lost bytes of their own (合理: å�ˆç�†) are judged as first chosen, so the walk runs twice: the
  // second pass sees every neighbour as the first one chose it.
  const passes = lost.length > 1 ? 2 : 1;
  for (let pass = 1; pass <= passes; pass++) {
    for (let k = 0; k < lost.length; k++) {
      const i = lost[k] as number;
      const pair = lost[k + 1] === i + 1 && leadOf(bytes, i) === leadOf(bytes, i + 1);
      const { best, margin } = chooseLost(bytes, i, pair, common, prose);
      if (pair) {
        bytes[i] = best < 0 ? 0x9d : best >> 8;
        bytes[i + 1] = best < 0 ? 0x9d : best & 0xff;
        k++;
      } else bytes[i] = best < 0 ? 0x9d : best;
      if (pass === passes && margin < SURE_MARGIN) guessed += pair ? 2 : 1;
    }
  }
  if (lost.length > 0) repaired = utf8.decode(bytes);
  if (repaired.includes('\ufffd') || repaired.length >= span.length) return undefined;
  return { text: repaired, guessed };
}

/** Opening quote → its closer, for signatures written as a mention (“锟斤拷”, 「烫烫烫」, "锟斤拷"). */
const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’', '《': '》' };

/** Whether text[start, end) stands alone between a pair of quotes. */
function mentioned(text: string, start: number, end: number): boolean {
  const close = QUOTES[text.charAt(start - 1)];
  return close !== undefined && text.charAt(end) === close;
}

export function mojibake(ctx: ScanContext): Finding[] {
  const { text } = ctx;
  const out: Finding[] = [];
  const n = text.length;
  const push = (start: number, end: number, confidence: number, message: string, expected?: string) => {
    const f = ctx.finding({
      rule: 'mojibake',
      confidence,
      start,
      end,
      message,
      ...(expected !== undefined ? { expected, fix: [{ start, end, text: expected }] } : {}),
    });
    out.push(f);
    ctx.garbled.push(start, end);
  };
  /** A run of U+FFFD from `i`; returns its end. */
  const replacements = (i: number): number => {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === 0xfffd) j++;
    push(
      i,
      j,
      0.95,
      `Mojibake: ${j - i} replacement character${j - i > 1 ? 's' : ''} (U+FFFD), the original is lost`,
    );
    return j;
  };
  /** A signature named in prose about encodings (乱码“锟斤拷”): a note, never an error. */
  const note = (start: number, end: number, message: string) => {
    out.push(ctx.finding({ rule: 'mojibake', info: true, confidence: 0.4, start, end, message }));
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: everything that cannot start a signature.
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) {
      i++;
      continue;
    }
    if (
      (c >= 0x100 && c < 0xd800 && c !== 0x951f && c !== 0x70eb && c !== 0x5c6f) ||
      (c >= 0xe000 && c !== 0xfffd)
    ) {
      i++;
      continue;
    }
    // Controls: C0 (except whitespace), DEL, C1.
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (
          (d < 0x20 && d !== 0x09 && d !== 0x0a && d !== 0x0d && d !== 0x0b && d !== 0x0c) ||
          (d >= 0x7f && d <= 0x9f)
        )
          j++;
        else break;
      }
      push(
        i,
        j,
        0.9,
        `Mojibake: ${j - i} stray control character${j - i > 1 ? 's' : ''} (U+${c.toString(16).toUpperCase().padStart(4, '0')})`,
        '',
      );
      i = j;
      continue;
    }
    if (c === 0xfffd) {
      i = replacements(i);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (pair) {
        i += 2;
        continue;
      }
      push(i, i + 1, 0.9, `Mojibake: lone surrogate U+${c.toString(16).toUpperCase()}`);
      i++;
      continue;
    }
    if (c === 0x951f /* 锟 */ && text.startsWith('锟斤拷', i)) {
      let j = i;
      while (j < n && '锟斤拷'.includes(text[j] as string)) j++;
      if (mentioned(text, i, j))
        note(
          i,
          j,
          `Mojibake quoted: ${quote(text.slice(i, j), 12)} is named between quotes (likely a mention)`,
        );
      else push(i, j, 0.99, `Mojibake: ${quote(text.slice(i, j), 12)} (UTF-8 replacement bytes read as GBK)`);
      i = j;
      continue;
    }
    if (c === 0x70eb /* 烫 */ || c === 0x5c6f /* 屯 */) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === c) j++;
      if (j - i >= 3 && mentioned(text, i, j))
        note(
          i,
          j,
          `Mojibake quoted: ${quote(text.slice(i, j), 12)} is named between quotes (likely a mention)`,
        );
      else if (j - i >= 3) {
        push(i, j, 0.9, `Mojibake: ${quote(text.slice(i, j), 12)} (uninitialized memory read as GBK)`);
      }
      i = j;
      continue;
    }
    if ((c === 0xc2 || c === 0xc3) && i + 1 < n && text.charCodeAt(i + 1) === 0x20) {
      const found = spacedLead(text, i);
      if (found) {
        push(i, found.end, found.confidence, found.message, found.expected);
        i = found.end;
        continue;
      }
    }
    if (c >= 0xc2 && c <= 0xef && i + 1 < n && isLatinContinuation(text.charCodeAt(i + 1), true)) {
      // Latin-1 mojibake: take the whole run of Latin-1/cp1252 characters around it.
      let s = i;
      while (s > 0 && isLatinRunChar(text.charCodeAt(s - 1))) s--;
      let j = i + 2;
      while (j < n && isLatinRunChar(text.charCodeAt(j))) j++;
      const span = text.slice(s, j);
      const stats = ctx.options.proseStats;
      const repaired = repairLatin(span, stats ? proseLookup(stats) : undefined);
      if (repaired !== undefined) {
        // A repair that had to guess a lost byte is offered, never applied by default: 经 or 绝.
        const guess = repaired.guessed > 0;
        push(
          s,
          j,
          guess ? 0.5 : 0.9,
          guess
            ? `Mojibake: ${quote(span, 16)} is UTF-8 read as Latin-1; it probably reads ${quote(repaired.text, 16)} (${repaired.guessed} lost byte${repaired.guessed > 1 ? 's' : ''} guessed)`
            : `Mojibake: ${quote(span, 16)} is UTF-8 read as Latin-1; it reads ${quote(repaired.text, 16)}`,
          repaired.text,
        );
      } else {
        // no repair: the run's U+FFFD are still reported (the run may have started on one)
        for (let k = Math.max(s, i); k < j; k++) if (text.charCodeAt(k) === 0xfffd) k = replacements(k) - 1;
      }
      i = j;
      continue;
    }
    i++;
  }

  for (const h of htmlEntities(text)) {
    const span = text.slice(h.start, h.end);
    push(
      h.start,
      h.end,
      0.85,
      `Mojibake: HTML character reference ${quote(span, 16)} was never decoded; it reads ${quote(h.decoded, 8)}`,
      h.decoded,
    );
  }

  htmlTagFindings(ctx, push, out);

  const table = gbkTable();
  // GBK read as Latin-1 (¹úÎñÔº): stretches no other signature above has taken.
  const taken = ctx.garbled;
  for (const g of gbkAsLatin1(text, table?.decoder)) {
    let overlaps = false;
    for (let k = 0; k < taken.length && !overlaps; k += 2)
      overlaps = g.start < taken[k + 1]! && taken[k]! < g.end;
    if (overlaps) continue;
    push(
      g.start,
      g.end,
      0.9,
      `Mojibake: ${quote(text.slice(g.start, g.end), 12)} is GBK read as Latin-1; it reads ${quote(g.expected, 16)}`,
      g.expected,
    );
  }

  // Big5 read as GBK, GBK read as Big5 (cjk-codepages.ts): stretches nothing above has taken. Their
  // characters are no UTF-8-read-as-GBK suspects below (睿俇 in a GBK page read as Big5 "repairs" to U).
  // A U+FFFD inside such a stretch is a pair the wrong decoder dropped: part of it (its finding goes,
  // as for UTF-8 read as GBK below).
  const slips: number[] = [];
  for (const g of codepageSlips(text)) {
    const overlaps = out.some((f) => f.start < g.end && g.start < f.end && !f.message.includes('U+FFFD'));
    if (overlaps) continue;
    slips.push(g.start, g.end);
    push(
      g.start,
      g.end,
      0.85,
      `Mojibake: ${quote(text.slice(g.start, g.end), 12)} is ${g.was} read as ${g.readAs}; it reads ${quote(g.expected, 16)}`,
      g.expected,
    );
  }

  // UTF-8 read as a Cyrillic, Central European, Greek or Mac page (single-byte-pages.ts): stretches
  // nothing above has taken.
  // What earlier passes found inside one (stray C1 controls, a piece read as Latin-1) are its bytes: the
  // repair of the whole replaces their findings (one pass over the findings: the slips are disjoint).
  const pageSlips = singleBytePageSlips(text, ctx.garbled);
  if (pageSlips.length > 0) {
    const spans = pageSlips.flatMap((g) => [g.start, g.end]);
    let w = 0;
    for (const f of out) if (holding(spans, f.start, f.end) < 0) out[w++] = f;
    out.length = w;
  }
  for (const g of pageSlips) {
    push(
      g.start,
      g.end,
      0.9,
      `Mojibake: ${quote(text.slice(g.start, g.end), 12)} is UTF-8 read as ${g.page}; it reads ${quote(g.expected, 16)}`,
      g.expected,
    );
  }

  // UTF-8 read as GBK: runs dense in characters that only such misreadings produce (a suspect at
  // least every third character). Each run is widened or narrowed by up to three characters on either side (the
  // split bytes at its edges) and the variant whose trial repair is cleanest wins.
  if (!table) return out;
  const map = table.suspects;
  const repairedSpans: Array<[number, number]> = [];
  for (const p of ctx.paragraphs) {
    let runStart = -1;
    let runEnd = -1;
    let count = 0;
    const flush = () => {
      if (count >= 3) gbkRun(runStart, runEnd, count);
      else if (count > 0) shortRun(runStart, runEnd);
      count = 0;
      runStart = -1;
    };
    // A garbled word or two (会议 → 浼氳…, 部署 → 閮ㄧ讲) has one or two suspects only, too few to call
    // the stretch garbled by density. It is accepted on the trial repair alone, and only when that is
    // exact: the bytes decode as UTF-8 without a single bad byte into two or more of the 3,755 most common
    // characters (GB2312 level 1, leads B0–D7). Sound text never re-encodes that way: a suspect's bytes
    // must be followed by UTF-8 continuation bytes, which common characters' GBK leads are not.
    const shortRun = (s0: number, e0: number) => {
      // A UTF-8 sequence must start on a suspect whose trail byte continues it, and two-byte GBK
      // characters make whole three-byte sequences only three, six or nine at a time: the windows tried
      // start on such a suspect inside the run and are 3, 6 or 9 characters long (longest first).
      let best: { s: number; e: number; repaired: string } | undefined;
      const limit = Math.min(p.end, e0 + SHORT_REACH);
      for (let s = s0; s < e0; s++) {
        if (table.leads[text.charCodeAt(s)] !== 1) continue;
        for (let k = 9; k >= 3; k -= 3) {
          const e = s + k;
          if (e > limit || (best && e - s <= best.e - best.s)) continue;
          let cjk = true;
          for (let q = s; q < e && cjk; q++) cjk = text.charCodeAt(q) >= 0x2e80;
          if (!cjk) continue;
          const repaired = exactGbkRepair(text.slice(s, e), table);
          if (repaired !== undefined) {
            best = { s, e, repaired };
            break;
          }
        }
      }
      // Not Chinese: a punctuation mark of English text and the letter after it (That鈥檚).
      if (!best)
        for (let s = s0; s < e0 && !best; s++) {
          if (s + 2 > p.end || table.leads[text.charCodeAt(s)] !== 1) continue;
          const repaired = punctuationGbkRepair(text.slice(s, s + 2), table);
          if (repaired !== undefined) best = { s, e: s + 2, repaired };
          else if (punctuationLead(text.slice(s, s + 2), table)) {
            // …its last byte lost (before a space, digit or comma, no GBK character): which mark it was
            // (’ ” … —) cannot be read back. One finding for the pair, not one for the U+FFFD alone.
            repairedSpans.push([s, s + 2]);
            push(
              s,
              s + 2,
              0.9,
              `Mojibake: ${quote(text.slice(s, s + 2), 4)} is a punctuation mark of UTF-8 read as GBK; its last byte is lost`,
            );
            return;
          }
        }
      if (!best) return;
      if (lostTail(text, best.e, p.end, table)) {
        best.e += 2;
        best.repaired += '\ufffd';
      }
      repairedSpans.push([best.s, best.e]);
      push(
        best.s,
        best.e,
        0.8,
        `Mojibake: ${quote(text.slice(best.s, best.e), 12)} is UTF-8 read as GBK; it reads ${quote(best.repaired, 16)}`,
        best.repaired,
      );
    };
    /** Whether a U+FFFD ends a line at `k`: where a GBK decoder drops a lead byte it found no trail for. */
    const lostAtLineEnd = (k: number): boolean => {
      const next = text.charCodeAt(k);
      return text.charCodeAt(k - 1) === 0xfffd && (k === text.length || next === 0x0a || next === 0x0d);
    };
    /**
     * A repair that ends on a U+FFFD at a line's end, where the decoder dropped a mark's last byte
     * (lost-marks.ts): the mark read from the paragraph in its place.
     */
    const withLostMark = (s: number, e: number, repaired: string, from: number): string => {
      if (repaired.charCodeAt(repaired.length - 1) !== 0xfffd || !lostAtLineEnd(e)) return repaired;
      const bytes = encodeGbk(text.slice(s, e - 1), table);
      if (!bytes || bytes.length < 2) return repaired;
      const before = text.slice(from, s) + repaired.slice(0, -1);
      const mark = lostMark(bytes[bytes.length - 2]!, bytes[bytes.length - 1]!, before);
      return mark === undefined ? repaired : repaired.slice(0, -1) + mark;
    };
    const gbkRun = (s0: number, e0: number, n: number) => {
      // Widened by up to three characters on either side (split bytes at the edges), or narrowed by up
      // to three: sound text right beside the stretch can hold suspects too (…損失慘重，必須: 須 is
      // GBK ED 9A), and a span that takes it in repairs to nothing. A narrowed character costs as much
      // as a broken one in the repair, so a stretch is never cut short to dodge its own odd last byte.
      let maxL = 0;
      while (maxL < 3 && s0 - maxL - 1 >= p.start && gbkEdge(text.charCodeAt(s0 - maxL - 1))) maxL++;
      let maxR = 0;
      while (maxR < 3 && e0 + maxR + 1 <= p.end && gbkEdge(text.charCodeAt(e0 + maxR))) maxR++;
      let best: { s: number; e: number; repaired: string; cost: number } | undefined;
      for (let dl = -NARROW; dl <= maxL; dl++) {
        const s = s0 - dl;
        for (let dr = -NARROW; dr <= maxR; dr++) {
          const e = e0 + dr;
          if (e - s < 2) continue;
          const cost = Math.max(0, -dl) + Math.max(0, -dr);
          if (best && cost > best.cost) continue;
          const repaired = repairGbk(text.slice(s, e), table);
          if (repaired === undefined) continue;
          const bad = countChar(repaired, 0xfffd) + countStray(repaired);
          if (!best || bad + cost < best.cost || (bad + cost === best.cost && e - s > best.e - best.s))
            best = { s, e, repaired, cost: bad + cost };
        }
      }
      // A stretch that ends a line on a lost byte (…需求…… → 姹傗€︹€�) can run further past its last
      // suspect than the widening reaches: taken to the line's end when that repairs no worse.
      if (best && best.e < p.end) {
        let end = best.e;
        while (end < p.end && end - best.e < 4 && gbkEdge(text.charCodeAt(end))) end++;
        if (lostAtLineEnd(end)) {
          const repaired = repairGbk(text.slice(best.s, end), table);
          const bad = repaired === undefined ? Infinity : countChar(repaired, 0xfffd) + countStray(repaired);
          if (repaired !== undefined && bad <= best.cost) best = { s: best.s, e: end, repaired, cost: bad };
        }
      }
      if (best) {
        repairedSpans.push([best.s, best.e]);
        const span = text.slice(best.s, best.e);
        // a mark read back from its paragraph is a guess: the confidence of a repair with a lost byte
        const sure = countChar(best.repaired, 0xfffd) === 0;
        best.repaired = withLostMark(best.s, best.e, best.repaired, p.start);
        push(
          best.s,
          best.e,
          sure ? 0.9 : 0.8,
          `Mojibake: ${quote(span, 12)} is UTF-8 read as GBK; it reads ${quote(best.repaired, 16)}`,
          best.repaired,
        );
      } else if (n >= 6 && n * 2 >= e0 - s0) {
        push(
          s0,
          e0,
          0.6,
          `Mojibake: ${quote(text.slice(s0, e0), 12)} looks like text decoded with the wrong encoding`,
        );
      }
    };
    /** ASCII characters since the last suspect: a misreading leaves them as they were (达到607万 → 杈惧埌607涓囦) */
    let ascii = 0;
    let slip = 0;
    for (let k = p.start; k < p.end; k++) {
      while (slip < slips.length && slips[slip + 1]! <= k) slip += 2;
      if (slip < slips.length && slips[slip]! <= k) {
        k = slips[slip + 1]! - 1;
        continue;
      }
      if (map[text.charCodeAt(k)] !== 1) {
        if (text.charCodeAt(k) < 0x80) ascii++;
        continue;
      }
      // Suspects come every second or third character in a garbled stretch; a short gap of sound-looking
      // characters (涓€ 鐨勫) does not end it, nor do the digits and letters in it.
      const gap = k - runEnd - ascii;
      ascii = 0;
      if (runStart >= 0 && gap <= 4) {
        runEnd = k + 1;
        count++;
      } else {
        flush();
        runStart = k;
        runEnd = k + 1;
        count = 1;
      }
    }
    flush();
  }
  // A replacement character at the edge of a repaired GBK stretch is part of that repair.
  for (let k = 0; k < slips.length; k += 2) repairedSpans.push([slips[k]!, slips[k + 1]!]);
  const kept =
    repairedSpans.length === 0
      ? out
      : out.filter(
          (f) =>
            f.fix !== undefined ||
            !f.message.includes('U+FFFD') ||
            !repairedSpans.some(([a, b]) => f.start >= a && f.end <= b),
        );
  return withLossyRuns(ctx, kept);
}

/** Index of the last span of `spans` (flat [start, end) pairs, sorted and disjoint) starting at or before x, or -1. */
function spanBefore(spans: readonly number[], x: number): number {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the span of `spans` (as spanBefore's) that holds [start, end), or -1. */
function holding(spans: readonly number[], start: number, end: number): number {
  const r = spanBefore(spans, start);
  return r >= 0 && end <= spans[2 * r + 1]! ? r : -1;
}

/**
 * Stretches garbled by a double-byte decoder that lost bytes (lossy-runs.ts) as one finding each, in
 * place of the U+FFFD and control findings inside; a stretch a repair above explains is that repair's.
 */
function withLossyRuns(ctx: ScanContext, out: Finding[]): Finding[] {
  const runs = lossyRuns(ctx.text, commonCharacters());
  if (runs.length === 0) return out;
  const m = runs.length / 2;
  const skip = new Uint8Array(m);
  for (const f of out) {
    if (f.fix === undefined || f.message.includes('control character')) continue;
    for (let r = Math.max(0, spanBefore(runs, f.start)); r < m && runs[2 * r]! < f.end; r++)
      if (f.start < runs[2 * r + 1]!) skip[r] = 1;
  }
  const kept = out.filter((f) => {
    const r = holding(runs, f.start, f.end);
    return r < 0 || skip[r] === 1;
  });
  for (let r = 0; r < m; r++) {
    if (skip[r] === 1) continue;
    const s = runs[2 * r]!;
    const e = runs[2 * r + 1]!;
    kept.push(
      ctx.finding({
        rule: 'mojibake',
        confidence: 0.9,
        start: s,
        end: e,
        message: `Mojibake: ${quote(ctx.text.slice(s, e), 12)} was decoded with the wrong encoding and lost bytes (U+FFFD or control characters inside); the original cannot be restored`,
      }),
    );
    ctx.garbled.push(s, e);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * HTML tags left in the text (html-tags.ts). A run of layout tags is deleted, or replaced by a line
 * break where it stands between text on one line and ends a line (段一</p><p>段二); formatting that
 * carries meaning (<sup>, <sub>, <s>) is a note: kept, with its flat reading (km², CO₂) as `expected`.
 */
function htmlTagFindings(
  ctx: ScanContext,
  push: (start: number, end: number, confidence: number, message: string, expected?: string) => void,
  out: Finding[],
): void {
  const { text } = ctx;
  for (const h of htmlTags(text)) {
    const span = text.slice(h.start, h.end);
    if (h.layout) {
      const before = h.start > 0 ? text.charCodeAt(h.start - 1) : 0x0a;
      const after = h.end < text.length ? text.charCodeAt(h.end) : 0x0a;
      const inLine = before !== 0x0a && before !== 0x0d && after !== 0x0a && after !== 0x0d;
      push(
        h.start,
        h.end,
        0.85,
        `Mojibake: HTML tag ${quote(span, 24)} was left in the text`,
        h.breaks && inLine ? '\n' : '',
      );
    } else {
      // Formatting that carries meaning is kept: a note with its flat reading (21<sup>st</sup> reads 21st,
      // CO<sub>2</sub> reads CO₂), never applied — the prepared US addresses write 21<sup>st</sup> Century
      // in their source, and struck text (<s>) has no plain-text form at all.
      out.push(
        ctx.finding({
          rule: 'mojibake',
          info: true,
          confidence: 0.5,
          start: h.start,
          end: h.end,
          message:
            h.flat !== undefined
              ? `Mojibake: HTML formatting ${quote(span, 24)} was left in the text; it reads ${quote(h.flat, 8)} (kept)`
              : `Mojibake: struck-out text ${quote(span, 24)} is HTML left in the text (kept: plain text cannot strike it out)`,
          ...(h.flat !== undefined ? { expected: h.flat } : {}),
        }),
      );
    }
  }
}
