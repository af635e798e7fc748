// Subject openings: a paragraph whose first words are a short noun phrase and then 是, 要 or 必须
// (非公有制经济是…, 稳健的货币政策要…, 就业优先政策要继续强化) opens a sentence with its subject: it is
// no object or second half of a sentence cut before it.

import { isHan } from '../text/chars.js';

/** The fewest and most ideographs of the subject before the predicate word. */
const SUBJECT_MIN = 2;
const SUBJECT_MAX = 8;
/** Words that end in 是 or 要 but are no predicate of a subject (但是, 主要, 重要…). */
const NOT_PREDICATE = new Set([
  '于是',
  '但是',
  '要是',
  '或是',
  '凡是',
  '若是',
  '可是',
  '只是',
  '主要',
  '重要',
  '需要',
  '只要',
  '纲要',
  '首要',
  '必要',
  '提要',
  '概要',
  '不要',
]);

/** Whether [start, end) opens with SUBJECT_MIN–SUBJECT_MAX ideographs and then 是, 要 or 必须. */
export function subjectOpening(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + SUBJECT_MAX + 2);
  for (let k = start; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (!isHan(c)) return false;
    if (k - start < SUBJECT_MIN) continue;
    const must = c === 0x5fc5 && text.charCodeAt(k + 1) === 0x987b; // 必须
    if (c !== 0x662f && c !== 0x8981 && !must) continue; // 是 要
    const word = text.slice(k - 1, k + 1);
    const next = text.slice(k, k + 2);
    if (!NOT_PREDICATE.has(word) && !NOT_PREDICATE.has(next)) return true;
  }
  return false;
}
