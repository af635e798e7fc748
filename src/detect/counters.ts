// Counters of a repetition loop. A scraped loop copies its blocks with only a counter changed
// (关键词十四 → 十五, 第2条 → 第3条, 1月1日 → 1月2日), stepping evenly from pass to pass. A data series
// (2022年 1523.6亿元 / 2023年 1618.2亿元 …) repeats its wording too, but more than one number changes
// per line, or a value changes unevenly: not a loop. Matching only (masked keys found the candidates).

import { FOLD, NUMERAL, romanCounterAt, romanStart } from './keys.js';

/** The runs of numerals (folded: full-width digits as ASCII) in text[start, end). */
export function numeralRuns(text: string, start: number, end: number): string[] {
  const runs: string[] = [];
  let run = '';
  let roman = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] as number;
    if (f === 0) continue;
    if (i >= roman && romanStart(c)) roman = i + romanCounterAt(text, i, end);
    if (i < roman) run += String.fromCharCode(c);
    else if (NUMERAL[f] === 1) run += String.fromCharCode(f);
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 1e8 };

/** The value of a numeral run: Arabic digits, Chinese numerals (二十五), or one enumerator (⑤ Ⅲ). NaN if unknown. */
export function numeralValue(run: string): number {
  if (/^[0-9]+$/.test(run)) return Number(run);
  if (/^[IVX]+$/.test(run)) return romanValue(run);
  if (run.length === 1 && !(run in DIGIT) && !(run in UNIT)) return run.charCodeAt(0);
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of run) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = UNIT[ch];
    if (u === undefined) return Number.NaN;
    if (u >= 10000) {
      total += (section + digit) * u;
      section = 0;
    } else section += (digit || 1) * u;
    digit = 0;
  }
  return total + section + digit;
}

const ROMAN_DIGIT: Record<string, number> = { I: 1, V: 5, X: 10 };

/** II → 2, IV → 4, XIV → 14 (a run romanCounterAt() accepted). */
function romanValue(run: string): number {
  let total = 0;
  for (let k = 0; k < run.length; k++) {
    const v = ROMAN_DIGIT[run[k] as string] as number;
    const next = ROMAN_DIGIT[run[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Whether the numeral runs of one unit across the passes of a loop (`passes[q]` = runs of pass q) change
 * like a counter: at most one run changes, and it steps by the same non-zero amount every pass.
 * Runs that cannot be read as numbers do not count against the loop.
 */
export function changesLikeCounter(passes: string[][]): boolean {
  const first = passes[0];
  if (!first || passes.length < 3) return true;
  let changing = 0;
  for (let r = 0; r < first.length; r++) {
    if (passes.every((runs) => runs[r] === first[r])) continue;
    changing++;
    if (changing > 1) return false;
    const values = passes.map((runs) => numeralValue(runs[r] ?? ''));
    if (values.some((v) => Number.isNaN(v))) continue;
    const step = (values[1] as number) - (values[0] as number);
    for (let q = 2; q < values.length; q++)
      if ((values[q] as number) - (values[q - 1] as number) !== step) return false;
  }
  return true;
}
