import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import type { AlignedBlock } from '../../src/align/types.js';
import { checkAlignment, fixture, leaves } from './helpers.js';

const P = (...ps: string[]) => ps.join('\n\n');

const A1 = '全面贯彻党的二十大精神，坚持稳中求进工作总基调。';
const A2 = '扎实推进中国式现代化，着力推动高质量发展，加快构建新发展格局。';
const A3 = '深化改革开放，增强发展内生动力，统筹发展和安全。';
const A4 = '切实保障和改善民生，加强和创新社会治理，促进社会和谐稳定。';
const A5 = '坚持以人民为中心的发展思想，扎实推进共同富裕，让现代化建设成果更多更公平惠及全体人民。';

describe('align: ops', () => {
  it.each([
    ['identical', P(A1, A2, A3), P(A1, A2, A3), ['equal', 'equal', 'equal']],
    ['paragraph deleted', P(A1, A2, A3), P(A1, A3), ['equal', 'delete', 'equal']],
    ['paragraph inserted', P(A1, A3), P(A1, A2, A3), ['equal', 'insert', 'equal']],
    ['token edit', P(A1, A2), P(A1, A2.replace('高质量', '高品质')), ['equal', 'modify']],
  ])('%s', (_name, a, b, ops) => {
    const al = align(a, b);
    checkAlignment(a, b, al);
    expect(al.blocks.map((x) => x.op)).toEqual(ops);
  });

  it('reports a paragraph that moved far as one move block with both sides', () => {
    const a = P(A1, A2, A3, A4, A5);
    const b = P(A2, A3, A4, A5, A1);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const moved = al.blocks.filter((x) => x.op === 'move');
    expect(moved).toHaveLength(1);
    expect(a.slice(moved[0]?.a[0]?.start, moved[0]?.a[0]?.end)).toBe(A1);
    expect(b.slice(moved[0]?.b[0]?.start, moved[0]?.b[0]?.end)).toBe(A1);
    expect(moved[0]?.moveId).toBeTruthy();
  });

  it('reports a moved and edited paragraph as a move with sentence and token children', () => {
    const edited = A1.replace('稳中求进', '稳中有进');
    const a = P(A1, A2, A3, A4, A5);
    const b = P(A2, A3, A4, A5, edited);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const moved = al.blocks.find((x) => x.op === 'move');
    expect(moved?.children?.[0]?.level).toBe('sentence');
    const tokens = leaves(moved?.children ?? []).filter((x) => x.level === 'token' && x.op !== 'equal');
    expect(tokens.map((x) => b.slice(x.b[0]?.start, x.b[0]?.end)).join('')).toContain('有');
  });

  it('reports a split paragraph as split with two b ranges', () => {
    const a = P(A1, A2 + A3, A4);
    const b = P(A1, A2, A3, A4);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const split = al.blocks.find((x) => x.op === 'split');
    expect(split?.a).toHaveLength(1);
    expect(split?.b).toHaveLength(2);
  });

  it('reports merged paragraphs as merge with two a ranges', () => {
    const a = P(A1, A2, A3, A4);
    const b = P(A1, A2 + A3, A4);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const merge = al.blocks.find((x) => x.op === 'merge');
    expect(merge?.a).toHaveLength(2);
    expect(merge?.b).toHaveLength(1);
  });

  // A paragraph that moved far and was split (or parts that moved far and were merged) is one
  // split/merge block with a moveId, not a move of one part beside inserted (deleted) other parts.
  const S = (t: string) => t.match(/[^，。]+[，。]/g) ?? [];
  const [x0, x1, x2] = S(A2) as [string, string, string];
  it.each([
    [
      'moved to the end and split in 2',
      P(A1, A2, A3, A4, A5),
      P(A1, A3, A4, A5, x0 + x1, x2),
      'split',
      [1, 2],
    ],
    [
      'moved to the start and split in 3',
      P(A1, A2, A3, A4, A5),
      P(...S(A5), A1, A2, A3, A4),
      'split',
      [1, 3],
    ],
    ['merged from 2 and moved to the end', P(A1, A2, A3, A4, A5), P(A3, A4, A5, A1 + A2), 'merge', [2, 1]],
  ] as const)('%s', (_name, a, b, op, sides) => {
    const al = align(a, b);
    checkAlignment(a, b, al);
    const blk = al.blocks.find((x) => x.op === op);
    expect([blk?.a.length, blk?.b.length, blk?.moveId]).toEqual([...sides, expect.any(String)]);
    expect(al.blocks.map((x) => x.op).filter((o) => o === 'insert' || o === 'delete')).toEqual([]);
  });

  it('gives modified paragraphs sentence children and modified sentences token children', () => {
    const a = P(A1, `${A2}${A3}`);
    const b = P(A1, `${A2.replace('新发展格局', '新格局')}${A3}`);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const para = al.blocks[1] as AlignedBlock;
    expect(para.op).toBe('modify');
    expect(para.children?.map((c) => c.op)).toEqual(['modify', 'equal']);
    expect(para.children?.[0]?.children?.every((t) => t.level === 'token')).toBe(true);
    expect(para.similarity).toBeGreaterThan(0.8);
    expect(para.similarity).toBeLessThan(1);
  });

  it('links a sentence that moved into another paragraph as two halves with one moveId', () => {
    const S = '我们要坚定不移推进全面从严治党，持之以恒正风肃纪反腐。';
    const a = P(A1 + S, A2, A3, A4);
    const b = P(A1, A2, A3, A4 + S);
    const al = align(a, b);
    checkAlignment(a, b, al);
    const halves = leaves(al.blocks).filter((x) => x.op === 'move' && x.level === 'sentence');
    expect(halves).toHaveLength(2);
    expect(halves[0]?.moveId).toBe(halves[1]?.moveId);
    expect(halves.map((h) => (h.a.length ? 'a' : 'b')).sort()).toEqual(['a', 'b']);
  });
});

