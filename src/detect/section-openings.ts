// Section openings: a speech turns to a new part with a line of address (各位代表！ 同志们！ 女士们、
// 先生们：), and the paragraph after that line opens the part, often with a motto of short clauses
// (重任在肩，更须砥砺奋进。 奋斗创造历史，实干成就未来。) — the shape a displaced rest takes when it
// is what is left of a cut clause. After such a line junctions.ts gives that shape no weight as
// evidence of a displaced rest; the evidence across the break (a word or bigram cut in two, a rest
// opening on a comma) still counts.
//
// Measured (junction classes, displaced recall/precision): development rounds (FIRST=100 ROUNDS=40)
// gov 0.759/0.852 → 0.755/0.871 — 38 % of the false pairs there were the paragraph after 各位代表！;
// standard run gov tuned 0.716/0.949 → 0.706/0.948, held out 0.766/0.893 → 0.766/0.899; congress,
// Hailar (development and standard rounds), news and English unchanged. Not taking such a paragraph
// as a rest at all: gov development 0.730/0.880 (rests land after a line of address as often as
// anywhere); after a heading too: 0.702/0.878; half the weight instead of none: 0.756/0.870; no
// weight after a heading as well: gov development 0.752/0.870, Hailar 0.738/0.892 → 0.727/0.891,
// congress 0.692/0.846 → 0.688/0.846. Cost: clean() restores 60 → 58 of the 131 gov texts with
// displaced rests on the standard run (316 → 315 of 666 on development rounds): two rests after
// 各位代表！ that were rebuilt on their short opening are now flagged below the threshold or not paired.

import { isCjk } from './junction-shape.js';

/** The longest line of address, in code units (各位代表！ 女士们、先生们、朋友们：). */
const ADDRESS_MAX = 16;

/**
 * Whether the paragraph [start, end) is a line of address: at most ADDRESS_MAX code units, closed by
 * ！ ! ： or :, with no sentence end or comma inside.
 */
export function addressLine(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > ADDRESS_MAX) return false;
  const last = text.charCodeAt(end - 1);
  if (last !== 0xff01 && last !== 0x21 && last !== 0xff1a && last !== 0x3a) return false;
  for (let k = start; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    // 。！？，；： and their ASCII forms
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0xff1b || c === 0xff1a)
      return false;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2c || c === 0x3b || c === 0x3a) return false;
  }
  return true;
}

// Couplets: a paragraph of a report or speech often opens with a motto of two matched clauses, a
// couplet of equal length (人命关天，安全至上。 立国之道，惟在富民。 生命高于一切，安全重于泰山。
// 奋斗创造历史，实干成就未来。), wherever the part it opens begins. Its short first clause is the
// shape junctions.ts otherwise counts as a displaced rest (what is left of a cut clause); a rest cut
// at random seldom opens with two clauses of exactly one length. After such an opening that shape
// counts for nothing; the evidence across the break still counts.
//
// Measured (junction classes, development rounds FIRST=100 ROUNDS=40, gov): displaced 0.752/0.870 →
// 0.752/0.876 (of the 164 false pairs there, 19 were such couplets; 5 right pairs opened with one,
// all on junction evidence of their own); split and truncated unchanged. Standard run: gov held out
// 0.766/0.899 → 0.766/0.905, tuned rounds unchanged; congress (gov statistics) and the untouched
// texts unchanged. A further 0.3 against the pair: development 0.751/0.879, truncated 0.954/0.942 →
// 0.953/0.943 — not taken.

/** The shortest and longest clause of a couplet, in ideographs. */
const COUPLET_MIN = 2;
const COUPLET_MAX = 7;

/** Ideographs from `k` up to the first non-ideograph, at most COUPLET_MAX + 1 of them. */
function ideographRun(text: string, k: number, end: number): number {
  let n = 0;
  while (k + n < end && n <= COUPLET_MAX && isCjk(text.charCodeAt(k + n))) n++;
  return n;
}

/**
 * Whether the paragraph [start, end) opens with a couplet: two clauses of COUPLET_MIN–COUPLET_MAX
 * ideographs and the same length, the first closed by a comma, the second by ， 。 or ；.
 */
export function coupletOpening(text: string, start: number, end: number): boolean {
  const a = ideographRun(text, start, end);
  if (a < COUPLET_MIN || a > COUPLET_MAX) return false;
  const comma = text.charCodeAt(start + a);
  if (comma !== 0xff0c && comma !== 0x2c) return false;
  const b = ideographRun(text, start + a + 1, end);
  if (b !== a) return false;
  const close = text.charCodeAt(start + a + 1 + b);
  return close === 0xff0c || close === 0x3002 || close === 0xff1b;
}
