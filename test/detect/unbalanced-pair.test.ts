import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleaned, found, PROSE } from './helpers.js';

describe('unbalanced-pair', () => {
  it.each([
    ['a closer without opener', '激励市直机关举办“链先锋”兴产业”活动。', '”', 16],
    ['an opener without closer', '社会企业矩阵，“优发展生态，夯筑园区保障。', '“', 7],
    ['an unclosed book title', '认真学习《政府工作报告精神。', '《', 4],
    ['an unclosed bracket', '全年增长5.2%（按可比价格计算。', '（', 8],
    ['a stray ASCII closer', 'The plan works) and we go on.', ')', 14],
    ['a section number that lost its opener', '三）大力发展社会事业，促进经济社会协调发展。', '）', 1],
    ['an odd straight quote in Chinese', '他说："我们要继续奋斗。然后离开了。', '"', 3],
    ['an odd straight quote in English', 'He said "we will win and left.', '"', 8],
    ['a bracket opened after a colon', '比例为3:(1+2，不再调整。', '(', 5],
    ['a time whose bracket lost its opener', '央视新闻联播20240310 19:00）', '）', 20],
    // a list whose other items write their number in brackets: this marker lost its opener
    ['a list marker beside bracketed ones', '（1）稳就业；\n\n2）保民生；\n\n（3）促发展。', '）', 10],
  ])('finds %s', (_n, text, ch, at) => {
    const f = found(text, 'unbalanced-pair');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(ch);
    expect(f[0]!.start).toBe(at);
    expect(cleaned(text)).toBe(text); // reported, never edited
  });

  it('carries an open title across a split paragraph instead of reporting both halves', () => {
    const text =
      '全市党员干部认真学习了《习近平谈治国理政\n\n第四卷》，大家一致认为，这部著作内容丰富、思想深刻。\n\n会议要求，要加强统筹协调，形成工作合力。';
    expect(found(text, 'split-paragraph')).toHaveLength(1);
    expect(found(text, 'unbalanced-pair')).toEqual([]);
  });

  it('reports a pair once when its paragraph is repeated: the copy clean() removes is not reported', () => {
    const bad = '激励市直机关举办“链先锋”兴产业”活动，推动各项工作落地见效，取得了明显成效。';
    const text = [PROSE[0], bad, PROSE[1], PROSE[2], bad, PROSE[3]].join('\n\n');
    const f = found(text, 'unbalanced-pair');
    expect(f).toHaveLength(1);
    expect(f[0]!.start).toBe(text.indexOf(bad) + bad.indexOf('”活动'));
    expect(found(text, 'repeated-block')).toHaveLength(1);
  });

  it('still reports an opener that the joined paragraph does not close', () => {
    const text =
      '全市党员干部认真学习了《习近平谈治国理政\n\n第四卷，大家一致认为，这部著作内容丰富、思想深刻。\n\n会议要求，要加强统筹协调，形成工作合力。';
    const f = found(text, 'unbalanced-pair');
    expect(f.map((x) => x.actual)).toEqual(['《']);
    expect(f[0]!.message).toContain('学习了《习近平');
  });

  it('reports all but the last of several open quotes before a paragraph that opens with “', () => {
    // A quotation running over paragraphs leaves one “ open, never two: Chinese nests ‘’ inside “”.
    const text =
      '实施“幼苗展”“雏鹰展”，“优发展生态，夯筑园区保障，促进产业“链群协同发展。\n\n“转型发展是市委赋予的使命。”';
    const f = found(text, 'unbalanced-pair');
    expect(f.map((x) => x.start)).toEqual([text.indexOf('“优')]);
  });

  it.each([
    ['a 「 before a paragraph that opens with “', '报告说，「第一段话。\n\n“第二段话。”', '「'],
    ['a “ before a paragraph that opens with 「', '报告说，“第一段话。\n\n「第二段话。」', '“'],
  ])('reports %s (a quotation runs on with its own mark)', (_n, text, mark) => {
    expect(found(text, 'unbalanced-pair').map((f) => f.actual)).toEqual([mark]);
  });

  it('still reports mixed ASCII brackets that hold Chinese, not an interval', () => {
    expect(found('见附件[一、二)。', 'unbalanced-pair').map((f) => f.actual)).toEqual(['[', ')']);
  });

  it.each([
    ['balanced nesting', '他说：“要学习《决定》（全文）的精神，‘稳中求进’。”'],
    ['a quotation over several paragraphs', '他说：“第一段话。\n\n“第二段话。\n\n“第三段话。”'],
    ['a 「」 quotation over several paragraphs', '报告说，「第一段话。\n\n「第二段话。\n\n「第三段话。」'],
    ['list markers', '1) 第一项\n2) 第二项\na) 英文项\n３）全角项'],
    // Run-in lists write their markers inside the sentence.
    // cp1252 mojibake of — is â€” (its third byte reads as ”): garble the mojibake rule repairs.
    ['a quote mark inside mojibake', 'The owner said it was fine â€” and left.'],
    // UTF-8 read as GBK: “台独” came out as “鍙扮嫭鈥�, its ” garbled (鈥濆…): the sound “ keeps its partner
    [
      'an opener whose closer is garbled after it',
      `坚决反对和遏制“${iconv.decode(Buffer.from('台独”分裂活动。'), 'gbk')}`,
    ],
    [
      'a closer whose opener is garbled before it',
      `${iconv.decode(Buffer.from('他说：“我们要'), 'gbk')}坚定信心”，然后离开。`,
    ],
    [
      'list markers inside a sentence',
      'The plan has three parts: 1) roads, 2) schools, and 3) parks; a) and b) follow.',
    ],
    ['list markers after Chinese punctuation', '主要包括：1）道路改造；2）学校建设；3）公园提升。'],
    ['mixed-width brackets', '全年增长5.2%（按可比价格计算)。'],
    ['ordinary prose', PROSE.join('\n\n')],
    ['English', 'He said, “It is time.” (Applause.)'],
    ['paired straight quotes', '他说："我们要继续奋斗。"然后离开了。'],
    [
      'a straight-quoted passage over paragraphs',
      '"First paragraph of the speech.\n\n"Second paragraph, and the end."',
    ],
    ['an emoticon', '今天很开心 :) 明天见 ;-( 再见 :('],
    ['a ratio in brackets after a colon', '比例为3:(1+2)，不再调整。'],
    ['half-open intervals', '当 x ∈ [0, 1) 时单调递增，在 (1, +∞] 和 [a,b) 上亦然。'],
  ])('finds nothing in %s', (_n, text) => {
    expect(found(text, 'unbalanced-pair')).toEqual([]);
  });
});
