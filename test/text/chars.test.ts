import { describe, expect, it } from 'vitest';
import { HAS_HAN, isCJK, isHan } from '../../src/text/chars.js';

// isHan is the one ideograph test of the detectors (junction rules, doubled-phrase, repeated-block,
// boilerplate); HAS_HAN is the same ranges for a whole string; isCJK adds the scripts without spaces.
describe('isHan / HAS_HAN / isCJK', () => {
  const rows: Array<[string, boolean, boolean]> = [
    // character, Han, CJK
    ['中', true, true],
    ['㐀', true, true], // extension A, first
    ['䶿', true, true], // extension A, last
    ['鿿', true, true], // unified block, last
    ['豈', true, true], // compatibility ideograph F900
    ['䷀', false, false], // hexagram 4DC0: between extension A and the unified block
    ['あ', false, true], // kana
    ['한', false, true], // hangul
    ['〇', false, true],
    ['，', false, false],
    ['a', false, false],
    ['1', false, false],
  ];
  it.each(rows)('%s', (ch, han, cjk) => {
    const c = ch.charCodeAt(0);
    expect(isHan(c)).toBe(han);
    expect(HAS_HAN.test(`ab${ch}cd`)).toBe(han);
    expect(isCJK(c)).toBe(cjk);
  });
});
