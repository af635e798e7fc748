// Lines of one width: a paragraph typeset in a column (a PDF, an e-paper page) and scraped line by line
// comes out as a run of paragraphs of the same width, each stopping mid-sentence, and a last, shorter
// one. The width itself is the evidence that every break in the run is a line end, whatever the
// characters on either side (坚持稳中求进|工作总基调 looks like a heading over a paragraph on its own).
// Prose paragraphs differ in length; the clean corpus has no such run. Rows of a flattened table have
// one width too: they hold no punctuation, and the run must (at least half its lines).
// Width is measured two ways, and a run of either counts: in display columns (an ideograph two, a digit
// one: how a PDF or a typeset page fills its lines) and in characters (how a scraper or a text tool
// that wraps at N characters fills them: 国内生产总值超过30万亿元 is then as long as any other line, but
// four columns narrower).

import { isLatinLetter, isLineBreak, isSpace } from '../text/chars.js';
import type { Paragraph } from '../text/index.js';

/** Fewest lines that make a run (two equal lines are chance). */
const MIN_LINES = 3;
/** Narrowest column, in display columns (an ideograph is two): 10 ideographs (a newspaper column holds 10–14). */
const MIN_WIDTH = 20;
/** How much narrower than the widest line a full line may be: a digit or a hanging mark changes it. */
const SLACK_CJK = 3;
/** Narrowest column in characters, and the slack there: a hanging mark. */
const MIN_CHARS = 10;
const SLACK_CHARS = 1;
/** …and for Latin text, whose lines end on whole words (ragged right), as a share of the width. */
const SLACK_LATIN = 0.2;

interface Line {
  /** display width: full-width characters (CJK, full-width forms) count two columns */
  cols: number;
  /** characters (code points) */
  chars: number;
  latin: boolean;
  /** holds clause or sentence punctuation (， 、 ； 。 , ;), or runs on in words: running text, not a table row */
  prose: boolean;
  /** ends on punctuation, which a typesetter may hang past the column's edge */
  hangs: boolean;
  /** display width of its first word (up to the first space) */
  firstWord: number;
  /** begins indented (spaces before it on its line): the first line of a paragraph */
  indented: boolean;
  /** a gap of two spaces or more inside it (地区生产总值　　　312.6亿元): cells of an aligned table row */
  aligned: boolean;
  /** where its clause marks (， 、 ； ：) stand, as offsets: slogans and verse repeat the pattern line by line */
  marks: string;
}

/** Marks that end a sentence or a clause, after which a typist may leave two spaces. */
const SENTENCE_STOP = /[.!?:;。！？：；]/;

function measure(text: string, p: Paragraph): Line {
  let cols = 0;
  let chars = 0;
  // The indentation before a paragraph's first line takes its share of the column (　　 is two
  // ideographs' width), though it is not part of the paragraph.
  for (let k = p.start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (!isSpace(c) || isLineBreak(c)) break;
    cols += c === 0x3000 ? 2 : 1;
    chars++;
  }
  // Two spaces or more (　　, or ASCII spaces) make an indentation; one is a space of the text that a
  // cut left at a line's start.
  const indented = chars >= 2;
  let letters = 0;
  let spaces = 0;
  /** general punctuation (“ ” ‘ ’ — …): full-width in a Chinese line, narrow in a Latin one */
  let general = 0;
  let prose = false;
  let aligned = false;
  let gap = 0;
  let afterStop = false;
  let marks = '';
  for (let k = p.start; k < p.end; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) {
      // Two spaces after a sentence's end are a typist's habit (…the roads.  We will…), not a cell gap.
      if (gap++ === 0) afterStop = k > p.start && SENTENCE_STOP.test(text.charAt(k - 1));
      if (gap >= (afterStop ? 3 : 2) || c === 0x09) aligned = true;
    } else gap = 0;
    if (c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a) marks += `${k - p.start},`;
    if ((c & 0xfc00) === 0xdc00) continue; // the second half of a surrogate pair
    const punct = c >= 0x2000 && c <= 0x206f;
    if (punct) general++;
    cols += c >= 0x1100 && !punct ? 2 : 1;
    chars++;
    if (isLatinLetter(c)) letters++;
    else if (c === 0x20) spaces++;
    else if (c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0x3002 || c === 0x2c || c === 0x3b)
      prose = true;
  }
  const latin = letters * 2 > p.end - p.start;
  // English prose holds few commas a line: running words (four or more, mostly letters) are its sign.
  if (latin && !prose && spaces >= 3 && letters * 5 >= 3 * (p.end - p.start)) prose = true;
  const z = p.end > p.start ? text.charCodeAt(p.end - 1) : 0;
  const hangs = (z >= 0x3000 && z <= 0x303f) || (z >= 0xff01 && z <= 0xff1f) || (z >= 0x2010 && z <= 0x2027);
  let firstWord = 0;
  while (p.start + firstWord < p.end && text.charCodeAt(p.start + firstWord) !== 0x20) firstWord++;
  return {
    cols: latin ? cols : cols + general,
    chars,
    latin,
    prose,
    hangs,
    firstWord,
    indented,
    aligned,
    marks,
  };
}

