import { describe, expect, it } from 'vitest';
import { dateRunsOn } from '../../src/detect/date-cuts.js';

describe('dateRunsOn', () => {
  it.each([
    ['a day after its month', '俄罗斯国防部3月', '1日称，俄军…', true],
    ['a month after its year', '数据显示，2023年', '10月全国居民消费价格…', true],
    ['a date in an opened bracket', '国务院新闻办公室今天（', '3月14日）举行发布会…', true],
    ['a date after a word', '俄罗斯国防部', '1日称，俄军…', false],
    ['a day after a year', '数据显示，2023年', '10日全国…', false],
    ['a month after a bare 月', '每个月', '5日发放…', false],
    ['no date', '俄罗斯国防部3月', '在过去一周…', false],
  ])('%s', (_n, head, rest, runs) => {
    const text = `${head}\n\n${rest}`;
    expect(dateRunsOn(text, head.length, head.length + 2)).toBe(runs);
  });
});
