// How English words follow one another in this document, counted once per scan: which word classes run
// on into which (of → an adjective, to → a verb, a comma → a noun). A rest that opens in lower case
// after a word reads on from any head equally well by its case alone, so when two cut sentences of one
// stretch compete for two such rests (junctions.ts), the evidence that tells them apart is grammar:
// "with | was his birthday" never happens, "Yesterday | was" does. The text itself is the grammar book —
// a class bigram model (closed-class words as themselves, other words by their suffix) estimated on
// the document's own sentences needs no word list of any domain.

import { isLatinLetter } from '../text/chars.js';
import type { ScanContext } from './context.js';

/**
 * English closed-class words: determiners, prepositions, conjunctions, pronouns, auxiliaries and a few
 * adverbs. Each is a class of its own (they carry the grammar); any other word is classed by its suffix.
 */
const FUNCTION_WORDS = new Set(
  `a an the this that these those my our your his her its their every each some any no all both either
  neither of for with to in on at by from into about over under after before between through during
  against without within among upon than as like and or but nor so yet i we you he she it they me us
  him them is are was were be been being am has have had do does did will would can could should must
  may might shall not never also just only even still already who whom whose which what when where why
  how if because although though while since unless whether there here up out down off we're they're
  you're i'm it's that's we've they've i've we'll they'll i'll don't can't won't didn't doesn't isn't
  aren't more most less much many very too`.split(/\s+/),
);

/** Suffixes that mark a word's part of speech often enough (-ing, -ed, -ly …), longest first. */
const SUFFIXES = [
  'tion',
  'sion',
  'ment',
  'ness',
  'less',
  'able',
  'ing',
  'ers',
  'ity',
  'ive',
  'ful',
  'ed',
  'ly',
  'er',
  'al',
  'ic',
  'es',
  's',
];

/** The class of a word (as written, apostrophes ’ or '): itself if closed-class, else a suffix class. */
export function wordClass(word: string): string {
  if (word === ',') return ',';
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return '#';
  const w = word.toLowerCase().replaceAll('’', "'");
  if (FUNCTION_WORDS.has(w)) return w;
  if (c >= 0x41 && c <= 0x5a) return 'Cap';
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s)) return `-${s}`;
  return 'w';
}

export interface LatinFlow {
  /** class bigram counts, key `${c1} ${c2}` */
  pairs: Map<string, number>;
  /** how often each class is followed by a word (row totals) */
  before: Map<string, number>;
  /** how often each class follows a word */
  after: Map<string, number>;
  total: number;
}

const CACHE = new WeakMap<ScanContext, LatinFlow>();
/** Words (an accented letter on its own is one, as isLatinLetter counts it), numbers and commas. */
const TOKEN = /[A-Za-z][A-Za-z’'-]*|\d[\d,.%]*|,|[\u00c0-\u024f]/g;
/**
 * What ends the run of words between two tokens: anything but spaces (a sentence end, a dash, an
 * ideograph) or a line break (a paragraph's first word follows nothing). Tested on the gap, so a
 * Chinese text is not cut into a token per character.
 */
const ENDS_RUN = /\S|\n/;

/** The class bigrams of the text's running English words. Built on first use. */
export function latinFlow(ctx: ScanContext): LatinFlow {
  let flow = CACHE.get(ctx);
  if (flow) return flow;
  flow = { pairs: new Map(), before: new Map(), after: new Map(), total: 0 };
  const { text } = ctx;
  let prev: string | undefined;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    const at = m.index ?? 0;
    if (ENDS_RUN.test(text.slice(lastEnd, at))) prev = undefined;
    lastEnd = at + tok.length;
    // A sentence's first word is capitalized whatever its class: The, We.
    const c = prev === undefined ? wordClass(tok.toLowerCase()) : wordClass(tok);
    if (prev !== undefined) {
      const key = `${prev} ${c}`;
      flow.pairs.set(key, (flow.pairs.get(key) ?? 0) + 1);
      flow.before.set(prev, (flow.before.get(prev) ?? 0) + 1);
      flow.after.set(c, (flow.after.get(c) ?? 0) + 1);
      flow.total++;
    }
    prev = c;
  }
  CACHE.set(ctx, flow);
  return flow;
}

/**
 * log P(class of `next` | class of `last`) / P(class of `next`) in this text's running words, with
 * add-half smoothing: positive when `next` is the kind of word that follows `last` here (of | electric,
 * to | give), negative when it is not (with | was, for | give). `last` is a word or ",".
 */
export function flowScore(ctx: ScanContext, last: string, next: string): number {
  const flow = latinFlow(ctx);
  if (flow.total === 0) return 0;
  const c1 = wordClass(last);
  const c2 = wordClass(next);
  const n1 = flow.before.get(c1) ?? 0;
  const p = ((flow.pairs.get(`${c1} ${c2}`) ?? 0) + 0.5) / (n1 + 0.5 * Math.max(1, flow.after.size));
  const q = ((flow.after.get(c2) ?? 0) + 0.5) / flow.total;
  return Math.log(p / q);
}

/**
 * flowScore across a break: the last word of the head ending at `end` (or its comma) and the first
 * word of the rest starting at `start`. 0 when either side has no word there.
 */
export function breakFlow(ctx: ScanContext, end: number, start: number): number {
  const { text } = ctx;
  let last = ',';
  if (text.charCodeAt(end - 1) !== 0x2c) {
    const i = wordStart(text, end);
    if (i === end) return 0;
    last = text.slice(i, end);
    // A sentence's first word is capitalized whatever its class, as latinFlow counts it (…tonight. Yesterday).
    let k = i;
    while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
    if (k === 0 || /[.!?\n]/.test(text[k - 1]!)) last = last.toLowerCase();
  }
  let j = start;
  while (j < text.length && (isLatinLetter(text.charCodeAt(j)) || isApostrophe(text.charCodeAt(j)))) j++;
  if (j === start) return 0;
  return flowScore(ctx, last, text.slice(start, j));
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Where the word (letters and apostrophes: we’re) that ends at `end` starts; `end` when none does. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && (isLatinLetter(text.charCodeAt(i - 1)) || isApostrophe(text.charCodeAt(i - 1)))) i--;
  return i;
}

/**
 * Whether the word ending at `end` is a capitalized open-class word (American, Affordable, Reduction;
 * not The, And, Of). A capitalized word after it that the text also writes in lower case is no
 * sentence's first word when the two stand together elsewhere: they are one name cut in two (the
 * American | Families Plan, on Affordable | Care Act).
 */
export function titleWordBefore(text: string, end: number): boolean {
  const i = wordStart(text, end);
  const c = text.charCodeAt(i);
  if (i === end || c < 0x41 || c > 0x5a) return false;
  return !FUNCTION_WORDS.has(text.slice(i, end).toLowerCase().replaceAll('’', "'"));
}