/**
 * Paragraphs whose break is a column's line end: heads (indices in `heads`, which end mid-sentence)
 * that are full lines of the text's column, and — where the column's paragraphs begin indented — full
 * lines that end a sentence before an unindented line. `claimed` paragraphs (copies, chrome) are
 * skipped over, not counted.
 */
export function columnBreaks(
  text: string,
  paragraphs: readonly Paragraph[],
  claimed: Uint8Array,
  heads: ReadonlySet<number>,
): Set<number> {
  const out = new Set<number>();
  // Every rule below needs two open lines at least: prose with fewer is not measured at all.
  if (heads.size < 2) return out;
  const idx: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (!claimed[i]) idx.push(i);
  const measured = measuredLines(paragraphs);
  const lines: Line[] = new Array(idx.length);
  // by line (not paragraph) number, an array lookup in the runs' loops instead of a Set's
  const isHead = new Uint8Array(idx.length);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    lines[k] = measured[i] ??= measure(text, paragraphs[i]!);
    if (heads.has(i)) isHead[k] = 1;
  }
  runs(idx, lines, isHead, 'cols', out);
  // Latin lines are as wide in characters as in columns: the second measure is for Chinese text only.
  runs(idx, lines, isHead, 'chars', out);
  return out;
}

/**
 * Lines measured once per document (keyed by its paragraph list): repeated-block and the junctions
 * each ask for the column, and on hard-wrapped text measuring every line is a pass over all of it.
 */
const MEASURED = new WeakMap<readonly Paragraph[], (Line | undefined)[]>();
function measuredLines(paragraphs: readonly Paragraph[]): (Line | undefined)[] {
  let m = MEASURED.get(paragraphs);
  if (!m) {
    m = new Array(paragraphs.length);
    MEASURED.set(paragraphs, m);
  }
  return m;
}

