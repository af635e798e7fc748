import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineView } from '../../src/format/lines.js';
import { isSpace } from '../../src/text/chars.js';
import { parseDocument } from '../../src/text/document.js';
import { anyText } from '../arbitraries.js';

const visible = (s: string) => [...s].filter((ch) => !isSpace(ch.charCodeAt(0))).join('');

describe('lineView', () => {
  it.each([
    [
      'one sentence per line, blank line between paragraphs',
      '甲。乙！\n丙？\n',
      'sentence',
      '甲。\n乙！\n\n丙？\n',
    ],
    ['one paragraph per line', '甲。乙！\n\n丙？', 'paragraph', '甲。乙！\n丙？\n'],
    [
      'indentation and trailing spaces dropped',
      '\u3000\u3000甲。  \r\n\u3000\u3000乙。\r\n',
      'paragraph',
      '甲。\n乙。\n',
    ],
    [
      'hard-wrapped English joins with a space',
      'The government will keep the economy on a\nsteady course and expand domestic demand\nwhile it pursues reform. And opening up\nin every sector of the economy this year.\n\nNew.',
      'sentence',
      'The government will keep the economy on a steady course and expand domestic demand while it pursues reform.\nAnd opening up in every sector of the economy this year.\n\nNew.\n',
    ],
    [
      'hard-wrapped CJK joins without a space',
      'The plan keeps the goal of steady 高质量\n发展 and adds the older goal from the last\nplan, the “双循环” strategy, which is set\nto stay in place for years to come, as\nthe report says.\n\nNew.',
      'paragraph',
      'The plan keeps the goal of steady 高质量发展 and adds the older goal from the last plan, the “双循环” strategy, which is set to stay in place for years to come, as the report says.\nNew.\n',
    ],
    ['empty and blank text', ' \n\u3000\n', 'sentence', ''],
  ] as const)('%s', (_name, text, unit, expected) => {
    expect(lineView(text, unit)).toBe(expected);
  });

  it('keeps every visible character in order and gives each unit one line', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('sentence' as const, 'paragraph' as const), (text, unit) => {
        const view = lineView(text, unit);
        const doc = parseDocument(text);
        const units = unit === 'sentence' ? doc.sentences : doc.paragraphs;
        expect(visible(view)).toBe(units.map((u) => visible(text.slice(u.start, u.end))).join(''));
        expect(view.split('\n').filter((l) => l !== '').length).toBe(units.length);
        expect(view === '' || view.endsWith('\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
