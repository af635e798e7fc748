// GBK read as Latin-1: a Chinese page in GBK served as ISO-8859-1 or Windows-1252 turns every ideograph
// into two accented letters or symbols (国务院 → ¹úÎñÔº, 政府工作报告 → Õþ¸®¹¤×÷±¨¸æ), while its ASCII
// (digits, %, Latin words) stays as it was. The trial repair takes each Latin-1/cp1252 code unit back to
// its byte and decodes the bytes as GBK. A stretch of European text (élève, Größe, façade) never survives
// that: its accented letters stand alone between ASCII letters, and a lone high byte before an ASCII
// letter or at the end of the stretch decodes to a replacement character.

/** cp1252 bytes 0x80–0x9F as decoded (the five undefined ones decode to themselves, as C1 controls). */
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a Latin-1/cp1252 decoder turned into code unit c, or -1 (mojibake.ts uses it too). */
export function latin1Byte(c: number): number {
  if (c <= 0xff) return c;
  const k = CP1252_80.indexOf(String.fromCharCode(c));
  return k >= 0 ? 0x80 + k : -1;
}

/** A code unit a GBK byte ≥ 0x80 becomes when read as Latin-1/cp1252. */
function isHighByteChar(c: number): boolean {
  return (c >= 0x80 && c <= 0xff) || (c > 0xff && latin1Byte(c) >= 0);
}

/**
 * The end of the stretch that starts at `i` (a character `inside` accepts): such characters with
 * printable ASCII between them, as a misread page keeps its digits and Latin words — up to the last one
 * `inside` accepts, before a line break or any other character. Shared with cjk-codepages.ts.
 */
export function stretchEnd(text: string, i: number, inside: (c: number) => boolean): number {
  let last = i;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (inside(c)) last = j;
    else if (c < 0x20 || c > 0x7e) break;
  }
  return last + 1;
}

/** Fewest ideographs a stretch must repair to: two accented letters are a word of some language. */
const MIN_HAN = 2;

export interface GbkAsLatin1 {
  start: number;
  end: number;
  /** the stretch decoded as GBK */
  expected: string;
}

/**
 * Stretches of `text` that are GBK read as Latin-1: runs of high Latin-1/cp1252 characters (ASCII may
 * stand between them, as it does in GBK text), paired as GBK two-byte characters, that decode without
 * a single bad byte into text whose characters beyond ASCII are nearly all ideographs or CJK
 * punctuation. `gbk`: the platform's GBK decoder (mojibake.ts's; none, nothing found).
 */
export function gbkAsLatin1(text: string, gbk: InstanceType<typeof TextDecoder> | undefined): GbkAsLatin1[] {
  if (!gbk) return [];
  const out: GbkAsLatin1[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isHighByteChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // The run: high characters, and printable ASCII between them (no line break).
    const end = stretchEnd(text, i, isHighByteChar);
    let high = 0;
    let gb2312 = 0;
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k);
      if (!isHighByteChar(c)) continue;
      high++;
      if (c >= 0xa1 && c <= 0xfe) gb2312++;
    }
    // Common Chinese (GB2312) has both bytes in A1–FE, Latin-1 ¡…þ; cp1252's curly quotes and dashes
    // come from rare characters only, and stand in sound Chinese text (”“5G+”“): most must be ¡…þ.
    if (high >= 2 * MIN_HAN && gb2312 * 10 >= high * 8 && !utf8Pairs(text, i, end, high)) {
      const expected = repair(text, i, end, gbk);
      if (expected !== undefined) out.push({ start: i, end, expected });
    }
    i = end;
  }
  return out;
}

/**
 * Whether the stretch reads as UTF-8 two-byte sequences (a lead C2–DF, then a continuation 80–BF) for
 * most of its high characters: Russian or Greek UTF-8 read as Latin-1 (Ð¾Ñ Ðº = оск), whose continuation
 * bytes a cp1252 decoder may have dropped (ÐÐ¾…), so that the trial as GBK succeeds and reads as Chinese
 * nonsense (行狙泻胁邪). GBK's pairs fall so about one time in nine.
 */
function utf8Pairs(text: string, start: number, end: number, high: number): boolean {
  let paired = 0;
  for (let k = start; k + 1 < end; k++) {
    const lead = latin1Byte(text.charCodeAt(k));
    const next = latin1Byte(text.charCodeAt(k + 1));
    if (lead >= 0xc2 && lead <= 0xdf && next >= 0x80 && next <= 0xbf) {
      paired += 2;
      k++;
    }
  }
  return paired * 10 >= high * 6;
}

/** The stretch [start, end) re-encoded to bytes and decoded as GBK, when that reads as Chinese. */
function repair(
  text: string,
  start: number,
  end: number,
  gbk: InstanceType<typeof TextDecoder>,
): string | undefined {
  const bytes = new Uint8Array(end - start);
  for (let k = start; k < end; k++) {
    const b = latin1Byte(text.charCodeAt(k));
    if (b < 0) return undefined;
    bytes[k - start] = b;
  }
  const s = gbk.decode(bytes);
  if (s.includes('\ufffd')) return undefined; // a bad byte: not GBK
  let han = 0;
  let other = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) continue;
    // ideographs, CJK and full-width punctuation, and the general punctuation Chinese writes too
    // (“ ” ‘ ’ — … ·: 深化“放管服”改革)
    const punct =
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x2014 && c <= 0x2026) ||
      c === 0xb7;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (!punct) other++;
  }
  // nearly every non-ASCII character an ideograph or CJK punctuation, and ideographs enough
  return han >= MIN_HAN && other * 10 <= han ? s : undefined;
}
