// wordAcross and wordBoundariesAt: word boundaries from the platform's segmenter.
import { describe, expect, it } from 'vitest';
import { wordAcross, wordBoundariesAt } from '../../src/detect/words.js';

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

describe('wordBoundariesAt', () => {
  const at = (text: string, piece: string, offsets: number[]) => {
    const k = text.indexOf(piece);
    return wordBoundariesAt(
      text,
      offsets.map((o) => k + o),
    );
  };
  it('sees whole doubled words', () => {
    expect(at('加快推动加强加强新型城镇化建设', '加强加强', [0, 2, 4])).toBe(true);
  });
  it('sees a parallel that starts inside the word before it', () => {
    expect(at('推进水污染防治共治共保', '治共治共', [0, 2, 4])).toBe(false);
  });
});
