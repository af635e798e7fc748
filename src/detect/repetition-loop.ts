// repetition-loop: a run of blocks that cycles with a period once counters are masked (关键词十四 …
// 关键词二十五 cycling through two blocks), or a phrase repeated three or more times in a row inside one
// line (宣讲宣讲宣讲…), or one sentence written three or more times in a row. The first pass stays; one finding covers all the redundant passes, with the period
// and the number of passes in the message.
//
// Blocks are paragraphs, except in blank-line documents where a heading line directly over its body
// belongs to the body's block (that is how a scraped page's loop repeats). Exact periodicity of the
// masked block keys is found in O(blocks × maxPeriod); the run is then extended fuzzily at both ends,
// so a first pass whose heading differs a little (城市辐射… vs 辐射…) is still recognised as the first pass.

import { isLatinLetter } from '../text/chars.js';
import { quote, type ScanContext } from './context.js';
import { changesLikeCounter, numeralRuns } from './counters.js';
import { htmlEntities } from './entities.js';
import { normalizedText } from './keys.js';
import { sentenceRuns } from './sentence-runs.js';
import { similarity } from './similar.js';
import { tandems } from './tandem.js';
import type { Finding } from './types.js';

interface Unit {
  first: number;
  last: number;
  id: number;
  length: number;
}

/**
 * Blocks of paragraphs (lines under one another grouped when `grouped`) and an interned id of each
 * block's masked key. Paragraphs marked in `skip` (chrome) belong to no block: a scraped loop often
 * carries a comment widget or a byline in some passes and not in others, and the cycle runs through it.
 */
function loopUnits(ctx: ScanContext, grouped: boolean, skip: Uint8Array): Unit[] {
  const { paragraphs, keys } = ctx;
  const units: Unit[] = [];
  const ids = new Map<number, number>();
  let key = 0;
  let first = -1;
  let last = -1;
  let length = 0;
  const close = () => {
    if (first < 0) return;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    units.push({ first, last, id, length });
    first = -1;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    if (skip[i] === 1) {
      close();
      continue;
    }
    const p = paragraphs[i]!;
    const k = keys[i]!;
    if (first >= 0 && !(grouped && p.breakBefore === 'line')) close();
    if (first < 0) {
      key = 0;
      first = i;
      length = 0;
    }
    // Combine the paragraph keys of a block into one number (order-sensitive; a lookup key only).
    key = key === 0 ? k.masked : (key * 1000003 + k.masked) % 9007199254740881;
    length += k.length;
    last = i;
  }
  close();
  return units;
}

/** Minimum normalized length of one pass: shorter cycles (（一）（二）…) are lists, not loops. */
const MIN_PASS = 10;

export function repetitionLoop(ctx: ScanContext): Finding[] {
  const out: Finding[] = [];
  const grouped = ctx.doc.convention !== 'line';
  // What is claimed before this rule runs is chrome (boilerplate runs first, scan.ts).
  const chrome = ctx.claimed.slice();
  blockLoops(ctx, out, grouped, chrome);
  // A blank-line document can still hold a loop of single lines inside one block (第1条… 第2条… under
  // one another): look for it among the lines the grouped pass left.
  if (grouped) blockLoops(ctx, out, false, chrome);
  lineLoops(ctx, out);
  sentenceLoops(ctx, out);
  return out;
}

