import { describe, expect, it } from 'vitest';
import { BREAKS } from '../../src/align/tokens.js';

// The token level backs a shared head or tail off to a break (whitespace or punctuation) through a table
// read inline (BREAKS): each kind of break is in it, and letters, digits and ideographs are not.
describe('BREAKS', () => {
  it.each([
    [' ', 1],
    ['\t', 1],
    ['\u3000', 1], // ideographic space
    ['\u00a0', 1], // no-break space
    [',', 1],
    ['.', 1],
    ['@', 1],
    ['~', 1],
    ['—', 1],
    ['…', 1],
    ['“', 1],
    ['，', 1],
    ['。', 1],
    ['、', 1],
    ['《', 1],
    ['！', 1],
    ['：', 1],
    ['a', 0],
    ['Z', 0],
    ['7', 0],
    ['é', 0],
    ['中', 0],
    ['あ', 0],
    ['０', 0], // full-width digit
    ['Ａ', 0], // full-width letter
  ])('%s → %i', (ch, want) => {
    expect(BREAKS[ch.charCodeAt(0)]).toBe(want);
  });
});
