// wordAcross: a dictionary word spanning a paragraph break, from the platform's segmenter.
import { describe, expect, it } from 'vitest';
import { wordAcross } from '../../src/detect/words.js';

describe('wordAcross', () => {
  it.each([
    ['共建机', '制，推动', '机制'],
    ['依法履职的第', '一年。面对', '第一'],
    ['再开工2', '0项重大', '20'],
  ])('finds the word across %s|%s', (left, right, word) => {
    expect(wordAcross(left, right)).toBe(word);
  });
  it.each([
    ['推动高质量发展。', '我们要坚持'],
    ['国家领导人出访多国，', '各位代表！'],
    ['加快建设', '现代化产业体系'],
    ['', '前列'],
  ])('finds none across %s|%s', (left, right) => {
    expect(wordAcross(left, right)).toBeUndefined();
  });
});
