// List numbering at the start of a block: （三） 3. 三、 ③ 第三条 三是. Reports renumber their items
// whenever one is added, dropped or moved (（三）着力扩大国内需求 one year is （二） the next), and a short
// heading is mostly its number: compared with it, a renumbered item looks rewritten and a reordered list
// looks like deletions and insertions. The aligner compares blocks without it; the number itself still
// shows as a token change, since only the comparison key leaves it out.

const HAN = '[一二三四五六七八九十百零〇两]';
const DIGIT = '[0-9０-９]';

/**
 * One marker at the very start (after whitespace), sticky so that it is tried only there:
 * （三） (3) / 三、 三. / 3. 3、 3) but not 3.5 / ①–⑳ / Ⅲ. / 第三条 第三章 第三部分, 第三， / 三是.
 */
const MARKER = new RegExp(
  '\\s*(?:' +
    [
      `[（(]\\s*(?:${HAN}{1,4}|${DIGIT}{1,3})\\s*[）)]`,
      `${HAN}{1,4}\\s*[、．.]`,
      `${DIGIT}{1,3}\\s*(?:[、）)]|[.．](?!${DIGIT}))`,
      '[\\u2460-\\u2473\\u2776-\\u277f]',
      '[\\u2160-\\u216b]\\s*[、．.]',
      `第\\s*(?:${HAN}{1,5}|${DIGIT}{1,4})\\s*(?:条|章|节|款|部分|篇|[，,、：:])`,
      `${HAN}{1,3}是`,
    ].join('|') +
    ')',
  'y',
);

/** Length of the list marker that opens text[start, end) (with the whitespace before it), or 0. */
export function markerLength(text: string, start: number, end: number): number {
  MARKER.lastIndex = start;
  const m = MARKER.exec(text);
  if (!m) return 0;
  const n = m[0].length;
  // A block that is only its number keeps it: nothing else would be left to compare.
  return start + n < end ? n : 0;
}
