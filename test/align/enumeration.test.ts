import { describe, expect, it } from 'vitest';
import { align, similarity } from '../../src/align/align.js';
import { markerLength } from '../../src/align/enumeration.js';
import { makeUnit } from '../../src/align/similarity.js';

describe('markerLength: list numbers left out of the comparison key', () => {
  const cases: [string, string][] = [
    ['（三）着力扩大国内需求', '（三）'],
    ['(3) expand demand', '(3)'],
    ['三、推进高水平开放', '三、'],
    ['3. Expand demand', '3.'],
    ['12、稳定就业', '12、'],
    ['③扩大内需', '③'],
    ['Ⅲ. 开放', 'Ⅲ.'],
    ['第三条 本条例自公布之日起施行', '第三条'],
    ['第三，坚持系统观念', '第三，'],
    ['三是加快建设现代化产业体系', '三是'],
    ['  一、总体要求', '  一、'],
  ];
  it.each(cases)('%s → strips %s', (text, marker) => {
    expect(markerLength(text, 0, text.length)).toBe(marker.length);
  });
  const kept = [
    '3.5%左右的增长',
    '第一次全体会议',
    '三中全会精神',
    '一个中心',
    'Three is a number.',
    '（三）', // only its number: nothing else left to compare
  ];
  it.each(kept)('%s keeps its start', (text) => {
    expect(markerLength(text, 0, text.length)).toBe(0);
  });
  it('a renumbered item has the same key', () => {
    expect(makeUnit('（二）着力扩大国内需求', 0, 11).norm).toBe(
      makeUnit('（三）着力扩大国内需求', 0, 11).norm,
    );
  });
});

describe('a reordered and renumbered list', () => {
  const items = ['着力扩大国内需求', '加快建设现代化产业体系', '坚定不移深化改革', '扩大高水平对外开放'];
  const nums = ['（一）', '（二）', '（三）', '（四）'];
  const a = items.map((t, i) => `${nums[i]}${t}`).join('\n\n');
  const order = [2, 0, 3, 1];
  const b = order.map((k, i) => `${nums[i]}${items[k]}`).join('\n\n');
  it('aligns as moves and renumbering, not as rewrites', () => {
    const al = align(a, b);
    const linked = al.blocks.filter((x) => x.op !== 'insert' && x.op !== 'delete');
    expect(linked).toHaveLength(4);
    for (const blk of linked) {
      const ta = a.slice(blk.a[0]!.start, blk.a[0]!.end);
      const tb = b.slice(blk.b[0]!.start, blk.b[0]!.end);
      expect(ta.slice(3)).toBe(tb.slice(3)); // the same item, whatever its number
    }
    expect(similarity(a, b)).toBeGreaterThan(0.8);
  });
});