function blockLoops(ctx: ScanContext, out: Finding[], grouped: boolean, chrome: Uint8Array): void {
  const { text, paragraphs } = ctx;
  const units = loopUnits(ctx, grouped, chrome);
  const n = units.length;
  const id = Int32Array.from(units, (u) => u.id);
  const cands: Array<{ s: number; e: number; p: number }> = [];
  for (let p = 1; p <= ctx.options.maxLoopPeriod; p++) {
    let i = 0;
    while (i + p < n) {
      if (id[i] !== id[i + p]) {
        i++;
        continue;
      }
      let j = i;
      while (j + p < n && id[j] === id[j + p]) j++;
      // matches at i..j-1: the run covers units i .. j+p-1; three passes at least (two is a repeated block)
      if (j - i >= 2 * p) cands.push({ s: i, e: j + p, p });
      i = j + 1;
    }
  }
  cands.sort((a, b) => b.e - b.s - (a.e - a.s) || a.p - b.p || a.s - b.s);
  const used = new Uint8Array(n);
  // Lines an earlier pass (or the chrome rule) already claimed are not looked at again.
  if (!grouped) for (let k = 0; k < n; k++) if (ctx.claimed[units[k]!.first]) used[k] = 1;
  const unitText = (u: Unit) =>
    normalizedText(text, paragraphs[u.first]!.start, paragraphs[u.last]!.end, true);
  for (const c of cands) {
    let { s, e } = c;
    const { p } = c;
    let passLength = 0;
    for (let k = s; k < s + p; k++) passLength += units[k]!.length;
    if (passLength < MIN_PASS) continue;
    let clash = false;
    for (let k = s; k < e; k++) if (used[k]) clash = true;
    if (clash) continue;
    if (!counterOnly(ctx, units, s, p)) continue;
    // Fuzzy extension: a first pass that differs slightly, a last pass cut short.
    let fuzzy = false;
    while (s > 0 && !used[s - 1] && similarity(unitText(units[s - 1]!), unitText(units[s - 1 + p]!)) >= 0.8) {
      s--;
      fuzzy = true;
    }
    while (e < n && !used[e]) {
      const a = unitText(units[e]!);
      const b = unitText(units[e - p]!);
      if (similarity(a, b) >= 0.8 || (a.length >= 8 && b.startsWith(a))) {
        e++;
        fuzzy = true;
      } else break;
    }
    used.fill(1, s, e);
    const firstPass: [Unit, Unit] = [units[s]!, units[s + p - 1]!];
    const redundant: [Unit, Unit] = [units[s + p]!, units[e - 1]!];
    const passes = (e - s) / p;
    const start = paragraphs[redundant[0].first]!.start;
    const end = paragraphs[redundant[1].last]!.end;
    for (let k = redundant[0].first; k <= redundant[1].last; k++) ctx.claimed[k] = 1;
    const kept = text.slice(paragraphs[firstPass[0].first]!.start, paragraphs[firstPass[1].last]!.end);
    out.push(
      ctx.finding({
        rule: 'repetition-loop',
        confidence: fuzzy ? 0.9 : 0.95,
        start,
        end,
        message: `Repetition loop: a cycle of ${p} block${p > 1 ? 's' : ''} runs ${Number.isInteger(passes) ? passes : passes.toFixed(1)} passes; the first pass ${quote(kept)} is kept and the ${e - s - p} redundant block${e - s - p > 1 ? 's' : ''} after it are the loop`,
        related: [
          {
            start: paragraphs[firstPass[0].first]!.start,
            end: paragraphs[firstPass[1].last]!.end,
            note: 'first pass (kept)',
          },
        ],
        fix: [{ ...ctx.removal(redundant[0].first, redundant[1].last), text: '' }],
      }),
    );
  }
}

/**
 * Whether the first three passes of a period-p run starting at units[s] differ only in a counter
 * stepping evenly (counters.ts): a data series (2022年 1523.6亿元 / 2023年 1618.2亿元) is not a loop.
 * Only the opening passes: once a loop is established, later passes may restart or repeat the counter
 * (a loop nested in a loop) and are copies all the same.
 */
function counterOnly(ctx: ScanContext, units: Unit[], s: number, p: number): boolean {
  const { text, paragraphs } = ctx;
  for (let r = 0; r < p; r++) {
    const passes: string[][] = [];
    for (let q = 0; q < 3; q++) {
      const u = units[s + r + q * p]!;
      passes.push(numeralRuns(text, paragraphs[u.first]!.start, paragraphs[u.last]!.end));
    }
    if (!changesLikeCounter(passes)) return false;
  }
  return true;
}

/** Whether [start, end) lies inside a run of undecoded HTML character references (entities.ts). */
function insideReferences(text: string, start: number, end: number): boolean {
  // The & that opens the reference the loop starts in lies at most 10 code units back (&#x10FFFF;):
  // looked for there only, so a text without references costs nothing per loop.
  let from = start;
  while (from >= 0 && start - from <= 10 && text.charCodeAt(from) !== 0x26) from--;
  if (from < 0 || text.charCodeAt(from) !== 0x26) return false;
  const first = htmlEntities(text.slice(from, Math.min(text.length, end + 10)))[0];
  return first !== undefined && first.start === 0 && first.end + from >= end;
}

