import { describe, expect, it } from 'vitest';
import { cleaned, found, noted, PROSE } from './helpers.js';

const CN = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
];
const [A, B] = PROSE as [string, string];

function keywordLoop(first: number, passes: number): string {
  const blocks: string[] = [];
  for (let k = 0; k < passes * 2; k++) {
    const title = k % 2 === 0 ? '城市辐射带动作用不断增强' : '文化强市建设取得新成效';
    blocks.push(`关键词${CN[first + k]}：${title}\n${k % 2 === 0 ? A : B}`);
  }
  return blocks.join('\n\n');
}

/** Two English paragraphs for the English loops below. */
const E1 = 'We will invest in roads, bridges and ports so that goods move faster across the country.';
const E2 = 'We will train workers for the jobs those projects create in every state and city.';

describe('repetition-loop', () => {
  it('finds a two-block cycle whose counter changes on every pass, and keeps the first pass', () => {
    const text = `${PROSE[2]}\n\n${keywordLoop(4, 5)}\n\n${PROSE[3]}`;
    const f = found(text, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/cycle of 2 blocks runs 5 passes/);
    const out = cleaned(text);
    expect(out).toContain('关键词五');
    expect(out).toContain('关键词六');
    expect(out).not.toContain('关键词七');
    expect(out).not.toContain('关键词十四');
    expect(out).toContain(PROSE[3]);
  });

  it('runs its cycle through chrome lines that sit in some passes (a comment widget, a byline)', () => {
    const passes = keywordLoop(4, 5).split('\n\n');
    // chrome between the 2nd and 3rd blocks and between the 7th and 8th
    passes.splice(7, 0, '评论一下');
    passes.splice(2, 0, '责任编辑：张伟');
    const text = `${PROSE[2]}\n\n${passes.join('\n\n')}\n\n${PROSE[3]}`;
    const f = found(text, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/cycle of 2 blocks runs 5 passes/);
    const out = cleaned(text);
    expect(out).toContain('关键词六');
    expect(out).not.toContain('关键词七');
    expect(out).not.toContain('评论一下');
    expect(out).not.toContain('责任编辑');
    expect(out).toContain(PROSE[3]);
  });

  // Headings counted by other enumerators: circled, parenthesized, ideographic and Roman numbers.
  it.each([
    ['circled numbers', '①②③④⑤⑥⑦⑧⑨⑩'],
    ['parenthesized numbers', '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽'],
    ['ideographs in parentheses', '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'],
    ['Roman numerals', 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ'],
  ])('finds a loop counted by %s, and no loop in a list of distinct items', (_n, counters) => {
    const c = [...counters];
    const loop = c.map((n, k) => `${n}关键词\n${k % 2 === 0 ? A : B}`).join('\n\n');
    const f = found(loop, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/cycle of 2 blocks runs 5 passes/);
    expect(cleaned(loop)).not.toContain(`${c[2]}关键词`);
    const list = c
      .slice(0, 7)
      .map((n, i) => `${n}${PROSE[i % 6]!.slice(0, 8)}\n${PROSE[(i + 1) % 6]}`)
      .join('\n\n');
    expect(found(list, 'repetition-loop')).toEqual([]);
  });

  // An English loop counted in Roman numerals written with capitals (Part I:, Part II: …): whole words
  // of I, V, X are counters; the pronoun I is not.
  it('finds a loop counted by Roman numerals in capitals, and keeps the first pass', () => {
    const loop = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
      .map((n, k) => `Part ${n}: Highlights\n${k % 2 === 0 ? E1 : E2}`)
      .join('\n\n');
    const f = found(loop, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/cycle of 2 blocks runs 4 passes/);
    const out = cleaned(loop);
    expect(out).toContain('Part I: Highlights');
    expect(out).toContain('Part II: Highlights');
    expect(out).not.toContain('Part III');
    // the same words under distinct headings that merely contain the pronoun are no loop
    const speech = ['I said', 'I believe', 'I know', 'I hope', 'I think']
      .map((h, k) => `${h} this: ${k % 2 === 0 ? E1 : E2}`)
      .join('\n\n');
    expect(found(speech, 'repetition-loop')).toEqual([]);
  });

  // Session 15: English loops counted by spelled ordinals at a paragraph's start (First, … / Second, …;
  // Part One: …) were reported as repeated blocks of the odd passes only (the even passes stayed).
  it.each([
    ['ordinals', ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'].map((w) => `${w}, `)],
    ['Part and a number word', ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((w) => `Part ${w}: `)],
  ])('finds a loop counted by spelled %s, and keeps the first pass', (_n, counters) => {
    const loop = counters.map((c, k) => `${c}${k % 2 === 0 ? E1 : E2}`);
    const text = ['The President spoke for an hour.', ...loop, 'Thank you.'].join('\n\n');
    const f = found(text, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(cleaned(text)).toBe(
      ['The President spoke for an hour.', loop[0], loop[1], 'Thank you.'].join('\n\n'),
    );
  });

  it('finds a single paragraph repeated many times in a row', () => {
    const text = [A, B, B, B, B, PROSE[2]].join('\n\n');
    const f = found(text, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(cleaned(text)).toBe([A, B, PROSE[2]].join('\n\n'));
  });

  // In a blank-line document, lines under one another form one block; a loop of single lines there is
  // still a loop of those lines (one finding), not a string of separate repeated blocks.
  it.each([
    ['第N条', (k: number) => `第${k}条 村级组织应当建立健全财务管理制度，明确审批权限和程序。`],
    ['dates', (k: number) => `1月${k}日 值班领导：张伟，带班人员：李娜，值班电话：0471-1234567。`],
    ['（N）', (k: number) => `（${k}）新建改扩建中小学校3所，新增学位2700个，有效缓解入学难问题。`],
  ])('finds a loop of single lines counted by %s inside a blank-line document', (_n, line) => {
    const lines = [1, 2, 3, 4, 5].map(line);
    const text = `${A}\n\n${lines.join('\n')}\n\n${B}`;
    const f = found(text, 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(found(text, 'repeated-block')).toEqual([]);
    expect(cleaned(text)).toBe(`${A}\n\n${lines[0]}\n\n${B}`);
  });

  // A data series repeats its wording with other numbers: the values change irregularly, or more than
  // one number changes per line. A loop's copies differ only in a counter that steps evenly.
  it.each([
    [
      'a flattened table of years and values',
      '全市近三年地区生产总值\n\n年份\n地区生产总值（亿元）\n2022年\n1523.6\n2023年\n1618.2\n2024年\n1702.9\n\n数据来源：市统计局。',
    ],
    [
      'one line per year (one paragraph per line)',
      '全市近几年主要指标如下。\n2022年 地区生产总值1523.6亿元\n2023年 地区生产总值1618.2亿元\n2024年 地区生产总值1702.9亿元\n2025年 地区生产总值1801.0亿元\n以上数据均为初步核算数。',
    ],
    [
      'one line per year (inside a blank-line document)',
      `${A}\n\n2022年 地区生产总值1523.6亿元\n2023年 地区生产总值1618.2亿元\n2024年 地区生产总值1702.9亿元\n2025年 地区生产总值1801.0亿元\n\n${B}`,
    ],
    ['a column of values alone', `${A}\n1523亿元\n1618亿元\n1702亿元\n1801亿元\n${B}`],
  ])('keeps %s', (_n, text) => {
    expect(found(text, 'repetition-loop')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('finds no loop in distinct numbered lines inside a blank-line document', () => {
    const lines = PROSE.map((p, k) => `第${k + 1}条 ${p}`);
    const text = `${A}\n\n${lines.join('\n')}\n\n${B}`;
    expect(found(text, 'repetition-loop')).toEqual([]);
  });

  it.each([
    ['宣讲 written many times in a line', `开展${'宣讲'.repeat(50)}活动。`, `开展宣讲活动。`],
    [
      'a phrase looping inside a line',
      `我们要${'加快发展，'.repeat(6)}推动转型。`,
      '我们要加快发展，推动转型。',
    ],
    [
      'a long Chinese sentence looping inside a paragraph',
      `我们要坚持稳中求进。${'我们要坚定信心，迎难而上，奋力开创经济社会高质量发展的新局面。'.repeat(5)}会议结束。`,
      '我们要坚持稳中求进。我们要坚定信心，迎难而上，奋力开创经济社会高质量发展的新局面。会议结束。',
    ],
    [
      'an English sentence looping inside a paragraph',
      `We met the team. ${'We must keep moving forward and never give up on our goals. '.repeat(4)}Then we left.`,
      'We met the team. We must keep moving forward and never give up on our goals. Then we left.',
    ],
  ])('finds %s', (_n, text, expected) => {
    expect(found(text, 'repetition-loop')).toHaveLength(1);
    expect(cleaned(text)).toBe(expected);
  });

  it.each([
    [
      'a numbered list of distinct keywords',
      CN.slice(0, 7)
        .map((n, i) => `关键词${n}：${PROSE[i % 6]!.slice(0, 8)}\n${PROSE[(i + 1) % 6]}`)
        .join('\n\n'),
    ],
    ['numbered sub-headings', '（一）\n\n（二）\n\n（三）\n\n（四）'],
    ['laughter', '哈哈哈哈，太好了。'],
    ['a chant', 'Fix it! Fix it! Fix it!'],
    ['digits', '编号11111111111111的项目。'],
    ['ordinary prose', PROSE.join('\n\n')],
    [
      'a long sentence written twice in a row',
      'We met the team. We must keep moving forward and never give up on our goals. We must keep moving forward and never give up on our goals. Then we left.',
    ],
    [
      'a long sentence repeated with another in between',
      `${'我们要坚定信心，迎难而上，奋力开创经济社会高质量发展的新局面。会议强调要压实责任。'.repeat(1)}我们要坚定信心，迎难而上，奋力开创经济社会高质量发展的新局面。`,
    ],
  ])('finds nothing in %s', (_n, text) => {
    expect(found(text, 'repetition-loop')).toEqual([]);
  });

  // Laughter, drums and drill counts repeat on purpose: a note unless they run on and on.
  it.each([
    ['laughter in a comment', '网友留言：哈哈哈哈哈哈哈哈哈哈哈哈，太逗了。'],
    ['laughter in English', 'She laughed: hahahahahahaha, that is so funny.'],
    ['a drum sound', '鼓声咚咚咚咚咚咚咚咚咚咚咚地响起来。'],
    ['a drill count', '报数：一二一，一二一，一二一，一二一。'],
  ])('keeps %s', (_n, text) => {
    expect(found(text, 'repetition-loop')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('a chant is a note, not removed', () => {
    const text = 'AUDIENCE: Four more years! Four more years! Four more years!';
    expect(noted(text, 'repetition-loop').every((f) => f.severity === 'info')).toBe(true);
    expect(cleaned(text)).toBe(text);
  });
});
