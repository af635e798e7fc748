// UTF-8 read as a single-byte code page other than Latin-1 and Windows-1252 (mojibake.ts has those):
// Cyrillic (Windows-1251: 政府 → ж”їеєњ; KOI8-R: Ф■©Е╨°; IBM866: цФ┐х║Ь), Central European (Windows-1250,
// ISO-8859-2: ćżĺşĺ), Greek (Windows-1253) or Mac Roman (ÊîøÂ∫ú). Each byte ≥ 0x80 of the UTF-8 became one
// letter or sign of the page; the trial repair maps the stretch back to those bytes and decodes them as
// strict UTF-8. Sound Russian, Polish or Greek never survives that — a letter's byte is a lead byte that
// wants continuation bytes, and the letters after it are not — so only a misreading passes. Tables come
// from the platform's WHATWG TextDecoder; a page it lacks is skipped.

import { stretchEnd } from './gbk-as-latin1.js';

export interface SingleByteSlip {
  start: number;
  end: number;
  /** the stretch decoded as UTF-8 */
  expected: string;
  /** the page it was read as */
  page: string;
}

/** The pages tried, in order (a stretch takes the first that repairs it), with their names for people. */
const PAGES: ReadonlyArray<[label: string, name: string]> = [
  ['windows-1251', 'Windows-1251 (Cyrillic)'],
  ['koi8-r', 'KOI8-R'],
  ['ibm866', 'IBM866 (DOS Cyrillic)'],
  ['windows-1250', 'Windows-1250 (Central European)'],
  ['iso-8859-2', 'ISO-8859-2'],
  ['windows-1253', 'Windows-1253 (Greek)'],
  ['macintosh', 'Mac Roman'],
];

/**
 * Characters these pages give UTF-8's high bytes that Latin-1 text never holds: Latin Extended-A,
 * Greek, Cyrillic, math signs and box drawing. A line without one is never walked.
 */
const SIGNAL = /[\u0100-\u017f\u02c7-\u02dd\u0370-\u04ff\u2200-\u22ff\u2320-\u2321\u2500-\u25a0]/;

/** A stretch must hold this many characters of the page's high half: shorter ones are words of some language. */
const MIN_HIGH = 4;

interface Page {
  name: string;
  /** code unit → byte, for the 128 high bytes */
  bytes: Map<number, number>;
}

let pages: Page[] | undefined;
/** 1 for a code unit some page gives one of its high bytes (one lookup per character of a long text). */
let anyPage: Uint8Array | undefined;

function tables(): Page[] {
  if (pages) return pages;
  pages = [];
  anyPage = new Uint8Array(65536);
  const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  for (const [label, name] of PAGES) {
    try {
      const s = new TextDecoder(label).decode(high);
      if (s.length !== 128) continue;
      const bytes = new Map<number, number>();
      for (let i = 0; i < 128; i++) {
        const c = s.charCodeAt(i);
        if (c === 0xfffd) continue;
        bytes.set(c, 0x80 + i);
        anyPage[c] = 1;
      }
      pages.push({ name, bytes });
    } catch {
      // the platform lacks this page
    }
  }
  return pages;
}

let strict: InstanceType<typeof TextDecoder> | undefined;

/** The stretch's bytes in `page` decoded as strict UTF-8, when they are valid and read as text. */
function trial(span: string, page: Page): string | undefined {
  const bytes = new Uint8Array(span.length);
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    const b = c < 0x80 ? c : page.bytes.get(c);
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  strict ??= new TextDecoder('utf-8', { fatal: true });
  let s: string;
  try {
    s = strict.decode(bytes);
  } catch {
    return undefined;
  }
  // Chinese, Japanese or Korean (two characters at least), or Latin letters with accents: what UTF-8
  // text is; C1 controls or private-use characters are no repair.
  let cjk = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else if (!(c >= 0xa0 && c <= 0x24f) && !(c >= 0x2010 && c <= 0x2027)) return undefined;
  }
  return cjk >= 2 || s.length < span.length ? s : undefined;
}

/** Whether a code unit belongs to a stretch: any page's high half (ASCII may stand between). */
function highOfSomePage(c: number): boolean {
  return c >= 0x80 && anyPage![c] === 1;
}

/**
 * A test of whether any of the `taken` spans ([start, end) pairs, in any order) crosses an edge of
 * [start, end): begins before it and ends inside or after it, or begins inside and ends after it. Spans
 * sorted once, then two binary searches and prefix maxima per question: a page with a hundred thousand
 * taken spans and as many stretches stays linear-logarithmic.
 */
function crossings(taken: readonly number[]): (start: number, end: number) => boolean {
  const m = taken.length / 2;
  const order = Array.from({ length: m }, (_, k) => k).sort((x, y) => taken[2 * x]! - taken[2 * y]!);
  const starts = new Float64Array(m);
  const maxEnd = new Float64Array(m);
  let max = -1;
  for (let k = 0; k < m; k++) {
    starts[k] = taken[2 * order[k]!]!;
    max = Math.max(max, taken[2 * order[k]! + 1]!);
    maxEnd[k] = max;
  }
  /** The largest end among spans that begin before x, or -1. */
  const reach = (x: number): number => {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : maxEnd[lo - 1]!;
  };
  return (start, end) => reach(start) > start || reach(end) > end;
}

/** Stretches of `text` that are UTF-8 read as one of PAGES, with their repairs; `taken` spans are skipped. */
export function singleBytePageSlips(text: string, taken: readonly number[]): SingleByteSlip[] {
  if (!SIGNAL.test(text)) return [];
  const all = tables();
  const out: SingleByteSlip[] = [];
  const n = text.length;
  let edges: ((start: number, end: number) => boolean) | undefined;
  let i = 0;
  while (i < n) {
    if (!highOfSomePage(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // the stretch: high characters and printable ASCII between them, up to the last high one
    const end = stretchEnd(text, i, highOfSomePage);
    const span = text.slice(i, end);
    let high = 0;
    for (let k = 0; k < span.length; k++) if (span.charCodeAt(k) >= 0x80) high++;
    // What other passes took inside the stretch is part of it (a C1 control, Windows-1251's 0x98 of 阅
    // E9 98 85; a piece read as Latin-1, çš„ of 的): the strict decoding of the whole explains it too.
    // A span across the stretch's edge is another explanation of those characters: the stretch is left.
    const candidate = high >= MIN_HIGH && SIGNAL.test(span);
    if (candidate) edges ??= crossings(taken);
    if (candidate && !edges!(i, end)) {
      for (const page of all) {
        const expected = trial(span, page);
        if (expected !== undefined) {
          out.push({ start: i, end, expected, page: page.name });
          break;
        }
      }
    }
    i = end;
  }
  return out;
}
