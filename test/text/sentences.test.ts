import { describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/text/chars.js';
import { splitSentences, TERMINAL } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  it('finds candidates with a regular expression that accepts exactly what isTerminal does', () => {
    const re = new RegExp(TERMINAL.source);
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c)) !== isTerminal(c)) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('splits only inside the given range', () => {
    const text = '前文。甲句。乙句！丙句后文。';
    const spans = splitSentences(text, 3, 11);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['甲句。', '乙句！', '丙句']);
  });
});
