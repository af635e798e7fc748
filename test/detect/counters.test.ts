import { describe, expect, it } from 'vitest';
import { changesLikeCounter, numeralRuns, numeralValue } from '../../src/detect/counters.js';

describe('loop counters', () => {
  it.each([
    ['12', 12],
    ['１２', Number.NaN], // runs are folded first: numeralRuns gives '12'
    ['七', 7],
    ['十', 10],
    ['十四', 14],
    ['二十五', 25],
    ['一百零三', 103],
    ['两千', 2000],
    ['三万五千', 35000],
    ['⑤', '⑤'.charCodeAt(0)],
    ['IV', 4],
    ['XIV', 14],
    ['XXXIX', 39],
  ])('reads %s', (run, value) => {
    expect(numeralValue(run)).toBe(value);
  });

  it.each([
    ['Part II: and Chapter XIV.', ['II', 'XIV']],
    ['Part I: Highlights', ['I']],
    ['I think I can', []],
    ['World War II ended', ['II']],
    ['VIVID MIX and XIIth', []],
  ])('takes whole capital Roman numerals as runs: %s', (text, runs) => {
    expect(numeralRuns(text, 0, text.length)).toEqual(runs);
  });

  it('folds full-width digits into runs', () => {
    expect(numeralRuns('第１２条，共3项', 0, 9)).toEqual(['12', '3']);
  });

  it.each([
    [
      'a counter stepping by one',
      [
        ['1', '3'],
        ['2', '3'],
        ['3', '3'],
      ],
      true,
    ],
    ['a counter stepping by two', [['十四'], ['十六'], ['十八']], true],
    ['nothing changing', [['3'], ['3'], ['3']], true],
    [
      'two numbers changing',
      [
        ['2022', '1523'],
        ['2023', '1618'],
        ['2024', '1702'],
      ],
      false,
    ],
    ['a value changing unevenly', [['1523'], ['1618'], ['1702']], false],
  ])('%s', (_n, passes, expected) => {
    expect(changesLikeCounter(passes)).toBe(expected);
  });
});
