// A word cut in two by a break (latin-words.ts): which pieces begin a word of the text.
import { describe, expect, it } from 'vitest';
import { ScanContext } from '../../src/detect/context.js';
import { latinWordCut, latinWordStart } from '../../src/detect/latin-words.js';
import { resolveOptions } from '../../src/detect/options.js';

const WORDS =
  'In January 1941, President Franklin Roosevelt spoke to the nation about the fundamental freedoms. ' +
  'Our annual report is ready. The UAW workers expanded the plant. Ann spoke for the union.';

describe('latinWordStart', () => {
  it.each([
    ['funda', true], // begins fundamental, no word itself
    ['Frankli', true], // a long capitalized piece of a name the text writes whole
    ['Presid', true],
    ['Fra', false], // too short a capitalized piece to say which word it begins
    ['UA', false], // an acronym's piece
    ['expand', false], // the text inflects it (expanded): a word, not a piece
    ['Roosevelt', false], // a whole word
    ['Annu', true],
    ['a', false],
  ])('%s → %s', (piece, expected) => {
    const text = `${WORDS}\n\nThey said ${piece}`;
    const ctx = new ScanContext(text, resolveOptions({}));
    expect(latinWordStart(ctx, text.length)).toBe(expected);
  });

  it('joins a capitalized piece with the rest that completes it', () => {
    const text = `${WORDS}\n\nIn 1941, Frankli\n\nn Roosevelt spoke.`;
    const ctx = new ScanContext(text, resolveOptions({}));
    const end = text.indexOf('Frankli\n') + 'Frankli'.length;
    expect(latinWordCut(ctx, end, end + 2)).toBe(true);
  });
});
