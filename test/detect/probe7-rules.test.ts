// Unit rows for the rule changes of probe session 11 (test/detect/probe7.test.ts): HTML tags left in
// scraped text, forum / Weibo / WeChat / English comment chrome, page breaks of a web page (pager, ad
// slot, captioned photo), quoted copies, pipe-table headers, doubled phrases across zero-width spaces.
import { describe, expect, it } from 'vitest';
import { clean, scan } from '../../src/index.js';
import { cleaned, found, joins, noted, PROSE } from './helpers.js';

const [A, B, C] = PROSE as [string, string, string];

describe('mojibake: HTML tags left in the text', () => {
  it.each([
    ['a paragraph in <p>', `<p>${A}</p>`, A],
    [
      'a styled span in a paragraph',
      `<p><span style="font-family: 宋体; font-size: 16px;">${A}</span></p>`,
      A,
    ],
    ['a <br/> at a line end', `${A}<br/>\n${B}`, `${A}\n${B}`],
    ['a <div> line', `<div class="TRS_Editor">\n${A}\n</div>`, `\n${A}\n`],
    ['two paragraphs on one line', `<p>${A}</p><p>${B}</p>`, `${A}\n${B}`],
    ['bold words', `坚持<strong>稳中求进</strong>工作总基调。`, '坚持稳中求进工作总基调。'],
  ])('removes %s', (_n, text, good) => {
    expect(found(text, 'mojibake').length).toBeGreaterThan(0);
    expect(cleaned(text)).toBe(good);
  });

  it.each([
    ['a superscript ordinal', 'the 21<sup>st</sup> Century', 'st'],
    ['a subscript formula', '二氧化碳（CO<sub>2</sub>）排放', '₂'],
    ['a superscript unit', '面积6.2万km<sup>2</sup>', '²'],
    ['struck text', '原定目标为<s>4%左右</s>，实际完成超过3%。', undefined],
  ])('keeps %s, an info note', (_n, text, flat) => {
    expect(found(text, 'mojibake')).toEqual([]);
    const notes = noted(text, 'mojibake');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.expected).toBe(flat);
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    ['comparisons in prose', 'if a<b then c>d, and x<p or q>y.'],
    ['book-title marks written with <<', '学习<<政府工作报告>>全文。'],
    ['an unknown tag name', 'the <foo> element and <xyz/>'],
    ['a generic type', 'Array<string> and Map<K, V>'],
  ])('finds nothing in %s', (_n, text) => {
    expect(noted(text, 'mojibake')).toEqual([]);
  });

  it('leaves a run of &nbsp; to mojibake (no loop)', () => {
    const text = `&nbsp;&nbsp;&nbsp;&nbsp;${A}`;
    expect(found(text, 'repetition-loop')).toEqual([]);
    expect(cleaned(text)).toBe(`\u00a0\u00a0\u00a0\u00a0${A}`);
  });

  it('reads a chrome line through its references and tags', () => {
    expect(found(`标题\n\n2025-03-05 11:20&nbsp;&nbsp;来源：中国政府网\n\n${A}`, 'boilerplate')).toHaveLength(
      1,
    );
    expect(
      found(`<p><span style="color: red">责任编辑：刘洋</span></p>\n\n${A}`, 'boilerplate'),
    ).toHaveLength(1);
  });
});

