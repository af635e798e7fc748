// A date cut in two, or set in brackets, at a paragraph break. A paragraph that opens with a date
// (3月5日， 2024年…) usually starts a new block (junction-shape.ts NEW_BLOCK counts it against a
// join), but not when the head's end shows the date belongs to its sentence: the head stops on the
// month or year the rest's day or month completes (俄罗斯国防部3月 | 1日称…, 2023年 | 10月…), or on an
// opening bracket the date fills (国务院新闻办公室今天（ | 3月14日）举行发布会…). junctions.ts gives the
// penalty back. (A number cut in two, 202 | 3年…, is junctions.ts's number rule: counting it here too
// cost news displaced precision, development rounds 0.868 → 0.865.) News development rounds 101–124
// displaced recall 0.629 → 0.632, precision unchanged; 8 rounds, gov and gov development rounds unchanged.

import { isDigit } from '../text/chars.js';

/** A date at a rest's start, as NEW_BLOCK sees one: digits and a unit of the calendar. */
const DATE_START = /^\d{1,4}\s*([年月日])/;

/** Whether the date that opens [start, …) continues the sentence that stops at `end` (exclusive). */
export function dateRunsOn(text: string, end: number, start: number): boolean {
  const m = DATE_START.exec(text.slice(start, start + 8));
  if (!m || end < 1) return false;
  const last = text.charCodeAt(end - 1);
  // an opening bracket (either width): the date is the bracket's content
  if (last === 0xff08 || last === 0x28) return true;
  // the day after its month, the month after its year, each with its digits
  if (end < 2 || !isDigit(text.charCodeAt(end - 2))) return false;
  const unit = m[1];
  return (last === 0x6708 && unit === '日') || (last === 0x5e74 && unit === '月');
}
