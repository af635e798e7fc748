import { describe, expect, it } from 'vitest';
import { simplifiedOf, toSimplified } from '../../src/text/traditional.js';

describe('toSimplified', () => {
  it.each([
    ['經濟發展', '经济发展'],
    ['首頁 > 新聞 > 兩岸', '首页 > 新闻 > 两岸'],
    ['責任編輯：林淑媛', '责任编辑：林淑媛'],
    ['上一則：兩會開幕', '上一则：两会开幕'],
    ['綜合素質和全社會的文明程度', '综合素质和全社会的文明程度'],
  ])('folds %s', (t, s) => {
    expect(toSimplified(t)).toBe(s);
    expect(toSimplified(t)).toHaveLength(t.length);
  });

  it.each([
    ['simplified text', '全面建设社会主义现代化国家'],
    ['a character both scripts write', '著作权'],
    ['Latin text', 'Report on the Work of the Government'],
    ['a supplementary-plane character', '𠀋𡈽'],
  ])('leaves %s as it is', (_n, s) => {
    expect(toSimplified(s)).toBe(s);
  });

  it('maps one character at a time', () => {
    expect(simplifiedOf('國'.charCodeAt(0))).toBe('国'.charCodeAt(0));
    expect(simplifiedOf('国'.charCodeAt(0))).toBe(-1);
    expect(simplifiedOf('a'.charCodeAt(0))).toBe(-1);
  });
});