/** Adds to `out` the heads that are full lines of a run of one width, measured by `by`. */
function runs(
  idx: readonly number[],
  lines: readonly Line[],
  isHead: Uint8Array,
  by: 'cols' | 'chars',
  out: Set<number>,
): void {
  const minWidth = by === 'cols' ? MIN_WIDTH : MIN_CHARS;
  /** the CJK and the Latin lines marked here (indices into lines) */
  const found: number[] = [];
  const foundLatin: number[] = [];
  let s = 0;
  while (s < idx.length) {
    // Grow a run of full lines from s: lines whose width stays within the slack of the widest so far.
    // A full line may end a sentence (…军政军民团结。各位代表！我 | 们将…: a column's line ends where the
    // width runs out, on 。 as on anything): it belongs to the run, only its break is no junction.
    let e = s;
    let max = 0;
    let min = Number.POSITIVE_INFINITY;
    const latin = lines[s]!.latin;
    if (by === 'chars' && latin) {
      s++;
      continue;
    }
    const fits = (width: number, hi: number, lo: number) => {
      const slack = latin ? Math.round(SLACK_LATIN * hi) : by === 'cols' ? SLACK_CJK : SLACK_CHARS;
      return Math.max(hi, width) - Math.min(lo, width) <= slack;
    };
    let open = 0;
    while (e < idx.length && lines[e]!.latin === latin && !lines[e]!.aligned && lines[e]![by] >= minWidth) {
      const width = lines[e]![by];
      if (!fits(width, max, min === Number.POSITIVE_INFINITY ? width : min)) break;
      max = Math.max(max, width);
      min = Math.min(min, width);
      if (isHead[e] === 1) open++;
      e++;
    }
    // Lines s..e-1 are full. The run ends on a line that ends its paragraph: the last full line, or a
    // shorter (not wider) last line after it. Most lines hold punctuation: rows of a flattened table
    // (2022年 地区生产总值1523.6亿元) have the same width and stop open too, but hold none. And most
    // full lines stop open: prose paragraphs that end their sentences are of one width only by chance.
    const full = e - s;
    const last = e < idx.length ? lines[e]! : undefined;
    const lastCloses =
      last !== undefined && last.latin === latin && last[by] <= max + (latin ? 2 : 1) && isHead[e] === 0;
    const closes = lastCloses || (full > 0 && isHead[e - 1] === 0);
    const size = full + (lastCloses ? 1 : 0);
    let prose = 0;
    for (let k = s; k < s + size; k++) if (lines[k]!.prose) prose++;
    // A run that does not close (the scrape stops mid-line, or a wider paragraph follows) still shows
    // its column when it is long: every break in it but the last is a line end.
    const upTo = closes ? e : e - 1;
    if (
      (closes ? size >= MIN_LINES : full > MIN_LINES) &&
      !parallel(lines, s, Math.max(e, s + size)) &&
      2 * prose >= size &&
      open >= 2 &&
      2 * open >= full
    ) {
      // A line end is a wrap only on a full line (isFull). Ragged Latin lines have no usual width.
      const usual = latin ? 0 : usualWidth(lines, s, e, by);
      for (let k = s; k < upTo; k++)
        if (isHead[k] === 1 && !lines[k + 1]?.indented && (latin || isFull(lines[k]!, usual, by))) {
          out.add(idx[k]!);
          (latin ? foundLatin : found).push(k);
        }
    }
    s = Math.max(e, s + 1);
  }
  // Ragged Latin lines: once runs show a column (MIN_LINES line ends; English paragraphs are a few lines
  // each), it is as wide as its widest line, and a line ended where the next word would not have fitted
  // (…in the roads, bridges and | ports that our workers build) ended at the column's edge.
  if (foundLatin.length >= MIN_LINES) {
    let width = 0;
    for (const k of foundLatin) width = Math.max(width, lines[k]!.cols);
    for (let k = 0; k + 1 < idx.length; k++) {
      const line = lines[k]!;
      const next = lines[k + 1]!;
      if (isHead[k] === 0 || out.has(idx[k]!) || !line.latin || !next.latin || line.cols < MIN_WIDTH)
        continue;
      if (next.indented) continue;
      if (line.cols <= width && line.cols + 1 + next.firstWord > width && next.cols <= width)
        out.add(idx[k]!);
    }
  }
  // A text set in one column throughout: its paragraphs of two lines (a full line and a short one) make
  // no run, but the full line is as wide as the column's lines everywhere else (…并请全国 | 政协委员提出
  // 意见。). Once runs show the column (MIN_COLUMN line ends), any open line of its width before a line no
  // wider is a line end too. (A heading exactly as wide as the column is joined to the line after it:
  // 2–10 of 2,028 paragraph ends in bench/wrapped-quality.mjs. Leaving out lines shaped like headings,
  // （四）… without punctuation, cost more: in a narrow column that is the first line of a numbered
  // paragraph as often.)
  if (found.length < MIN_COLUMN) return;
  const usual = usualWidth(
    found.map((k) => lines[k]!),
    0,
    found.length,
    by,
  );
  // Where the column's paragraphs begin indented (the line after a paragraph's short last line is), a
  // full line that ends a sentence and a line after it that is not indented are one paragraph too: the
  // sentence ended where the width ran out (…增长2.1%。| 国际收支基本平衡。). Added to `out` as well: they
  // are no heads, and the caller joins them on the width alone.
  let ends = 0;
  let indentedAfter = 0;
  for (let k = 0; k + 1 < idx.length; k++) {
    const line = lines[k]!;
    if (isHead[k] === 1 || line.latin || isFull(line, usual, by)) continue;
    ends++;
    if (lines[k + 1]!.indented) indentedAfter++;
  }
  const indentedParagraphs = ends >= MIN_LINES && indentedAfter >= 0.9 * ends;
  for (let k = 0; k + 1 < idx.length; k++) {
    const open = isHead[k] === 1;
    if (open ? out.has(idx[k]!) : !indentedParagraphs) continue;
    if (continuesInColumn(lines, k, usual, by)) out.add(idx[k]!);
  }
}