describe('boilerplate: forum, Weibo, WeChat and comment chrome', () => {
  it.each([
    ['a forum reply box', '快速回复'],
    ['a forum login prompt with its buttons', '您需要登录后才可以回帖　登录｜注册'],
    ['a forum engine credit', 'Powered by Discuz! X3.4　© 2001-2025 Comsenz Inc.'],
    ['a Weibo post stamp with its client', '3月5日 10:42 来自 微博 weibo.com'],
    ['a Weibo post stamp with a phone', '3月5日 11:03 来自 HUAWEI Mate 60 Pro'],
    ['a client alone', '来自 iPhone客户端'],
    ['a comment stamp and its buttons', '2025-03-05 11:20 回复 赞 56'],
    ['a lone button', '收藏'],
    ['an English comment bar with counts', 'Reply | Report | Like (12)'],
    ['more comments', 'Load more comments'],
    ['a pager', '上一页　1　2　3　下一页'],
    ['an English pager', '« Previous 1 2 3 Next »'],
    ['an ad slot', '广告'],
    ['an English ad slot', 'Advertisement'],
    [
      'a caption with a bracketed credit',
      '▲3月5日，第十四届全国人民代表大会第三次会议在北京开幕。（新华社记者 李学仁 摄）',
    ],
    ['a caption with an agency credit', '▲工人在一家智能工厂的生产线上作业。（新华社发 张伟 摄）'],
    ['a byline with its date stamp', '新华社记者 王晓 张磊　2025年03月06日 08:12'],
    ['an account line', '人民网　2025-03-05 14:20　人民网官方账号'],
    ['a follow button', '关注'],
    ['a fold', '展开全文'],
    ['a report/feedback bar', '举报/反馈'],
    ['the author’s latest articles', '作者最新文章'],
    ['a refresh button', '换一换'],
    ['a portal bar', '百度首页　打开APP'],
    ['a counted comment bar', '214 comments · Share · Save · Report'],
    ['a sort control', 'Sort by: Best'],
    ['a comment level', 'level 2'],
    ['a comment’s buttons', 'Reply Share Report Save Follow'],
    ['a deleted comment', '[deleted]'],
    ['a thread link', 'Continue this thread →'],
  ])('removes %s', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    expect(found(text, 'boilerplate')).toHaveLength(1);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it.each([
    ['a heading that opens with 来自', '来自基层的声音'],
    ['a speech line that opens with Powered by', 'Powered by people I’ve met like JoJo Burgess, from'],
    ['a sentence that ends with a photographer', '他的作品集里有许多照片都是由新华社记者拍摄的。'],
    ['a heading about advertising', '广告法修订'],
    ['a bare caption without a credit', '▲西山生态植被恢复区'],
    ['a level in prose', 'Level 2 of the plan is funded.'],
    ['a sentence with a name and a stamp', '人民网记者在2025-03-05 14:20抵达会场。'],
  ])('keeps %s', (_n, line) => {
    expect(found(`${A}\n\n${line}\n\n${B}`, 'boilerplate')).toEqual([]);
  });

  it.each([
    ['a pager', '上一页　1　2　3　下一页'],
    ['an ad slot', '广告'],
    ['a captioned photo', '▲工人在生产线上作业。（新华社发 张伟 摄）'],
    ['a fold', '展开全文'],
    ['an ad slot and an app prompt', '广告\n\n扫码下载“掌上海拉尔”客户端，看更多本地新闻'],
  ])('a sentence cut across %s is a split, not a truncation', (_n, chrome) => {
    // Cuts without strong junction evidence (屏障|让, 明确|政策): without the page break they were truncated.
    for (const [head, rest] of [
      [
        '一位来自基层的代表说，要坚持绿水青山就是金山银山的理念，筑牢我国北方重要生态安全屏障',
        '让草原更绿、天空更蓝。',
      ],
      ['代表们表示，报告通篇贯穿新发展理念，目标任务明确', '政策举措务实，是一个求真务实的好报告。'],
    ]) {
      const text = `${A}\n\n${head}\n\n${chrome}\n\n${rest}\n\n${B}`;
      expect(found(text, 'truncated-paragraph')).toEqual([]);
      expect(joins(text)).toBe(1);
      expect(cleaned(text)).toContain(`${head}${rest}`);
    }
  });
});

describe('repeated-block: quotations and table headers', () => {
  it.each([
    ['a forum quote header', `引用 海拉尔老张 的发言：\n${A}`],
    ['a reply header', `回复 草原青年 ：\n${A}`],
    ['an English quote header', `prairie_reader wrote:\n${A}`],
    ['Quote from', `Quote from hailar_dev:\n${A}`],
    ['a Markdown quote', `> ${A}`],
  ])('keeps a copy under %s', (_n, copy) => {
    const text = `${A}\n\n${B}\n\n${copy}\n\n${C}`;
    expect(found(text, 'repeated-block')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('still removes a copy with no quote header', () => {
    expect(found(`${A}\n\n${B}\n\n${A}\n\n${C}`, 'repeated-block')).toHaveLength(1);
  });

  it('keeps a repost chain (//@user:) whole', () => {
    const post =
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；粮食产量1.4万亿斤左右。';
    const text = `${post}\n\n转发理由：稳就业是头等大事。//@人民日报:${post}`;
    expect(found(text, 'repeated-block')).toEqual([]);
  });

  const HEAD = '| 指标 | 2023年 | 2024年 |\n| --- | --- | --- |';
  const T1 = `${HEAD}\n| 国内生产总值（万亿元） | 126.1 | 134.9 |\n| 城镇新增就业（万人） | 1244 | 1256 |`;
  const T2 = `${HEAD}\n| 粮食产量（万亿斤） | 1.39 | 1.41 |\n| 外汇储备（万亿美元） | 3.24 | 3.20 |`;
  it('keeps a table header over a second table', () => {
    const text = `${A}\n\n${T1}\n\n${B}\n\n${T2}\n\n${C}`;
    expect(found(text, 'repeated-block')).toEqual([]);
  });

  it('removes a table pasted twice with its header', () => {
    const text = `${A}\n\n${T1}\n\n${B}\n\n${T2}\n\n${T2}\n\n${C}`;
    expect(found(text, 'repeated-block')).toHaveLength(1);
    expect(cleaned(text)).toBe(`${A}\n\n${T1}\n\n${B}\n\n${T2}\n\n${C}`);
  });
});

describe('doubled-phrase across a zero-width character', () => {
  it.each([
    ['U+200B', '\u200b'],
    ['U+FEFF', '\ufeff'],
    ['U+2060', '\u2060'],
  ])('finds a phrase doubled across %s', (_n, z) => {
    const text = `贫困群众上学难问题得到${z}有效解决${z}有效解决。`;
    expect(found(text, 'doubled-phrase')).toHaveLength(1);
    expect(cleaned(text)).toBe(`贫困群众上学难问题得到${z}有效解决。`);
  });

  it('keeps a zero-width space inside a word', () => {
    const text = '认真落实高质量\u200b发展要求。';
    expect(scan(text)).toEqual([]);
    expect(clean(text).text).toBe(text);
  });
});

describe('junctions: forum and thread lines', () => {
  const POST =
    'Premier Li Qiang said on Wednesday that China would aim for economic growth of around 5 percent this year.';
  it('takes an English headline under the page chrome for a title', () => {
    const text = `r/China_Economy\n\nPosted by u/prairie_reader 5 hr. ago\n\nChina sets 2025 growth target of around 5 percent\n\n${POST}`;
    expect(found(text, 'truncated-paragraph')).toEqual([]);
  });

  it('takes neither a post header nor a quote header for a cut', () => {
    const text = `${POST}\n\nu/hailar_dev · 4 hr. ago\n\nThat is the highest deficit target in decades.\n\nu/prairie_reader · 3 hr. ago\n\nu/hailar_dev wrote:\nThat is the highest deficit target in decades.\n\nAgreed.`;
    for (const rule of ['split-paragraph', 'truncated-paragraph', 'displaced-fragment'] as const)
      expect(found(text, rule)).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('takes a > line quoting part of a post for no cut', () => {
    const text = `${POST}\n\n> would aim for economic growth of around 5 percent\n\nThat is ambitious.`;
    expect(found(text, 'truncated-paragraph')).toEqual([]);
  });
});
