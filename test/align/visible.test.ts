import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleTotal } from '../../src/align/align.js';
import { Outline } from '../../src/align/paragraphs.js';

// overallSimilarity weighs by non-whitespace characters and counts them per paragraph (align.ts):
// exact only if paragraphs hold every non-whitespace character, whatever the line breaks and spaces.
const WHITESPACE = /[\s\u0085\u200b-\u200d\u2060]/g;
const pieces = [
  '发展',
  '。',
  'GDP',
  ' ',
  '\u3000',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u200b',
  '\ufeff',
  '\u00a0',
  '\v',
  '\f',
  '\u0000',
  '\u200e',
  '\ud83d\ude00',
  '\ud800',
  '”',
];

describe('visibleTotal', () => {
  it('equals the non-whitespace characters of the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (xs) => {
        const text = xs.join('');
        expect(visibleTotal(new Outline(text))).toBe(text.replace(WHITESPACE, '').length);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', 0],
    ['\n \u3000\n', 0],
    ['\ufeff各位代表：\r\n\r\n  现在 , 我代表 国务院', 14],
  ])('%j has %i visible characters', (text, n) => {
    expect(visibleTotal(new Outline(text))).toBe(n);
  });
});