/**
 * Whether line k, in a Chinese text set in a column of the usual width, goes on in line k + 1: it is
 * full, the next line is no wider and does not begin indented (an indented line begins a paragraph),
 * neither is a table row, they are not slogans or verse set line by line, and they read as prose.
 */
function continuesInColumn(lines: readonly Line[], k: number, usual: number, by: 'cols' | 'chars'): boolean {
  const line = lines[k]!;
  const next = lines[k + 1]!;
  if (line.latin || next.latin || line.aligned || next.aligned || next.indented) return false;
  if ((k > 0 && parallel(lines, k - 1, k + 2)) || (k + 2 < lines.length && parallel(lines, k, k + 3)))
    return false;
  return isFull(line, usual, by) && next[by] <= usual + (by === 'cols' ? 2 : 1) && (line.prose || next.prose);
}

/**
 * Whether lines s..e-1 are parallel: every one holds its clause marks at the same places (自信自强、守正创新，
 * 踔厉奋发、勇毅前行 over 稳中求进、以进促稳，先立后破、开拓进取) — slogans or verse set line by line. A column
 * cuts running text wherever the width runs out, so its lines do not repeat one pattern of marks.
 */
function parallel(lines: readonly Line[], s: number, e: number): boolean {
  const marks = lines[s]!.marks;
  if (marks === '' || e - s < 2) return false;
  for (let k = s + 1; k < e; k++) if (lines[k]!.marks !== marks) return false;
  return true;
}

/** Line ends a run must show before a text counts as set in one column. */
const MIN_COLUMN = 8;

/**
 * Whether a line fills a column of the usual width: exactly (in characters), or within one column where
 * a wide character did not fit; a closing mark may hang one character past the edge. A shorter open line
 * is a heading that happens to be nearly as wide (一、2023年工作回顾 among lines of 12 ideographs), a
 * wider one is no line of this column (二、2009年工作总体部署 holds 13 characters but 11 ideographs' width).
 */
function isFull(line: Line, usual: number, by: 'cols' | 'chars'): boolean {
  const w = line[by];
  if (by === 'chars') return w === usual || (w === usual + 1 && line.hangs);
  return (w >= usual - 1 && w <= usual) || (line.hangs && w > usual && w <= usual + 2);
}

/** The most common width among lines s..e-1 (the widest of equally common ones). */
function usualWidth(lines: readonly Line[], s: number, e: number, by: 'cols' | 'chars'): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (let k = s; k < e; k++) {
    const w = lines[k]![by];
    const c = (counts.get(w) ?? 0) + 1;
    counts.set(w, c);
    if (c > most || (c === most && w > best)) {
      most = c;
      best = w;
    }
  }
  return best;
}
