// The punctuation mark a GBK decoder dropped at the end of a line of UTF-8 text. UTF-8's CJK marks are
// three bytes, E3 80 xx (。 E3 80 82, 」 E3 80 8D, 》 E3 80 8B …), and so are ” ’ — … (E2 80 xx). Read as
// GBK, the last byte (0x80–0xBF) is a lead byte that finds no trail before the line break, so the
// decoder drops it: …增长。 becomes …闀裤€� and the repair of the stretch ends on E3 80 and a U+FFFD.
// Which mark it was is read from its paragraph: the closer of the last opener left open (a title in
// 《…, a quotation in 「… or “…), otherwise, for E3 80, the full stop that ends a paragraph of Chinese
// prose. A lost ” ’ — … is the twin of the mark before it (……, ——) or closes an open quotation;
// otherwise it stays lost: several marks are equally likely there.

/** Openers of E3 80 xx marks and their closers. */
const CJK_PAIRS: Record<string, string> = {
  '「': '」',
  '『': '』',
  '《': '》',
  '【': '】',
  '〔': '〕',
  '〈': '〉',
  '〖': '〗',
};
/** Openers of E2 80 xx marks and their closers. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’' };

/** The closer of the last opener in `before` that is still open, among `pairs`. */
function openCloser(before: string, pairs: Record<string, string>): string | undefined {
  const closers = new Set(Object.values(pairs));
  const open: string[] = [];
  for (const ch of before) {
    const closer = pairs[ch];
    if (closer !== undefined) open.push(closer);
    else if (closers.has(ch) && open[open.length - 1] === ch) open.pop();
  }
  return open[open.length - 1];
}

/**
 * The mark whose last byte was lost, given the first two bytes of its UTF-8 sequence (`b1`, `b2`, the
 * last bytes of the repaired stretch before the loss) and the paragraph's text up to it; undefined when
 * the bytes are no mark's or the mark cannot be told.
 */
export function lostMark(b1: number, b2: number, before: string): string | undefined {
  if (b1 === 0xe3 && b2 === 0x80) return openCloser(before, CJK_PAIRS) ?? '。';
  if (b1 !== 0xe2 || b2 !== 0x80) return undefined;
  // ……, ——: Chinese writes these two at a time, so the mark before the loss is the lost one's twin
  const last = before.charAt(before.length - 1);
  if (last === '…' || last === '—') return last;
  return openCloser(before, QUOTE_PAIRS);
}
