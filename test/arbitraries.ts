// fast-check arbitraries shared by the property tests.
import fc from 'fast-check';

// Text built from the pieces that matter to the parser: CJK, Latin, digits, punctuation of both
// widths, closers, every kind of line break and whitespace, surrogate pairs and lone halves.
const pieces = [
  '发展',
  '支点',
  '。',
  '！',
  '？',
  '；',
  '……',
  '”',
  '）',
  '“',
  ',',
  '，',
  '.',
  '!',
  '?',
  ';',
  '5.5%',
  'Mr.',
  ' ',
  '\u3000',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  'Word',
  'the',
  '𠀀',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\uFEFF',
];
export const docText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
export const anyText = fc.oneof(
  docText,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
