import { describe, expect, it } from 'vitest';
import { BREAKS, isBreak } from '../../src/align/tokens.js';

// The token level backs a shared head or tail off to a break through a table (BREAKS), read inline in
// place of a call to isBreak per character: the two must agree on every UTF-16 code unit.
describe('BREAKS', () => {
  it('holds isBreak of every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if ((BREAKS[c] === 1) !== isBreak(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