describe('align: edge input', () => {
  it.each([
    ['both empty', '', ''],
    ['empty vs text', '', P(A1, A2)],
    ['text vs empty', P(A1, A2), ''],
    ['whitespace only', ' \n\n\t', '\n'],
    ['CRLF vs LF', P(A1, A2).replace(/\n/g, '\r\n'), P(A1, A2)],
    ['lone surrogates', `${A1}\ud800x`, `${A1}\udc00y`],
    [
      'English',
      'The quick brown fox. It jumps.\n\nA second paragraph here.',
      'The quick red fox. It jumps.\n\nA second paragraph here!',
    ],
  ])('%s: valid alignment', (_name, a, b) => {
    const al = align(a, b);
    checkAlignment(a, b, al);
    expect(al.similarity).toBeGreaterThanOrEqual(0);
    expect(al.similarity).toBeLessThanOrEqual(1);
    expect(al.degraded).toBeUndefined();
  });

  it('identical texts have similarity 1; CRLF vs LF versions align all paragraphs as equal', () => {
    const a = P(A1, A2, A3);
    expect(align(a, a).similarity).toBe(1);
    const al = align(a.replace(/\n/g, '\r\n'), a);
    expect(al.blocks.every((x) => x.op === 'equal')).toBe(true);
  });

  it.each([
    [1, 'a'],
    [null, 'b'],
    [undefined, 'a'],
    [['x'], 'a'],
  ])('throws a TypeError naming the parameter for %s', (bad, name) => {
    const call = name === 'a' ? () => align(bad as never, 'x') : () => align('x', bad as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`\`${name}\``));
  });

  it('rejects bad options', () => {
    expect(() => align('a', 'b', { threshold: 2 })).toThrow(RangeError);
    expect(() => align('a', 'b', 'x' as never)).toThrow(TypeError);
  });
});

describe('align: real text', () => {
  it('aligns the seeds 002 and 004 (two Wuhan plenums) with a valid, partly linked alignment', () => {
    const a = fixture('002_d4730f42f3b6ffd7.txt');
    const b = fixture('004_627586bead8599d4.txt');
    const al = align(a, b);
    checkAlignment(a, b, al);
    expect(al.stats.paragraphs.a).toBeGreaterThan(10);
    expect(al.blocks.some((x) => x.op !== 'insert' && x.op !== 'delete')).toBe(true);
  });

  it('aligns two scrapes of the 2015 report almost entirely as equal', () => {
    const a = fixture('corpus/gov-work-report/2015.txt');
    const b = fixture('corpus/gov-work-report-variants/2015-alt-scrape-dxcarl.txt');
    const al = align(a, b);
    checkAlignment(a, b, al);
    expect(al.similarity).toBeGreaterThan(0.98);
    expect(al.stats.ops.equal).toBeGreaterThan(100);
  });
});
