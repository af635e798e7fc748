import { describe, expect, it } from 'vitest';
import { cleaned, found, noted, PROSE } from './helpers.js';

const [A, B, C, D] = PROSE as [string, string, string, string];

/** Three characters replaced, one at a time, at a quarter, a half and three quarters of `s`. */
function sub3(s: string): string {
  const out = [...s];
  for (const q of [0.25, 0.5, 0.75]) {
    const at = Math.floor(s.length * q);
    out[at] = out[at] === '新' ? '进' : '新';
  }
  return out.join('');
}

describe('repeated-block', () => {
  it.each([
    ['an exact later copy', `${A}\n\n${B}\n\n${C}\n\n${A}`, A, 4],
    [
      'a copy with other whitespace and punctuation widths',
      `${A}\n\n${B}\n\n${C}\n\n${A.replace(/，/g, ',')} `,
      A.replace(/，/g, ','),
      4,
    ],
    [
      'a long paragraph that opens with a speaker label',
      `记者：${A}\n\n${B}\n\n${C}\n\n记者：${A}`,
      `记者：${A}`,
      4,
    ],
    ['a run of two paragraphs', `${A}\n\n${B}\n\n${C}\n\n${A}\n\n${B}\n\n${D}`, `${A}\n\n${B}`, 4],
    ['a truncated copy at the end', `${A}\n\n${B}\n\n${C}\n\n${A.slice(0, 18)}`, A.slice(0, 18), 4],
    [
      'a near copy (one character lost)',
      `${A}\n\n${B}\n\n${C}\n\n${A.slice(0, 10)}${A.slice(11)}`,
      `${A.slice(0, 10)}${A.slice(11)}`,
      4,
    ],
    [
      // two characters added at one place, two lost at another: no substitution (the distance less the
      // length difference counted four)
      'a near copy with characters added in one place and lost in another',
      `${A}${B}\n\n${C}\n\n${D}\n\n${A.slice(0, 8)}进一${A.slice(8, 30)}${A.slice(32)}${B}`,
      `${A.slice(0, 8)}进一${A.slice(8, 30)}${A.slice(32)}${B}`,
      4,
    ],
    [
      // three lone characters changed here and there (a typo, an OCR slip): still a copy (session 15)
      'a near copy with three single characters changed',
      `${A}${B}\n\n${C}\n\n${D}\n\n${sub3(A + B)}`,
      sub3(A + B),
      4,
    ],
  ])('finds %s and removes it', (_name, text, copy, line) => {
    const f = found(text, 'repeated-block');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(copy.trim());
    expect(f[0]!.line).toBe(line * 2 - 1);
    expect(f[0]!.related?.[0]?.start).toBe(0);
    const out = cleaned(text);
    expect(out.split(A.slice(0, 10)).length - 1).toBe(1);
  });

  it.each([
    ['short structural lines', `会议要求\n${A}\n会议要求\n${B}\n会议要求\n${C}`, '会议要求', 3],
    ['a repeated question marker', `记者提问。\n\n${A}\n\n记者提问。\n\n${B}`, '记者提问。', 2],
    [
      'speaker labels',
      `周先荣 市委政研室副主任\n\n${A}\n\n周先荣 市委政研室副主任\n\n${B}`,
      '周先荣 市委政研室副主任',
      2,
    ],
    [
      'a lead-in line that also opens a longer paragraph',
      `**央视网消息**（新闻联播）：${A}\n\n${B}\n\n**央视网消息**（新闻联播）：\n\n${C}`,
      '**央视网消息**（新闻联播）：',
      2,
    ],
    [
      'a speech refrain that also opens longer paragraphs',
      'Let’s finish the job. Reward work, not just wealth, and pass my proposal for a billionaire minimum tax.\n\nWe will keep going.\n\nLet’s finish the job.\n\nThank you.',
      'Let’s finish the job.',
      2,
    ],
    [
      'a chant a transcript gives to the audience',
      `${A}\n\nAUDIENCE: Four more years! Four more years! Four more years!\n\n${B}\n\nAUDIENCE: Four more years! Four more years! Four more years!\n\n${C}`,
      'AUDIENCE: Four more years!',
      2,
    ],
    [
      'a reporter’s short line in a Q&A',
      `记者：请您具体谈谈这项政策落实的情况。\n\n${A}\n\n记者：请您具体谈谈这项政策落实的情况。\n\n${B}`,
      '记者：请您',
      2,
    ],
    [
      // Laws enumerate the same cases under different articles (第十三条 … 罚款： / 第十四条 … 罚款：).
      'the same enumerated items under two different lead-ins',
      '第十三条　有下列行为之一的，责令改正，处一万元以上五万元以下罚款：\n\n（一）未按照规定报送有关材料的；\n\n（二）拒绝、阻碍监督检查的。\n\n第十四条　有下列行为之一的，责令改正，处五万元以上十万元以下罚款：\n\n（一）未按照规定报送有关材料的；\n\n（二）拒绝、阻碍监督检查的。',
      '（一）未按照规定报送有关材料的；',
      2,
    ],
    [
      'a numbered list repeated under a second lead-in (one paragraph per line)',
      `会议指出，要抓好以下工作：\n1. 加强组织领导，压实各级责任。\n2. 强化督促检查，确保取得实效。\n${A}\n会议要求，各地各部门要做到：\n1. 加强组织领导，压实各级责任。\n2. 强化督促检查，确保取得实效。`,
      '2. 强化督促检查',
      2,
    ],
    [
      // A table of contents lists the chapter headings the body then opens its chapters with.
      'chapter headings listed in a table of contents',
      `目　录\n第一章　全面开启社会主义现代化建设新征程的总体要求\n第二章　坚持创新驱动发展全面塑造发展新优势新动能\n\n第一章　全面开启社会主义现代化建设新征程的总体要求\n\n${A}\n\n第二章　坚持创新驱动发展全面塑造发展新优势新动能\n\n${B}`,
      '第二章　坚持创新驱动发展',
      2,
    ],
  ])('keeps %s (info at most)', (_name, text, line, count) => {
    expect(found(text, 'repeated-block')).toEqual([]);
    expect(noted(text, 'repeated-block').every((f) => f.severity === 'info')).toBe(true);
    expect(cleaned(text).split(line).length - 1).toBe(count);
  });

  it('still removes a list copied again right after itself, or with its own lead-in', () => {
    const lead = '有下列行为之一的，责令改正：';
    const items = '（一）未按照规定报送有关材料的；\n\n（二）拒绝、阻碍监督检查的。';
    for (const text of [
      `${lead}\n\n${items}\n\n${items}\n\n${A}`,
      `${lead}\n\n${items}\n\n${lead}\n\n${items}`,
    ]) {
      expect(found(text, 'repeated-block')).toHaveLength(1);
      expect(cleaned(text)).toBe(`${lead}\n\n${items}${text.endsWith(A) ? `\n\n${A}` : ''}`);
    }
  });

  it('still removes a copy that lost one digit', () => {
    const p = '全年国内生产总值达到1260582亿元，比上年增长5.2%，城镇新增就业1244万人。';
    const text = `${p}\n\n${A}\n\n${B}\n\n${p.replace('1244', '124')}`;
    expect(found(text, 'repeated-block')).toHaveLength(1);
    expect(cleaned(text)).toBe(`${p}\n\n${A}\n\n${B}`);
  });

  it('still removes a long heading written twice in a row', () => {
    const h = '第一章　全面开启社会主义现代化建设新征程的总体要求';
    const text = `${h}\n\n${h}\n\n${A}`;
    expect(found(text, 'repeated-block')).toHaveLength(1);
    expect(cleaned(text)).toBe(`${h}\n\n${A}`);
  });

  it.each([
    ['distinct paragraphs', PROSE.join('\n\n')],
    // Items of a list that differ only in their numbers are different items, not a garbled copy.
    [
      'notices that differ only in a batch number',
      `关于公布2024年第一批市级重点实验室认定名单的通知\n\n关于公布2024年第二批市级重点实验室认定名单的通知\n\n${A}`,
    ],
    [
      'paragraphs that differ only in their years',
      '市科技局关于组织申报2024年度市级科技计划项目的通知，申报截止时间为2024年4月30日。\n\n市科技局关于组织申报2025年度市级科技计划项目的通知，申报截止时间为2025年4月30日。',
    ],
    [
      'a heading repeated inside a body sentence',
      `坚定不移推进高水平开放\n\n全会提出，要坚定不移推进高水平开放，打造双循环枢纽。\n\n${A}`,
    ],
    ['English paragraphs', 'We will finish the job.\n\nThe state of the union is strong.\n\nThank you all.'],
    [
      // 90% alike, but names and places substituted: two news items, not a scrape copy.
      'two news items written from one template',
      `**央视网消息**（新闻联播）：中共中央政治局常委、国务院总理李强5日下午来到他所在的云南代表团，同代表们一起审议政府工作报告。\n\n${A}\n\n**央视网消息**（新闻联播）：中共中央政治局常委、国务院副总理丁薛祥5日下午来到他所在的辽宁代表团，同代表们一起审议政府工作报告。`,
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(found(text, 'repeated-block')).toEqual([]);
  });

  it('notes a long sentence that nearly repeats another (same ending, changed opening), without removing it', () => {
    const a =
      '上半年完成固定资产投资1499亿元，全市产业基金出资规模440亿元、带动社会资本实缴1956亿元，全国科技金融中心城市加快建设。';
    const b =
      '上半年，全市技术合同成交额1499亿元，全市产业基金出资规模440亿元、带动社会资本实缴1956亿元，全国科技金融中心城市加快建设。';
    const text = `${A}${a}\n\n${B}\n\n${D}${b}`;
    const f = noted(text, 'repeated-block');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(b);
    expect(f[0]!.message).toMatch(/nearly repeats/);
    expect(cleaned(text)).toBe(text);
  });

  it('finds a repeated long sentence inside different paragraphs, flagged below the clean threshold', () => {
    const s = '着力培育壮大领军企业和龙头企业，打造企业雁阵梯队，形成大中小企业融通发展格局。';
    const text = `${A}${s}\n\n${B}\n\n${C}${s}${D}`;
    const f = noted(text, 'repeated-block');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(s);
    expect(f[0]!.confidence).toBeLessThan(0.7);
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    ['written twice in a row', (s: string) => `${A}${s}${s}${B}`, 'removes'],
    [
      'twice in a row, the copy with half-width commas',
      (s: string) => `${A}${s}${s.replace(/，/g, ',')}${B}`,
      'removes',
    ],
    ['twice in a row at the end of a paragraph', (s: string) => `${A}${s}${s}\n\n${B}`, 'removes'],
    ['once more with a sentence between', (s: string) => `${A}${s}${B}${s}`, 'keeps'],
  ])('a long sentence %s: %s the copy', (_n, make, verdict) => {
    const s = '全会强调，必须时刻保持解决大党独有难题的清醒和坚定，全面推进党的自我净化、自我完善。';
    const text = make(s);
    const f = noted(text, 'repeated-block');
    expect(f).toHaveLength(1);
    if (verdict === 'removes') {
      expect(f[0]!.confidence).toBeGreaterThanOrEqual(0.7);
      expect(cleaned(text).split('全会强调').length).toBe(2);
      expect(cleaned(text)).toContain(`${A}${s}`);
    } else {
      expect(f[0]!.confidence).toBeLessThan(0.7);
      expect(cleaned(text)).toBe(text);
    }
  });

  // Under 24 code units a sentence is only a copy when written again right after itself (a scraper's
  // doubling); further away a short sentence is a refrain. Whole sentences doubled are repeated-block's
  // finding alone (doubled-phrase, whose tandem pass also sees them, leaves them).
  const S = '制定并有序实施行动方案。';
  it.each([
    ['a short sentence written twice in a row', S, `${A}${S}${S}${B}`, 'removes'],
    ['…after a sentence ending on another mark', S, `${A.replace(/。$/, '！')}${S}${S}${B}`, 'removes'],
    ['…at the end of its paragraph', S, `${A}${S}${S}\n\n${B}`, 'removes'],
    ['…as a paragraph of its own', S, `${A}\n\n${S}${S}\n\n${B}`, 'removes'],
    ['an exclaimed one', '不忘初心牢记使命！', `${A}不忘初心牢记使命！不忘初心牢记使命！${B}`, 'removes'],
    ['a quoted one', '“坚决反对铺张浪费。”', `${A}“坚决反对铺张浪费。”“坚决反对铺张浪费。”${B}`, 'removes'],
    ['…with a sentence between', S, `${A}${S}${B}${S}${C}`, 'none'],
    ['two characters said twice', '好的。', `${A}好的。好的。${B}`, 'none'],
    ['three exclaimed', '加油干！', `${A}加油干！加油干！${B}`, 'notes'],
    ['a short English sentence', 'It is a record.', `${A} It is a record. It is a record. ${B}`, 'notes'],
  ])('%s', (_n, sentence, text, verdict) => {
    const f = noted(text, 'repeated-block');
    expect(noted(text, 'doubled-phrase')).toEqual([]);
    if (verdict === 'none') {
      expect(f).toEqual([]);
      return;
    }
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(sentence);
    expect(f[0]!.message).toMatch(/twice in a row/);
    if (verdict === 'notes') {
      expect(f[0]!.severity).toBe('info');
      expect(cleaned(text)).toBe(text);
      return;
    }
    expect(f[0]!.severity).not.toBe('info');
    expect(cleaned(text)).toBe(text.replace(sentence + sentence, sentence));
  });
});

// A hard-wrapped column (PDF or e-paper text: a line per paragraph). Lines are pieces of paragraphs:
// one that happens to equal another is no copy; a copied paragraph is a run of lines.
describe('repeated-block in a hard-wrapped column', () => {
  const W = 24;
  const wrap = (p: string) => p.match(new RegExp(`.{1,${W}}`, 'gu')) as string[];
  // a whole line (24 characters, a sentence end inside) in both paragraphs
  const line = '就业形势保持稳定。城镇新增就业超过一千万人，居民收入'.slice(0, W);
  const p1 = `${'过去一年我们坚持稳中求进工作总基调经济运行总体平稳'.slice(0, W)}${line}增长与经济增长基本同步。${PROSE[2]}`;
  const p2 = `${PROSE[3]!.slice(0, W)}${line}稳步提高。${PROSE[4]}${PROSE[5]}`;
  const p3 = `${PROSE[0]}${PROSE[1]}`;

  it('leaves a line that equals another line alone', () => {
    const text = [p1, p2, p3].flatMap(wrap).join('\n');
    expect(text.split('\n').filter((l) => l === line)).toHaveLength(2);
    expect(found(text, 'repeated-block')).toEqual([]);
    const out = cleaned(text);
    expect(out).toContain(p1);
    expect(out).toContain(p2);
  });

  it('still finds a paragraph copied whole, a run of lines', () => {
    const text = [p1, p2, p3, p1].flatMap(wrap).join('\n');
    const f = found(text, 'repeated-block');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(wrap(p1).join('\n'));
  });
});

describe('repeated-block: the words English paragraphs open with', () => {
  const SOURCE =
    'I see a future where we defend democracy, not diminish it, and where the middle class finally has a fair shot.';
  const OTHER = 'We have come a long way together, and there is more to do this year for every family here.';
  it.each([
    // a few words that open the longer paragraph too (a speech's anaphora), cut there by a break: a head
    ['a sentence cut after the words a longer paragraph opens with', 'I see a future where we', false],
    ['fewer of them', 'I see a future where', false],
  ])('%s (%s): a copy: %s', (_n, piece, copy) => {
    const text = [SOURCE, OTHER, piece, OTHER.replace('family', 'worker')].join('\n\n');
    expect(found(text, 'repeated-block')).toHaveLength(copy ? 1 : 0);
  });

  it('leaves the head of a split sentence to the junction rules, which join it', () => {
    const text = [SOURCE, OTHER, 'I see a future where we', 'save the planet from the climate crisis.'].join(
      '\n\n',
    );
    expect(found(text, 'repeated-block')).toEqual([]);
    expect(cleaned(text)).toContain('I see a future where we save the planet');
  });

  it('still takes a short cut-off copy of a long Chinese paragraph for a copy', () => {
    const text = `${A}\n\n${B}\n\n${C}\n\n${A.slice(0, 14)}`;
    expect(found(text, 'repeated-block')).toHaveLength(1);
  });
});
