import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from '../../src/index.js';
import { maskedKey, normalizeRange } from '../../src/text/normalize.js';

describe('normalize (matching only)', () => {
  it.each<[string, string, string]>([
    ['NFKC + full-width folding', 'ＡＢＣ１２３', 'abc123'],
    ['whitespace removal', '全会 指出\u3000当前\n武汉', '全会指出当前武汉'],
    ['punctuation folding across widths', '发展，开放。“好”！', '发展,开放."好"!'],
    ['half-width punctuation folds the same', '发展,开放."好"!', '发展,开放."好"!'],
    ['brackets', '（一）【编辑】《报告》', '(一)(编辑)<报告>'],
    ['Latin case', 'Hello World', 'helloworld'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('masks counters and numerals so loop passes share a key', () => {
    expect(maskedKey('关键词十四:辐射带动作用不断增强')).toBe(maskedKey('关键词二十:辐射带动作用不断增强'));
    expect(maskedKey('（3）推进改革')).toBe(maskedKey('（12）推进改革'));
    expect(maskedKey('第二章')).toBe(maskedKey('第九十九章'));
    expect(maskedKey('1、增长5.5%')).toBe(maskedKey('2、增长6%'));
    expect(maskedKey('关键词十四:辐射')).not.toBe(maskedKey('关键词十四:文化'));
  });

  it('options: keep whitespace, remove punctuation, no case folding', () => {
    expect(normalize('A b，c', { whitespace: 'collapse', punctuation: 'remove', lowercase: false })).toBe(
      'A bc',
    );
    expect(normalize('a  b', { whitespace: 'keep' })).toBe('a  b');
  });

  it('maps every normalized unit back to the original character it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (text, mask) => {
        const n = normalizeWithMap(text, 0, text.length, { maskNumbers: mask });
        expect(n.starts.length).toBe(n.text.length);
        let prev = 0;
        for (let i = 0; i < n.text.length; i++) {
          const s = n.starts[i] as number;
          const e = n.ends[i] as number;
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          prev = s;
        }
      }),
    );
  });

  it('maps a range of the original, not the whole string', () => {
    const text = '前言。全会指出，当前武汉。';
    const n = normalizeWithMap(text, 3, 12);
    expect(n.text).toBe('全会指出,当前武汉');
    expect(text.slice(n.starts[0], n.ends[n.text.length - 1])).toBe('全会指出，当前武汉');
  });

  it('normalizeRange (no offset map) gives the text of normalizeWithMap for every option and range', () => {
    // Units that exercise every branch: table hits, spaces, dropped and multi-unit forms, surrogate
    // pairs (mapped and not), lone surrogates, numerals.
    const unit = fc.constantFrom(
      'a',
      'Ｂ',
      '中',
      '，',
      '。',
      ' ',
      '\u3000',
      '\n',
      '㈱',
      'ﷺ',
      '𝐀',
      '😀',
      '\ud800',
      '\udc00',
      '十',
      '3',
      '.',
      '½',
    );
    const text = fc.array(unit, { maxLength: 40 }).map((x) => x.join(''));
    const options = fc.record({
      nfkc: fc.boolean(),
      lowercase: fc.boolean(),
      whitespace: fc.constantFrom('remove', 'collapse', 'keep'),
      punctuation: fc.constantFrom('fold', 'remove', 'keep'),
      maskNumbers: fc.boolean(),
    } as const);
    fc.assert(
      fc.property(text, options, fc.nat(50), fc.nat(50), fc.boolean(), (t, o, x, y, freeze) => {
        const [s, e] = x <= y ? [x, y] : [y, x];
        const opts = freeze ? Object.freeze({ ...o }) : o;
        expect(normalizeRange(t, s, e, opts)).toBe(normalizeWithMap(t, s, e, o).text);
        expect(normalizeRange(t, 0, t.length, opts)).toBe(normalizeWithMap(t, 0, t.length, o).text);
      }),
      { numRuns: 500 },
    );
  });

  it('CJK unified ideographs (U+4E00–U+9FFF) are their own form: no NFKC mapping, no case, no punctuation', () => {
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') !== ch || ch.toLowerCase() !== ch || /[\p{P}\p{S}]/u.test(ch))
        expect.fail(`U+${c.toString(16)} is not its own form`);
    }
  });
});
