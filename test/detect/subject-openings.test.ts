// Subject openings: a paragraph that opens with a short noun phrase and then 是, 要 or 必须 is a sentence
// with its own subject, not the object or second half of a sentence cut before it.
import { describe, expect, it } from 'vitest';
import { subjectOpening } from '../../src/detect/subject-openings.js';
import { fixture } from '../helpers.js';
import { found } from './helpers.js';

describe('subjectOpening', () => {
  it.each<[string, boolean]>([
    ['非公有制经济是我国经济的重要组成部分。', true],
    ['稳健的货币政策要松紧适度。', true],
    ['就业优先政策要继续强化、聚力增效。', true],
    ['各级政府必须自觉接受人大监督。', true],
    ['开放也是改革。', true],
    ['一个主要目标', false], // 主要 is no predicate
    ['发挥独特优势和重要作用', false], // nor is 重要
    ['实现发展需要各方努力', false], // nor 需要
    ['是我国经济的重要组成部分', false], // no subject before it: the rest of a cut sentence
    ['业是立国之本', false], // one ideograph is no subject
    ['统筹推进经济建设政治建设文化建设是', false], // too long for a short subject
    ['城乡发展一体化体制机制，是', false], // a comma first: a clause, not a subject
    ['Growth is strong.', false],
  ])('%s → %s', (p, want) => {
    expect(subjectOpening(p, 0, p.length)).toBe(want);
  });
});

describe('split-paragraph before a paragraph that opens with its subject', () => {
  // 2015's report, a paragraph cut after …后续融 (its rest lost) before 稳健的货币政策要松紧适度。: the
  // junction evidence alone (融|稳) joined the two; the subject and 要 say the paragraph is a sentence
  // of its own.
  const paras = fixture('corpus/gov-work-report/2015.txt').split('\n\n');
  const i = paras.findIndex((p) => p.startsWith('稳健的货币政策要松紧适度。'));
  const cut = paras[i - 1]!.indexOf('后续融') + 3;
  it('reports the head as truncated, not split', () => {
    const text = [...paras.slice(0, i - 1), paras[i - 1]!.slice(0, cut), ...paras.slice(i)].join('\n\n');
    expect(found(text, 'split-paragraph').filter((f) => f.actual.startsWith('融'))).toEqual([]);
    expect(found(text, 'truncated-paragraph').some((f) => f.actual.endsWith('后续融'))).toBe(true);
  });
  it('still joins a rest whose 要 ends 主要, no predicate (…全年经济社会 | 发展主要目标任务，…)', () => {
    const k = paras.findIndex((p) => p.includes('全年经济社会发展主要目标任务'));
    const at = paras[k]!.indexOf('发展主要目标任务');
    const text = [
      ...paras.slice(0, k),
      paras[k]!.slice(0, at),
      paras[k]!.slice(at),
      ...paras.slice(k + 1),
    ].join('\n\n');
    expect(found(text, 'split-paragraph').map((f) => f.actual)).toEqual(['会\n\n发']);
  });
});
