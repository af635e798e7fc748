import { describe, expect, it } from 'vitest';
import { alignVersions } from '../../src/align/lineage.js';

const P = (...ps: string[]) => ps.join('\n\n');
const X = '全面贯彻党的二十大精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。';
const Y = '扎实推进中国式现代化，着力推动高质量发展，加快构建新发展格局。';
const Z = '深化改革开放，增强发展内生动力，统筹发展和安全。';
const W = '切实保障和改善民生，加强和创新社会治理，促进社会和谐稳定。';
const N = '坚持以人民为中心的发展思想，扎实推进共同富裕，让现代化建设成果更多更公平惠及全体人民。';

describe('alignVersions', () => {
  const v1 = P(X, Y, Z);
  const v2 = P(X, Y.replace('高质量', '高品质'), Z, W);
  const v3 = P(Y.replace('高质量', '高品质'), Z, W, N);
  const { alignments, lineages } = alignVersions([v1, v2, v3]);

  it('chains pairwise alignments in the given order', () => {
    expect(alignments).toHaveLength(2);
  });

  it('follows each paragraph from where it first appears, with similarity, to where it is dropped', () => {
    const byText = (version: number, text: string) =>
      lineages.find(
        (l) =>
          l.first === version &&
          l.steps[0]?.ranges[0] &&
          [v1, v2, v3][version]?.slice(l.steps[0].ranges[0].start, l.steps[0].ranges[0].end) === text,
      );
    const x = byText(0, X);
    expect(x?.steps.map((s) => s.version)).toEqual([0, 1]);
    expect(x?.dropped).toBe(2);
    const y = byText(0, Y);
    expect(y?.steps.map((s) => [s.version, s.paragraphs[0], s.op])).toEqual([
      [0, 1, 'origin'],
      [1, 1, 'modify'],
      [2, 0, 'equal'],
    ]);
    expect(y?.steps[1]?.similarity).toBeGreaterThan(0.8);
    expect(y?.steps[1]?.similarity).toBeLessThan(1);
    const w = byText(1, W);
    expect(w?.steps[0]?.op).toBe('insert');
    expect(w?.steps.map((s) => s.version)).toEqual([1, 2]);
    expect(byText(2, N)?.first).toBe(2);
    expect(lineages).toHaveLength(5);
  });

  it('depends only on the order: the same input gives the same lineages', () => {
    expect(alignVersions([v1, v2, v3]).lineages).toEqual(lineages);
  });

  // A paragraph cut in one version and restored in a later one is the same paragraph: its lineage
  // goes on ('reappear', similarity to its last appearance), with the versions it missed in `absent`.
  it('continues the lineage of a paragraph that disappears and reappears', () => {
    const vs = [P(X, Y, Z), P(X, Z), P(X, Y.replace('高质量', '高品质'), Z, W), P(X, Z, W)];
    const { lineages: ls } = alignVersions(vs);
    const y = ls.find((l) => l.first === 0 && l.steps[0]?.paragraphs[0] === 1);
    expect(y?.steps.map((s) => [s.version, s.op, s.paragraphs[0]])).toEqual([
      [0, 'origin', 1],
      [2, 'reappear', 1],
    ]);
    expect(y?.steps[1]?.similarity).toBeGreaterThan(0.8);
    expect(y?.absent).toEqual([1]);
    expect(y?.dropped).toBe(3);
    expect(ls.map((l) => l.first)).toEqual([0, 0, 0, 2]); // W is the only paragraph added later
    // An identical paragraph reappears with similarity 1; the result still depends only on the order.
    const again = alignVersions([P(X, Y), P(X), P(X), P(X, Y)]).lineages;
    expect(again.map((l) => [l.steps.map((s) => `${s.version}:${s.op}`).join(' '), l.absent])).toEqual([
      ['0:origin 1:equal 2:equal 3:equal', undefined],
      ['0:origin 3:reappear', [1, 2]],
    ]);
  });

  it('handles zero and one version, and rejects non-strings', () => {
    expect(alignVersions([])).toEqual({ alignments: [], lineages: [] });
    expect(alignVersions([v1]).lineages).toHaveLength(3);
    expect(() => alignVersions([v1, 3 as never])).toThrow(/versions\[1\]/);
    expect(() => alignVersions('x' as never)).toThrow(TypeError);
  });
});
