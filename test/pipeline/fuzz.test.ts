// One property over the whole public API on hostile text: CJK and Latin, every line-break kind, lone
// surrogates, NUL, BOM, mojibake, chrome lines, loop counters. Nothing throws, cleaning is lossless,
// a diff always applies, every format renders, every patch applies (in each line mode), the corpus
// index accepts it.
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignVersions,
  applyChanges,
  CorpusIndex,
  clean,
  diff,
  formatChanges,
  invertChanges,
  lineView,
  parseDocument,
  scan,
} from '../../src/index.js';

const pieces = [
  '发展',
  '。',
  '，',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '“',
  '”',
  '（',
  '）',
  'a',
  'The ',
  '.',
  '5.5%',
  '\uD800',
  '\uDC00',
  '😀',
  '\u0000',
  '\uFEFF',
  '锟斤拷',
  '浣犲ソ',
  '宣讲',
  '关键词十四:',
  '【字体: 大 中 小】',
  '(上接第1版)',
  '\u3000\u3000',
];
const hostile = fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((a) => a.join(''));

describe('the public API on hostile text', () => {
  it('never throws, cleans losslessly, and diffs that apply', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        for (const s of parseDocument(a).sentences) s.tokens();
        const findings = scan(a);
        for (const f of findings) expect(a.slice(f.start, f.end)).toBe(f.actual);
        const cleaned = clean(a);
        expect(applyChanges(a, cleaned.changes)).toBe(cleaned.text);
        expect(applyChanges(cleaned.text, invertChanges(cleaned.changes))).toBe(a);
        const cs = diff(a, b);
        expect(applyChanges(a, cs)).toBe(b);
        for (const format of ['patch', 'critic', 'ansi', 'html', 'json'] as const) {
          expect(typeof formatChanges(a, cs, format)).toBe('string');
        }
        for (const lines of ['source', 'sentence', 'paragraph'] as const) {
          const [from, to] = lines === 'source' ? [a, b] : [lineView(a, lines), lineView(b, lines)];
          const patch = formatChanges(a, cs, 'patch', { lines });
          expect(patch === '' ? from : applyPatch(from, patch)).toBe(to);
        }
        const versions = alignVersions([a, b, a]);
        expect(versions.alignments).toHaveLength(2);
        for (const l of versions.lineages) {
          expect(l.first).toBeGreaterThanOrEqual(0);
          expect(l.first).toBeLessThan(3);
          if (l.dropped !== undefined) expect(l.dropped).toBeGreaterThan(l.first);
        }
        const index = new CorpusIndex();
        index.add('a', a);
        index.add('b', b);
        index.clusters();
        index.repeatedSpans({ minLength: 5 });
      }),
      { numRuns: 150 },
    );
  });
});