/** A unit worth calling a loop inside a line: not digits or punctuation alone. */
function hasContent(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/** Whether [start, end) is one Latin-script word with the space beside it (" go", "no "). */
function oneLatinWord(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLatinLetter(c) || c === 0x27 || c === 0x2019) letters++;
    else if (c !== 0x20 || (k !== start && k !== end - 1)) return false;
  }
  return letters > 0;
}

function lineLoops(ctx: ScanContext, out: Finding[]): void {
  const { text } = ctx;
  for (const t of tandems(ctx)) {
    const loop = (t.unit === 1 && t.copies >= 10) || (t.unit >= 2 && t.copies >= 3 && t.unit * t.copies >= 6);
    if (!loop || !hasContent(text, t.start, t.start + t.unit)) continue;
    // 烫烫烫 and 锟斤拷 are mojibake, not loops.
    const c = text.charCodeAt(t.start);
    if (t.unit <= 3 && (c === 0x70eb || c === 0x5c6f || c === 0x951f)) continue;
    const firstEnd = t.start + t.unit;
    const end = t.start + t.unit * t.copies;
    // So are character references written in a row (&nbsp;&nbsp;&nbsp;&nbsp;, an indent): mojibake
    // decodes every one of them, and removing copies would change the text it stands for.
    if (insideReferences(text, t.start, end)) continue;
    // A short chant (Fix it! Fix it! Fix it!) is speech, not a loop: a note unless it goes on and on.
    const last = text.charCodeAt(firstEnd - 1 - (text.charCodeAt(firstEnd - 1) === 0x20 ? 1 : 0));
    // So is one English word said a few times (go go go, no no no, very very very).
    // Laughter and drums (哈哈哈…, hahaha…, 咚咚咚…) and short counted chants (一二一，一二一，…) are
    // sound, not a loop: a note unless they run on far longer than anyone writes them.
    const unitText = text.slice(t.start, firstEnd);
    const content = unitText.replace(/[^\p{L}\p{N}]/gu, '');
    const sound = t.copies < 30 && (t.unit === 1 || /^[a-z]{2}$/i.test(unitText));
    const counted = t.copies < 6 && content.length <= 3 && content.length < unitText.length;
    const chant =
      sound ||
      counted ||
      (t.copies < 6 &&
        (last === 0x21 ||
          last === 0xff01 ||
          last === 0x3f ||
          last === 0xff1f ||
          oneLatinWord(text, t.start, firstEnd)));
    out.push(
      ctx.finding({
        rule: 'repetition-loop',
        info: chant,
        confidence: chant ? 0.4 : 0.9,
        start: firstEnd,
        end,
        message: `Repetition loop: ${quote(text.slice(t.start, firstEnd), 16)} is written ${t.copies} times in a row (period ${t.unit}); the first is kept`,
        related: [{ start: t.start, end: firstEnd, note: 'first pass (kept)' }],
        fix: [{ start: firstEnd, end, text: '' }],
      }),
    );
  }
}

/** A sentence written three or more times in a row, too long for the tandem search of lineLoops. */
function sentenceLoops(ctx: ScanContext, out: Finding[]): void {
  const { paragraphs } = ctx;
  const found = out.length;
  for (const r of sentenceRuns(ctx)) {
    const ss = paragraphs[r.paragraph]!.sentences;
    const first = ss[r.first]!;
    const start = first.end;
    const end = ss[r.first + r.copies - 1]!.end;
    // lineLoops already reported a short sentence as a tandem repeat.
    let seen = false;
    for (let k = 0; k < found && !seen; k++) seen = out[k]!.start < end && start < out[k]!.end;
    if (seen) continue;
    out.push(
      ctx.finding({
        rule: 'repetition-loop',
        confidence: 0.9,
        start: ss[r.first + 1]!.start,
        end,
        message: `Repetition loop: the sentence ${quote(first.text, 16)} is written ${r.copies} times in a row; the first is kept`,
        related: [{ start: first.start, end: first.end, note: 'first pass (kept)' }],
        fix: [{ start, end, text: '' }],
      }),
    );
  }
}
