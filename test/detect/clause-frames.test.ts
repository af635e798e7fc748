// Clause frames (clause-frames.ts): a first clause that names the speaker or sets the scene
// (某某指出， 发布会上，) closes on a word that closes first clauses here again and again. After a head
// that stops on a comma, a paragraph that opens with one is a sentence of its own, not the rest.
import { describe, expect, it } from 'vitest';
import { clauseFrames } from '../../src/detect/clause-frames.js';
import { parseDocument } from '../../src/text/document.js';
import { found, PROSE } from './helpers.js';

const [A, B, C, D] = PROSE as [string, string, string, string];

/** News-like items whose sentences open with a speaker's frame (…指出，). */
const ITEMS = [
  '会议指出，要坚持稳中求进，推动经济持续向好。',
  '发言人指出，相关部门正在抓紧研究具体措施，确保政策尽快落地。',
  '专家指出，春耕生产总体进展顺利，农资供应充足。',
  '负责人指出，今年将进一步加大对中小企业的支持力度。',
];
/** A long head that stops on a comma, its rest lost. */
const HEAD = '记者从农业农村部了解到，今年以来各地加快推进高标准农田建设，新建项目陆续开工，';

describe('clauseFrames', () => {
  it.each([
    ['a speaker frame that recurs as a first clause', '张华指出，', true],
    ['a clause that closes later clauses as often', '推动经济持续向好，', false],
  ])('%s', (_n, clause, frame) => {
    const text = [...ITEMS, `${clause}高标准农田建设要坚持数量和质量并重。`].join('\n\n');
    const doc = parseDocument(text);
    const frames = clauseFrames(text, doc.paragraphs, new Uint8Array(doc.paragraphs.length));
    const comma = text.lastIndexOf('，', text.indexOf(clause) + clause.length);
    expect(frames.frame(text, comma)).toBe(frame);
  });
});

describe('a paragraph that opens with a frame of the text after a head cut on a comma', () => {
  // The same items with their frames and without: only where 指出， closes first clauses here is the
  // paragraph after the cut head taken for a sentence of its own.
  const plain = ITEMS.map((s) => s.replace(/^[^，]*指出，/, ''));
  it.each([
    ['a text whose sentences open with 指出 frames', ITEMS, 'truncated-paragraph'],
    ['a text without them', plain, 'split-paragraph'],
  ])('in %s, the head is %s', (_n, items, rule) => {
    const text = [A, ...items, B, HEAD, '农业专家指出，高标准农田建设要坚持数量和质量并重。', C, D].join(
      '\n\n',
    );
    const f = [...found(text, 'split-paragraph'), ...found(text, 'truncated-paragraph')];
    expect(f.map((x) => x.rule)).toEqual([rule]);
  });
});

describe('a frame after a head cut mid-clause, where sentences set the scene as a habit', () => {
  // News items open most sentences with a short scene (会上， 当天， 座谈会上，): in such a text a paragraph
  // whose first clause closes on one of its frames is a sentence of its own whatever the head stops
  // on. The same items without their scenes leave the frame unknown and the head split.
  const scenes = ['座谈会上', '研讨会上', '推介会上', '签约会上', '当天', '随后', '据悉', '会上'];
  const bodies = [
    '与会代表围绕推动高质量发展踊跃发言',
    '专家学者就科技创新深入交流',
    '各地展示了特色产业的发展成果',
    '十余个重点项目集中签约落地',
    '多家企业签署了合作协议',
    '代表们参观了产业园区',
  ];
  const items = (withScenes: boolean): string[] =>
    Array.from({ length: 16 }, (_, i) => {
      const scene = (k: number) => (withScenes ? `${scenes[k % 8]}，` : '');
      return `${scene(i)}${bodies[i % 6]}。${scene(i + 3)}${bodies[(i + 2) % 6]}。${bodies[(i + 4) % 6]}。`;
    });
  const head = '国务院新闻办公室今天举行新闻发布会，介绍今年以来外贸进出口情况和下一步工作';
  it.each([
    ['with their scenes', 'truncated-paragraph', true],
    ['without them', 'split-paragraph', false],
  ])('items %s: %s', (_n, rule, withScenes) => {
    const text = [A, ...items(withScenes), B, head, '发布会上，海关总署负责人回答了记者提问。', C, D].join(
      '\n\n',
    );
    const f = [...found(text, 'split-paragraph'), ...found(text, 'truncated-paragraph')];
    expect(f.map((x) => x.rule)).toEqual([rule]);
  });
});
