// Lines of one width: a paragraph typeset in a column (a PDF, an e-paper page) and scraped line by line
// comes out as a run of paragraphs of the same width, each stopping mid-sentence, and a last, shorter
// one. The width itself is the evidence that every break in the run is a line end, whatever the
// characters on either side (坚持稳中求进|工作总基调 looks like a heading over a paragraph on its own).
// Prose paragraphs differ in length; the clean corpus has no such run. Rows of a flattened table have
// one width too: they hold no punctuation, and the run must (at least half its lines).

import { isLatinLetter } from '../text/chars.js';
import type { Paragraph } from '../text/index.js';

/** Fewest lines that make a run (two equal lines are chance). */
const MIN_LINES = 3;
/** Narrowest column, in display columns (an ideograph is two): 14 ideographs. */
const MIN_WIDTH = 28;
/** How much narrower than the widest line a full line may be: a digit or a hanging mark changes it. */
const SLACK_CJK = 3;
/** …and for Latin text, whose lines end on whole words (ragged right), as a share of the width. */
const SLACK_LATIN = 0.2;

interface Line {
  /** display width: full-width characters (CJK, full-width forms) count two columns */
  cols: number;
  latin: boolean;
  /** holds clause or sentence punctuation (， 、 ； 。 , ;): running text, not a table row */
  prose: boolean;
}

function measure(text: string, p: Paragraph): Line {
  let cols = 0;
  let letters = 0;
  let prose = false;
  for (let k = p.start; k < p.end; k++) {
    const c = text.charCodeAt(k);
    if ((c & 0xfc00) === 0xdc00) continue; // the second half of a surrogate pair
    const wide = c >= 0x1100 && !(c >= 0x2000 && c <= 0x206f);
    cols += wide ? 2 : 1;
    if (isLatinLetter(c)) letters++;
    else if (c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0x3002 || c === 0x2c || c === 0x3b)
      prose = true;
  }
  return { cols, latin: letters * 2 > p.end - p.start, prose };
}

/**
 * Heads (paragraph indices in `heads`, which end mid-sentence) that are lines of an equal-width run:
 * their break is a line end. `claimed` paragraphs (copies, chrome) are skipped over, not counted.
 */
export function wrappedHeads(
  text: string,
  paragraphs: readonly Paragraph[],
  claimed: Uint8Array,
  heads: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  const idx: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (!claimed[i]) idx.push(i);
  const w = idx.map((i) => measure(text, paragraphs[i]!));
  let s = 0;
  while (s < idx.length) {
    // Grow a run of full lines from s: heads whose width stays within the slack of the widest so far.
    let e = s;
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    const latin = w[s]!.latin;
    const fits = (cols: number, hi: number, lo: number) => {
      const slack = latin ? Math.round(SLACK_LATIN * hi) : SLACK_CJK;
      return Math.max(hi, cols) - Math.min(lo, cols) <= slack;
    };
    while (e < idx.length && heads.has(idx[e]!) && w[e]!.latin === latin && w[e]!.cols >= MIN_WIDTH) {
      if (!fits(w[e]!.cols, max, min === Number.POSITIVE_INFINITY ? w[e]!.cols : min)) break;
      max = Math.max(max, w[e]!.cols);
      min = Math.min(min, w[e]!.cols);
      e++;
    }
    // Lines s..e-1 are full; the run's last line (e) may be shorter, but not wider, and ends the
    // paragraph (not a head itself). Most lines hold punctuation: rows of a flattened table
    // (2022年 地区生产总值1523.6亿元) have the same width and stop open too, but hold none.
    const full = e - s;
    const last = e < idx.length ? w[e]! : undefined;
    const closes =
      last !== undefined && last.latin === latin && last.cols <= max + (latin ? 2 : 1) && !heads.has(idx[e]!);
    let prose = 0;
    for (let k = s; k <= e && k < idx.length; k++) if (w[k]!.prose) prose++;
    if (closes && full + 1 >= MIN_LINES && 2 * prose >= full + 1)
      for (let k = s; k < e; k++) out.add(idx[k]!);
    s = Math.max(e, s + 1);
  }
  return out;
}
