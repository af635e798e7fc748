import { describe, expect, it } from 'vitest';
import { opensLaterSection } from '../../src/detect/numbered-sections.js';
import { scan } from '../../src/index.js';
import { fixture } from '../helpers.js';

const at = (head: string, tail: string) =>
  opensLaterSection(`${head}\n\n${tail}`, 0, head.length, head.length + 2);

describe('numbered sections after a cut', () => {
  it.each([
    [
      '（二） after a head without （一）',
      '要继续深入实施区域发展总体战略，',
      '（二）强化农业农村发展基础。',
      true,
    ],
    ['三、 after a head without 二、', '全面完成全年目标任务，', '三、2024年政府工作任务', true],
    ['第四章 after a head without 第三章', '推动高质量发展，', '第四章 保障措施', true],
    ['(5) in digits', '主要措施如下，', '(5) 加强监管。', true],
    [
      '（二） after a head that holds （一）',
      '主要任务：（一）加强基础设施建设；',
      '（二）完善公共服务。',
      false,
    ],
    ['2、 after a head that holds 1、', '做好三件事：1、稳就业，', '2、保民生。', false],
    ['（一）: the first number', '我们要做好以下工作，', '（一）扩大内需。', false],
    ['a decimal', '增长', '5.2%，好于预期。', false],
    ['an ordinary rest', '国家加大对跨区域重大基础设施建设和', '经济协作的支持。', false],
  ])('%s: %s', (_n, head, tail, expected) => {
    expect(at(head, tail)).toBe(expected);
  });

  // A report in the older layout (2013: body paragraphs indented, section headings not): a rest is
  // unindented too, so the heading read as the rest of a head cut after a comma. Built from the 2024
  // report, indented so, each body paragraph before a section heading cut after its first comma.
  it('takes a comma head before a later section for truncated, not split, in an indented report', () => {
    const section = /^\s*[（(][一二三四五六七八九十]+[)）]|^[一二三四五六七八九十]+、/;
    const paragraphs = fixture('corpus/gov-work-report/2024.txt')
      .split('\n\n')
      .map((p) => (section.test(p) ? p : `　　${p}`));
    let cases = 0;
    for (let i = 1; i < paragraphs.length; i++) {
      if (!/^[（(][二三四五六七八九十]+[)）]/.test(paragraphs[i]!)) continue;
      const head = paragraphs[i - 1]!;
      const comma = head.indexOf('，', 10);
      if (comma < 0) continue;
      const cut = [...paragraphs];
      cut[i - 1] = head.slice(0, comma + 1);
      const text = cut.join('\n\n');
      const end = text.indexOf(cut[i - 1]!) + comma + 1;
      const at = scan(text).filter((f) => f.start < end && end <= f.end + 2);
      expect(at.map((f) => f.rule)).toContain('truncated-paragraph');
      expect(at.map((f) => f.rule)).not.toContain('split-paragraph');
      cases++;
    }
    expect(cases).toBeGreaterThanOrEqual(5);
  });
});
