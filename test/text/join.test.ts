import { describe, expect, it } from 'vitest';
import { joiner } from '../../src/text/join.js';

/** The glue joiner() puts where `left|right` meet. */
const glue = (left: string, right: string) => joiner(left + right, left.length, left.length);

describe('joiner', () => {
  it.each([
    ['two ideographs', '共建机', '制', ''],
    ['two Latin words', 'on the', 'table', ' '],
    ['a Latin word and a number', 'proposals in', '2024 and', ' '],
    ['a Latin comma and a word', 'roads,', 'schools', ' '],
    ['two numbers in English text', 'voted 12', '30 against', ' '],
    // A number cut inside its digits: a thousands group or decimals left incomplete, or Chinese around it.
    ['a thousands group cut short', '完成2,0', '00亿元', ''],
    ['decimals cut', 'grew 12.', '5 percent', ''],
    ['digits in Chinese text', '重点项目12', '3个', ''],
    ['digits before an ideograph', '全年共计', '2024年', ''],
  ])('joins %s with %j', (_n, left, right, expected) => {
    expect(glue(left, right)).toBe(expected);
  });
});
