import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace } from '../../src/text/chars.js';
import { paragraphOffsets, splitParagraphs } from '../../src/text/paragraphs.js';

/** Reference: every non-blank line, trimmed, is a paragraph (the 'line' and 'blank-line' conventions). */
function reference(text: string) {
  const out: { start: number; end: number; breakBefore: string }[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let blank = false;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) blank = true;
    else {
      out.push({ start: s, end: e, breakBefore: out.length === 0 ? 'start' : blank ? 'blank' : 'line' });
      blank = false;
    }
    if (!m) return out;
    start = m.index + m[0].length;
  }
}

describe('splitParagraphs', () => {
  const piece = fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\u3000', '\t', 'a', '中', '。');
  const text = fc.array(piece, { maxLength: 60 }).map((x) => x.join(''));

  it.each(['line', 'blank-line'] as const)('%s: every non-blank line, trimmed, with its break', (conv) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitParagraphs(t, conv).paragraphs).toEqual(reference(t));
      }),
    );
  });

  it('paragraphOffsets holds the same spans as splitParagraphs (auto and wrapped)', () => {
    const wide = fc.constantFrom('\n', '\n\n', 'x'.repeat(40), `${'中'.repeat(35)}。`, '中'.repeat(33));
    fc.assert(
      fc.property(
        fc.array(wide, { maxLength: 30 }).map((x) => x.join('')),
        (t) => {
          for (const conv of ['auto', 'wrapped'] as const) {
            const { convention, paragraphs } = splitParagraphs(t, conv);
            const p = paragraphOffsets(t, conv);
            expect(p.convention).toBe(convention);
            expect(p.count).toBe(paragraphs.length);
            paragraphs.forEach((q, k) => {
              expect([p.starts[k], p.ends[k]]).toEqual([q.start, q.end]);
            });
          }
        },
      ),
    );
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const line = '这是一段被硬换行的文字，每行的宽度都差不多，而且都在句子中间断开';
    const t = `${line}\n${line}\n${line}\n${line}。\n\n${line}\n${line}\n${line}。`;
    const { convention, paragraphs } = splitParagraphs(t);
    expect(convention).toBe('wrapped');
    expect(paragraphs.map((p) => t.slice(p.start, p.end).split('\n').length)).toEqual([4, 3]);
  });
});
