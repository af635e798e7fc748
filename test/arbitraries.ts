// fast-check arbitraries shared by the property tests.
import fc from 'fast-check';
import { fixture, SEEDS } from './helpers.js';

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

/** Non-blank lines of the seed documents. */
export const seedParagraphs = SEEDS.flatMap((f) =>
  fixture(f)
    .split(/\n+/)
    .filter((p) => p.trim().length > 0),
);

const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '', ' ', '\n\n\n', '\u3000\u3000');

/**
 * Text built from `paragraphs`: each whole or cut at either end (cut anywhere: rests that open
 * mid-word or mid-sentence, heads that stop so), or one of `extras`; doubled around a separator now and
 * then, and glued with odd separators.
 */
function textFrom(paragraphs: readonly string[], extras: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...paragraphs),
    fc.constantFrom(...paragraphs).chain((p) => fc.nat(p.length).map((k) => p.slice(0, k))),
    fc.constantFrom(...paragraphs).chain((p) => fc.nat(p.length).map((k) => p.slice(k))),
    fc.constantFrom(...extras),
  );
  return fc
    .array(fc.tuple(piece, separator, fc.nat(2)), { maxLength: 14 })
    .map((parts) => parts.map(([p, s, twice]) => (twice === 2 ? p + s + p : p) + s).join(''));
}

/** Text from pieces of the seed documents, plus chrome, loop, mojibake and quote pieces. */
export const corpusText = textFrom(seedParagraphs, [
  '宣讲',
  '关键词十四：辐射带动',
  '锟斤拷',
  '\ufffd',
  '\ud800',
  '“',
  '”',
  '（上接第1版）',
  '评论一下',
  'the the',
]);

/** Non-blank lines of the English probe pages (news, a budget, a PDF copy). */
const englishParagraphs = ['english-clean.txt', 'english-news.txt', 'english-pdf.txt', 'english-damaged.txt']
  .flatMap((f) => fixture(`probe/${f}`).split(/\n+/))
  .filter((p) => p.trim().length > 0);

/** English text from the probe pages, plus doubled words, GBK-read punctuation and small words. */
export const englishText = textFrom(englishParagraphs, [
  'the the',
  'Let’s Let’s',
  'CEOs CEOs',
  'That鈥檚',
  'forward鈥攏ot',
  '鈥\ufffd',
  'and',
  'to',
  'their',
]);
