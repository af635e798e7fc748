// A Chinese phrase written twice with one separator between the copies (推动高质量发展 高质量发展取得…,
// …发展\u200b发展…): a scraper that joined two elements holding the same words with a space, or a site
// that sprinkles zero-width characters. The tandem pass (tandem.ts) compares code units, so a separator
// between the copies hides them from it. Found in one pass: only at a lone separator between two
// ideographs (rare in Chinese prose) are the characters on either side compared, at most MAX_UNIT each.

import { isCjk } from './junction-shape.js';

const MAX_UNIT = 8;
const MIN_UNIT = 2;
/** One separator: space, no-break space, ideographic space, or a zero-width character. */
const isSeparator = (c: number) =>
  c === 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
/** Marks a sentence of running text holds: a line without any is a table row, a title or a list. */
const RUNNING = /[。，；！？]/;

export interface SpacedDouble {
  /** start of the first copy */
  start: number;
  /** length of one copy */
  unit: number;
  /** offset of the separator (the second copy starts right after it) */
  separator: number;
}

/** The phrases of `text` written twice around one separator, longest copy at each separator. */
export function spacedDoubles(text: string): SpacedDouble[] {
  const out: SpacedDouble[] = [];
  // whether the line around i is running text, worked out once per line (a long line has many doubles)
  let lineEnd = -1;
  let running = false;
  const inRunningText = (i: number): boolean => {
    if (i >= lineEnd) {
      const from = text.lastIndexOf('\n', i) + 1;
      const to = text.indexOf('\n', i);
      lineEnd = to < 0 ? text.length : to;
      running = RUNNING.test(text.slice(from, lineEnd));
    }
    return running;
  };
  for (let i = 1; i + 1 < text.length; i++) {
    if (!isSeparator(text.charCodeAt(i))) continue;
    if (!isCjk(text.charCodeAt(i - 1)) || !isCjk(text.charCodeAt(i + 1))) continue;
    for (let k = Math.min(MAX_UNIT, i); k >= MIN_UNIT; k--) {
      if (i + 1 + k > text.length) continue;
      let same = true;
      for (let q = 0; q < k && same; q++) {
        const a = text.charCodeAt(i - k + q);
        same = a === text.charCodeAt(i + 1 + q) && isCjk(a);
      }
      if (!same) continue;
      // Cells of a table row are spaced all along it: the copies must sit in running text.
      if (isSeparator(text.charCodeAt(i - k - 1)) || isSeparator(text.charCodeAt(i + 1 + k))) break;
      if (!inRunningText(i)) break;
      out.push({ start: i - k, unit: k, separator: i });
      break;
    }
  }
  return out;
}
