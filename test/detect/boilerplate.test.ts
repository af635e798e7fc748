import { describe, expect, it } from 'vitest';
import { CorpusIndex, clean, scan } from '../../src/index.js';
import { cleaned, found, PROSE } from './helpers.js';

const [A, B] = PROSE as [string, string];

describe('boilerplate', () => {
  it.each([
    ['a metadata line', '发布时间:2025-02-07 来源:学校办公室 阅读次数: 【字体: 大 中 小】'],
    ['a full-width metadata line', '信息来源：新华社　发布日期：2024-03-05'],
    ['an editor line', '【编辑:朱晨颖 戴容】'],
    ['a responsible-editor line', '责任编辑：王芳'],
    ['an author line', '(作者:任勇)'],
    ['a source line', '来源：中国政府网'],
    ['a comment widget', '评论一下'],
    ['a participation counter', '评论 0人参与,0条评论'],
    ['a sofa prompt', '还没有评论，快来抢沙发吧！'],
    ['a more-comments link', '已有0人参与,点击查看更多精彩评论'],
    ['a share bar', '分享到：微信 微博 QQ空间'],
    ['a print/close bar', '【打印本页】【关闭窗口】'],
    ['a page-jump line', '（上接第1版）'],
    ['a half-width page-jump line', '(下转第3版)'],
    ['a QR prompt', '扫一扫在手机打开当前页'],
    ['English share chrome', 'Share this article'],
    ['an English byline', 'Posted on 2024-03-07 by admin'],
    ['English copyright', 'Copyright © 2024 Example Media. All rights reserved.'],
    ['a Markdown link to the original page', '[查看原文](https://tv.cctv.com/2024/03/05/VIDE1.shtml)'],
    ['a bare read-the-original line', '阅读原文'],
    ['an English link to the original', '[View original](https://example.com/a)'],
    ['a source line with 本文', '本文来源：新华网'],
    ['a site copyright footer', '版权所有：中国政府网 京ICP备05070218号'],
    ['a copyright line ending in 版权所有', '中华人民共和国中央人民政府 版权所有'],
    ['a public-security registration', '京公网安备 11010202000001号'],
    ['a sponsor line', '主办单位：湖北省人民政府办公厅 承办：湖北省人民政府网站'],
    ['a disclaimer', '免责声明：本网站所载文章仅供参考，不代表本站观点。'],
    ['a bare copyright sign and year', '© 2024 中国日报网'],
  ])('removes %s', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    const f = found(text, 'boilerplate');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(line);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it('removes an inline page-jump marker and the font widget inside a line', () => {
    const text = `${A}（下转第2版）\n\n【字体：大 中 小】${B}`;
    expect(found(text, 'boilerplate')).toHaveLength(2);
    expect(cleaned(text)).toBe(`${A}\n\n${B}`);
  });

  it.each([
    ['body text that mentions 来源', '资金来源：财政拨款和社会资本共同投入，确保项目按期完工。'],
    ['body text that mentions 编辑', '他曾担任报社编辑，后来成为一名教师，长期扎根基层。'],
    ['a sentence about sources of income', '拓宽农民增收来源，发展乡村特色产业。'],
    ['a sentence about comments', '欢迎广大网友评论一下这项新政策的实施效果，我们将认真研究。'],
    ['a publishing date inside a sentence', '该文件的发布时间为2024年3月5日，自发布之日起施行。'],
    ['English prose about sources', 'The source of our strength is the American people.'],
    ['a sentence about reading the original', '请查看原文件了解政策全貌，阅读原文有助于准确理解。'],
    ['a link with its own words', '[政府工作报告全文](https://www.gov.cn/zhengce/2024.htm)'],
    ['a sentence about copyright owners', '版权所有人有权依法维护自身合法权益。'],
    ['a sentence about a sponsor', '主办方表示，本届博览会将持续五天。'],
    ['a sentence about disclaimers', '合同中的免责声明条款不得排除消费者的主要权利。'],
  ])('keeps %s', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    expect(found(text, 'boilerplate')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('takes extra patterns from options (string, RegExp, inline)', () => {
    const text = `${A}\n\n本站声明：转载请注明出处\n\n${B}[广告]\n\nEND OF PAGE`;
    const f = scan(text, {
      boilerplate: ['END OF PAGE', /^本站声明：.*$/, { id: 'ad', pattern: /\[广告\]/, scope: 'inline' }],
    }).filter((x) => x.rule === 'boilerplate');
    expect(f).toHaveLength(3);
    expect(
      clean(text, {
        boilerplate: ['END OF PAGE', /^本站声明：.*$/, { pattern: /\[广告\]/, scope: 'inline' }],
      }).text,
    ).toBe(`${A}\n\n${B}`);
  });

  it('drops paragraphs a corpus index saw in many documents', () => {
    const chrome = '湖北日报客户端 欢迎下载';
    const corpus = { boilerplate: ({ minDocs = 3 } = {}) => [{ text: ` ${chrome} `, docs: minDocs + 4 }] };
    const text = `${A}\n\n${chrome}\n\n${B}`;
    const r = clean(text, { corpus });
    expect(r.text).toBe(`${A}\n\n${B}`);
    expect(r.findings.filter((f) => f.rule === 'boilerplate')).toHaveLength(1);
    expect(clean(text).text).toBe(text);
  });

  it('works with a real CorpusIndex: lines seen across many pages go, numbers masked', () => {
    const index = new CorpusIndex();
    const pages = PROSE.map((p, i) => `${p}\n第${i + 1}版 湖北日报客户端\n分享到朋友圈 ${i}`);
    for (const [i, p] of pages.entries()) index.add(`page-${i}`, p);
    const text = `${A}\n第9版 湖北日报客户端\n${B}`;
    const r = clean(text, { corpus: index, corpusMinDocs: 3 });
    expect(r.text).toBe(`${A}\n${B}`);
  });
});
