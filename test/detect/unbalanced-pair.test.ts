import { describe, expect, it } from 'vitest';
import { cleaned, found, PROSE } from './helpers.js';

describe('unbalanced-pair', () => {
  it.each([
    ['a closer without opener', '激励市直机关举办“链先锋”兴产业”活动。', '”', 16],
    ['an opener without closer', '社会企业矩阵，“优发展生态，夯筑园区保障。', '“', 7],
    ['an unclosed book title', '认真学习《政府工作报告精神。', '《', 4],
    ['an unclosed bracket', '全年增长5.2%（按可比价格计算。', '（', 8],
    ['a stray ASCII closer', 'The plan works) and we go on.', ')', 14],
    ['a section number that lost its opener', '三）大力发展社会事业，促进经济社会协调发展。', '）', 1],
  ])('finds %s', (_n, text, ch, at) => {
    const f = found(text, 'unbalanced-pair');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(ch);
    expect(f[0]!.start).toBe(at);
    expect(cleaned(text)).toBe(text); // reported, never edited
  });

  it.each([
    ['balanced nesting', '他说：“要学习《决定》（全文）的精神，‘稳中求进’。”'],
    ['a quotation over several paragraphs', '他说：“第一段话。\n\n“第二段话。\n\n“第三段话。”'],
    ['list markers', '1) 第一项\n2) 第二项\na) 英文项\n３）全角项'],
    ['mixed-width brackets', '全年增长5.2%（按可比价格计算)。'],
    ['ordinary prose', PROSE.join('\n\n')],
    ['English', 'He said, “It is time.” (Applause.)'],
  ])('finds nothing in %s', (_n, text) => {
    expect(found(text, 'unbalanced-pair')).toEqual([]);
  });
});
