// Numbered sections after a cut. A paragraph that opens with the second or a later number of a list of
// sections — （二）, 三、, 第四章, 5. — starts a new block, unless the paragraph before it holds the
// number just below in the same form (a list running through one paragraph, cut before its next item:
// …：（一）加强…； | （二）完善…). So a head that stops on a comma before such a paragraph (…实施区域发展总
// 体战略， | （二）强化农业农村发展基础，推动城乡发展一体化。) lost its rest: it is truncated, not split.

import { numeralValue } from './counters.js';

const NUMERAL = '[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}';
/** The enumerator opening a paragraph, in its four forms: in brackets, before 、 or a full stop, 第…章. */
const OPENING = new RegExp(
  `^\\s*(?:[(（](${NUMERAL})[)）]|(${NUMERAL})(?:、|[.．](?![0-9０-９]))|第(${NUMERAL})([章节条部分]))`,
);

/** The enumerator text of number k in the form of match m (（二） → （一）, 三、 → 二、, 第四章 → 第三章). */
function sameFormAs(m: RegExpExecArray, k: number): string[] {
  const digits = /[0-9０-９]/.test(m[1] ?? m[2] ?? m[3] ?? '');
  const n = digits ? String(k) : chinese(k);
  if (m[1] !== undefined) return [`（${n}）`, `(${n})`];
  if (m[2] !== undefined) return [`${n}、`, `${n}.`, `${n}．`];
  return [`第${n}${m[4]}`];
}

/** 1–99 in Chinese numerals (一, 十, 十二, 二十, 二十五). */
function chinese(k: number): string {
  const d = '零一二三四五六七八九';
  if (k < 10) return d[k] as string;
  const tens = Math.floor(k / 10);
  return `${tens === 1 ? '' : d[tens]}十${k % 10 === 0 ? '' : d[k % 10]}`;
}

/**
 * Whether text[tStart…] opens with the second or a later number of a list of sections whose number
 * before it the head text[pStart, pEnd) does not hold.
 */
export function opensLaterSection(text: string, pStart: number, pEnd: number, tStart: number): boolean {
  const m = OPENING.exec(text.slice(tStart, tStart + 12));
  if (!m) return false;
  const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[０-９]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const k = numeralValue(raw);
  if (!(k >= 2 && k <= 99)) return false;
  const head = text.slice(pStart, pEnd);
  return !sameFormAs(m, k - 1).some((e) => head.includes(e));
}
