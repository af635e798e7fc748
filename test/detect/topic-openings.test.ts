// Topic openings: a short whole sentence opening a paragraph (加快制造强国建设。推动…), and whether a
// document opens its paragraphs that way as a habit.
import { describe, expect, it } from 'vitest';
import { topicHabit, topicOpening } from '../../src/detect/topic-openings.js';
import { found, PROSE } from './helpers.js';

describe('topicOpening', () => {
  it.each<[string, boolean]>([
    ['加快制造强国建设。推动集成电路产业发展。', true],
    ['因城施策去库存。目前三四线城市房地产库存仍然较多。', true],
    ['落实《政府工作报告》任务。推动各项政策落地。', true],
    ['深化改革。推进', true],
    ['改革。推进重点领域改革。', false], // too short for a topic: the rest of a cut sentence
    ['统筹推进经济建设政治建设文化建设社会建设生态文明建设。加强…', false], // too long
    ['加快制造强国建设，推动集成电路产业发展。', false], // a comma first: a clause, not a topic sentence
    ['加快制造强国建设。', false], // nothing after it: a heading, not a paragraph's opening
    ['加快制造强国建设。2025年', false],
    ['Build a strong industry. Then more.', false],
  ])('%s → %s', (p, want) => {
    expect(topicOpening(p, 0, p.length)).toBe(want);
  });
});

describe('topicHabit', () => {
  const topic = '加快制造强国建设。推动集成电路产业发展，提升产业链水平。';
  const plain = '我们要坚持稳中求进工作总基调，推动经济持续健康发展。';
  const doc = (t: number, p: number) => {
    const paras = [...Array(t).fill(topic), ...Array(p).fill(plain)];
    let at = 0;
    const spans = paras.map((x) => {
      const s = { start: at, end: at + x.length };
      at += x.length + 2;
      return s;
    });
    return { text: paras.join('\n\n'), spans };
  };
  it.each<[string, number, number, boolean]>([
    ['eight topic openings among forty paragraphs', 8, 32, true],
    ['seven are too few however short the text', 7, 0, false],
    ['eight among a hundred are under a tenth', 8, 92, false],
  ])('%s', (_n, t, p, want) => {
    const { text, spans } = doc(t, p);
    expect(topicHabit(text, spans, new Uint8Array(spans.length))).toBe(want);
  });
  it('skips the paragraphs it is told to (copies and chrome clean() removes)', () => {
    const { text, spans } = doc(8, 32);
    const skip = new Uint8Array(spans.length);
    skip[0] = 1;
    expect(topicHabit(text, spans, skip)).toBe(false);
  });
});

describe('split-paragraph after an enumeration cut at 、', () => {
  const topics = [
    '加快制造强国建设。推动集成电路、第五代移动通信、新材料等产业发展，提升产业链供应链水平。',
    '扎实推进农村改革发展。巩固和完善农村基本经营制度，深化农村集体产权制度改革。',
    '推动社会治理创新。健全基层群众自治制度，加强城乡社区治理，完善社会信用体系。',
    '强化就业优先政策。大力拓宽就业渠道，注重通过发展经济带动就业，促进高校毕业生就业。',
    '加大区域战略实施力度。发挥区域协调发展战略的叠加效应，推动东中西部协调发展。',
    '丰富人民群众精神文化生活。广泛践行社会主义核心价值观，加强公共文化服务体系建设。',
    '继续破除无效供给。坚持用市场化法治化办法化解过剩产能，严格执行环保能耗质量标准。',
    '保障能源安全。推动煤炭清洁高效利用，加快建设新型能源体系，提升能源储备能力。',
    '优化区域发展格局。统筹推进区域重大战略，深入实施区域协调发展战略和主体功能区战略。',
  ];
  const head = '完善产业政策，培育先进制造业集群，着力补齐短板、拉长长板、';
  const text = (next: string) => [...PROSE, ...topics, head, next, ...PROSE].join('\n\n');
  it('does not join a topic sentence to a head cut after 、 where paragraphs open that way', () => {
    const t = text('积极培育新兴产业和未来产业。实施产业创新工程，完善产业生态，拓展应用场景。');
    expect(found(t, 'split-paragraph')).toEqual([]);
    expect(found(t, 'truncated-paragraph').map((f) => f.actual.slice(-8))).toEqual(['短板、拉长长板、']);
  });
  it('still joins the next item of the enumeration', () => {
    const t = text('锻造新板，增强产业链供应链韧性和竞争力。实施制造业技术改造升级工程。');
    expect(found(t, 'split-paragraph')).toHaveLength(1);
  });
});
