// Tandem repeats (XX, XXX…) inside one paragraph, found in one linear pass over the code units without
// any backtracking expression. For each position j we walk back over earlier occurrences of the same
// code unit within `maxUnit` (a ring buffer of "previous same unit" links); every such distance u
// extends a run of matches text[k] === text[k-u]. A run of at least u matches is a tandem repeat of
// period u. Real text has few equal characters within a short window, so the walk is O(1) amortized;
// a run of one repeated character costs maxUnit steps per position, still linear.
// Shared by doubled-phrase (two copies) and repetition-loop (three or more copies in one line).

import type { ScanContext } from './context.js';

export interface Tandem {
  /** start of the first copy */
  start: number;
  /** length of one copy (the period) */
  unit: number;
  /** number of whole copies */
  copies: number;
  /**
   * How far the copies may slide right and still be copies (the run's length beyond its whole copies,
   * less than `unit`): "approve the the new" is found as "e th" twice from the 'e' of approve, and
   * sliding by 2 gives the word-aligned "the " twice.
   */
  slack: number;
}

const CACHE = new WeakMap<ScanContext, Tandem[]>();

export function tandems(ctx: ScanContext): Tandem[] {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const out = findTandems(ctx.text, ctx.paragraphs, ctx.options.maxPhraseLength);
  CACHE.set(ctx, out);
  return out;
}

export function findTandems(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number }>,
  maxUnit: number,
): Tandem[] {
  const U = maxUnit;
  const R = U + 1;
  const last = new Int32Array(65536).fill(-1);
  const prevRing = new Int32Array(R);
  const runEnd = new Int32Array(U + 1);
  const runLen = new Int32Array(U + 1);
  const raw: Tandem[] = [];

  const flush = (u: number) => {
    const len = runLen[u] as number;
    if (len >= u) {
      const firstMatch = (runEnd[u] as number) - len + 1;
      raw.push({ start: firstMatch - u, unit: u, copies: Math.floor(len / u) + 1, slack: len % u });
    }
    runLen[u] = 0;
  };

  for (const r of ranges) {
    runEnd.fill(-2);
    runLen.fill(0);
    let slot = r.start % R;
    for (let j = r.start; j < r.end; j++, slot = slot + 1 === R ? 0 : slot + 1) {
      const c = text.charCodeAt(j);
      const p = last[c] as number;
      last[c] = j;
      const prev = p >= r.start && j - p <= U ? p : -1;
      prevRing[slot] = prev;
      if (prev < 0) continue;
      let k = prev;
      while (k >= 0 && j - k <= U) {
        const u = j - k;
        if (runEnd[u] === j - 1) runLen[u] = (runLen[u] as number) + 1;
        else {
          flush(u);
          runLen[u] = 1;
        }
        runEnd[u] = j;
        k = prevRing[k % R] as number;
      }
    }
    for (let u = 1; u <= U; u++) if ((runLen[u] as number) > 0) flush(u);
  }

  // Word-aligned views of Latin runs come first, so that a misaligned one (Th|is is| a a) does not
  // take the stretch from a real doubled word.
  for (let i = 0; i < raw.length; i++)
    raw[i] = clauseAligned(text, wordAligned(text, raw[i] as Tandem) ?? DROP);
  // Keep one explanation per stretch: the longest coverage, then the shortest period.
  raw.sort((a, b) => b.unit * b.copies - a.unit * a.copies || a.unit - b.unit || a.start - b.start);
  const out: Tandem[] = [];
  if (raw.length === 0) return out;
  const covered = new Uint8Array(text.length);
  for (const t of raw) {
    if (t === DROP) continue;
    const s = t.start;
    const e = t.start + t.unit * t.copies;
    // Never cut a surrogate pair.
    if ((text.charCodeAt(s) & 0xfc00) === 0xdc00 || (text.charCodeAt(e - 1) & 0xfc00) === 0xd800) continue;
    let free = true;
    for (let k = s; k < e; k++) {
      if (covered[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    covered.fill(1, s, e);
    out.push(t);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const DROP: Tandem = { start: 0, unit: 0, copies: 0, slack: 0 };

/** Marks that close a clause or sentence. */
const CLAUSE_MARKS = new Set([...'，。、；：！？,;:!?'].map((c) => c.charCodeAt(0)));

/**
 * A clause or sentence written twice is found from its leftmost view, which starts inside the clause
 * before it when that clause ends like the copies do: "，推进改革" twice in …稳中求进，推进改革，推进改革，
 * (the same mark), "进，深化改革开放推" twice in …稳中求进，深化改革开放推进，深化改革开放推进， (the same
 * last character and mark). Slide the copies (within the slack) to start right after a clause mark, so
 * that each copy is the clause with its own mark, as it is found after any other clause.
 */
function clauseAligned(text: string, t: Tandem): Tandem {
  if (t === DROP || t.unit < 2 || t.slack === 0 || CLAUSE_MARKS.has(text.charCodeAt(t.start - 1))) return t;
  for (let s = t.start + 1; s <= t.start + t.slack; s++) {
    if (CLAUSE_MARKS.has(text.charCodeAt(s - 1)) && !CLAUSE_MARKS.has(text.charCodeAt(s)))
      return { start: s, unit: t.unit, copies: t.copies, slack: t.slack - (s - t.start) };
  }
  return t;
}

function isLatin(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/**
 * A letter, a digit (7th, 3D), or an apostrophe between letters (Let’s, don't): part of a word, so no
 * word starts after it.
 */
function inLatinWord(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (
    isLatin(c) ||
    (c >= 0x30 && c <= 0x39) ||
    ((c === 0x2019 || c === 0x27) && k > 0 && isLatin(text.charCodeAt(k - 1)))
  );
}

/**
 * A run of words written again (the the, in in the) is found from its first match, which in running
 * Latin text is usually inside a word: "approve the the new" gives "e th" twice from the e of approve.
 * Slide the copies within the run (by at most `slack`) until they start on a word or on the space
 * before one; a run of spaced Latin text with no such start (Th|is is| a) is an accident of spelling,
 * not a repeat (null). Runs that are not Latin-and-space are returned as they are.
 */
function wordAligned(text: string, t: Tandem): Tandem | null {
  if (t.unit < 2) return t;
  let spaced = false;
  for (let k = t.start; k < t.start + t.unit && !spaced; k++) spaced = text.charCodeAt(k) === 0x20;
  const first = text.charCodeAt(t.start);
  if (!spaced || !(first === 0x20 || isLatin(first))) return t;
  // Any start within one period keeps the copies copies; sliding past the slack costs a copy, which is
  // fine while two remain (Th|is is| a: "is " three times from inside This, " is" twice from the space).
  const end = t.start + t.unit * t.copies + t.slack;
  for (let s = t.start; s < t.start + t.unit && end - s >= 2 * t.unit; s++) {
    const c = text.charCodeAt(s);
    const wordStart = isLatin(c) && (s === 0 || !inLatinWord(text, s - 1));
    if (wordStart || (c === 0x20 && isLatin(text.charCodeAt(s + 1)))) {
      if (s === t.start) return t;
      return { start: s, unit: t.unit, copies: Math.floor((end - s) / t.unit), slack: (end - s) % t.unit };
    }
  }
  return null;
}
