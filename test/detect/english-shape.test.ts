// English shapes at a break (junction-shape.ts): a rest that opens on a dash and a lower-case word (the
// sentence was cut before its aside), and a head that ends on a number written as a word of its own.
// Text adapted from the 2021 address (public domain).
import { describe, expect, it } from 'vitest';
import { dashLowerStart, latinNumberWord } from '../../src/detect/junction-shape.js';
import { found } from './helpers.js';

const para = (text: string) => ({ start: 0, end: text.length });

describe('dashLowerStart', () => {
  it.each([
    ['– as they have throughout our history.', true],
    ['—we are right to do so.', true],
    ['– Black, white, Latino, Asian American.', false], // a list item set with dashes
    ['as they have throughout our history.', false], // no dash (lowerLatinStart's case)
    ['– ', false],
    ['- as they have', false], // a hyphen-minus is a list bullet in plain text
  ])('%s → %s', (text, expected) => {
    expect(dashLowerStart(text, para(text))).toBe(expected);
  });
});

const A = 'Our nation was built by people who came here from every corner of the world to start a new life.';
const B = 'We are not a nation that turns away those who come to build a better life, and we never will be.';
const C = 'Congress should pass the bill this year, so that families are no longer torn apart at the border.';
const D = 'The first responders I met last week told me what it is like to work through a crisis like this.';

describe('a rest that opens on a dash', () => {
  it.each([
    [
      'Immigrants have done so much for America during the pandemic',
      '– as they have throughout our history.',
      1,
    ],
    // a capital after the dash: a list item may open that way
    [
      'Here is who we stand with tonight, and who stands with us in this fight',
      '– Black, white and Latino.',
      0,
    ],
  ])('%s | %s: %i joined', (head, rest, joins) => {
    const text = [A, B, head, rest, C, D].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(joins);
  });
});

describe('latinNumberWord', () => {
  it.each([
    ['pharmacies and over 700', true],
    ['a tax cut of $2,000.50', false], // a currency sign before the digits: no bare number word
    ['more than 1,000', true],
    ['经济增长5', false], // Chinese runs numbers into the text
    ['增长 5', false], // a space, but no Latin word before it
    ['700', false],
  ])('%s → %s', (text, expected) => {
    expect(latinNumberWord(text, para(text))).toBe(expected);
  });

  it('takes no number opening the next paragraph for the rest of an English number', () => {
    const head = 'We have gotten the vaccine to nearly 40,000 pharmacies and over 700';
    const text = [A, B, head, '100 days later, nearly 70% of seniors are fully protected.', C, D].join(
      '\n\n',
    );
    expect(found(text, 'split-paragraph')).toEqual([]);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});
