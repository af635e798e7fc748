import { describe, expect, it } from 'vitest';
import { boilerplateKey, boilerplateSet, findBoilerplate } from '../../src/corpus/boilerplate.js';
import { CorpusIndex } from '../../src/corpus/index.js';

function page(day: number, body: string): string {
  return [
    `# 《新闻联播》（2024030${day}）`,
    '央视网消息（新闻联播）：',
    body,
    `[查看原文](https://tv.cctv.com/2024/03/0${day}/VIDE${day}.shtml)`,
    `更新时间：2024-03-0${day} 19:3${day}`,
  ].join('\r\n');
}

const BODIES = [
  '全国政协十四届二次会议在京开幕。',
  '十四届全国人大二次会议举行新闻发布会。',
  '国务院新闻办公室举行发布会介绍有关情况。',
  '各地积极推进春耕备耕工作。',
  '我国成功发射一颗新的通信卫星。',
];

describe('boilerplate by cross-document frequency', () => {
  it('finds the chrome lines, numbers masked, and not the content', () => {
    const texts = BODIES.map((b, i) => page(i + 1, b));
    const bp = findBoilerplate(texts, { minDocs: 4 });
    expect(bp.map((b) => b.text)).toEqual([
      '# 《新闻联播》（20240301）',
      '央视网消息（新闻联播）：',
      // numbers masked: the per-day link is one line too
      '[查看原文](https://tv.cctv.com/2024/03/01/VIDE1.shtml)',
      '更新时间：2024-03-01 19:31',
    ]);
    expect(bp.every((b) => b.docs === 5)).toBe(true);
  });

  it('counts a line once per document', () => {
    const t = '责任编辑：王静\n正文一\n责任编辑：王静';
    expect(findBoilerplate([t, '另一篇'], { minDocs: 2 })).toEqual([]);
    expect(findBoilerplate([t, '责任编辑:王静'], { minDocs: 2 })).toEqual([
      { text: '责任编辑：王静', key: boilerplateKey('责任编辑：王静'), docs: 2 },
    ]);
  });

  it('gives clean() a matcher that ignores spacing, width and numbers', () => {
    const idx = new CorpusIndex();
    for (const [i, b] of BODIES.entries()) idx.add(`d${i}`, page(i + 1, b));
    const set = idx.boilerplateSet({ minDocs: 5 });
    expect(set.isBoilerplateLine('  更新时间：2024-04-11 08:00 ')).toBe(true);
    expect(set.isBoilerplateLine('央视网消息(新闻联播):')).toBe(true);
    expect(set.isBoilerplateLine(BODIES[0] as string)).toBe(false);
    expect(set.keys.size).toBe(4);
    expect(() => set.isBoilerplateLine(1 as never)).toThrow(/`line`/);
    expect(boilerplateSet([]).isBoilerplateLine('x')).toBe(false);
  });

  it('defaults minDocs to max(3, 10 % of the documents)', () => {
    const texts = ['页脚', '页脚', '正文'];
    expect(findBoilerplate(texts)).toEqual([]);
    expect(findBoilerplate([...texts, '页脚'])).toHaveLength(1);
  });
});
