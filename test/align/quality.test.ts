// Quality on real and synthetic pairs (issue 4). Reuse coverage on the real pairs is measured with the
// same helper as bench/align-quality.mjs; the target is 0.95 on every pair.
import { describe, expect, it } from 'vitest';
import { reuseCoverage } from '../../bench/lib/reuse-coverage.mjs';
import { makeRevision, score } from '../../bench/lib/synthetic.mjs';
import { align } from '../../src/align/align.js';
import { fixture } from './helpers.js';

describe('reuse coverage on real report pairs', () => {
  it.each([
    ['gov-work-report/2023.txt', 'gov-work-report/2024.txt', 0.95],
    ['gov-work-report/2024.txt', 'gov-work-report/2025.txt', 0.95],
    ['cpc-congress-report/2017.txt', 'cpc-congress-report/2022.txt', 0.95],
    ['gov-work-report/2015.txt', 'gov-work-report-variants/2015-alt-scrape-dxcarl.txt', 0.95],
  ])('%s → %s ≥ %s', (x, y, floor) => {
    const a = fixture(`corpus/${x}`);
    const b = fixture(`corpus/${y}`);
    const { coverage, shared } = reuseCoverage(a, b, align(a, b));
    expect(shared).toBeGreaterThan(1000);
    expect(coverage).toBeGreaterThanOrEqual(floor);
  });

  it('strictly one-to-one sentence moves (maxMoveGroup 1) still link most reused phrases', () => {
    const a = fixture('corpus/gov-work-report/2023.txt');
    const b = fixture('corpus/gov-work-report/2024.txt');
    const { coverage } = reuseCoverage(a, b, align(a, b, { maxMoveGroup: 1 }));
    expect(coverage).toBeGreaterThan(0.85);
  });

  it('the measure is not trivially high: with every block unlinked it is 0', () => {
    const a = fixture('corpus/gov-work-report/2023.txt');
    const b = fixture('corpus/gov-work-report/2024.txt');
    const al = align(a, b);
    const unlinked = {
      ...al,
      blocks: al.blocks.map((x) => ({ ...x, op: 'insert' as const, children: undefined, moveId: undefined })),
    };
    expect(reuseCoverage(a, b, unlinked).coverage).toBe(0);
  });
});

describe('synthetic revisions with known truth', () => {
  const donor = fixture('corpus/gov-work-report/2015.txt');
  const cases = [
    ['gov-work-report/2023.txt', 11],
    ['gov-work-report/2024.txt', 12],
    ['cpc-congress-report/2017.txt', 13],
    ['gov-work-report/2025.txt', 14],
  ] as const;

  it.each(cases)('%s (seed %i): mapping ≥ 0.98, moves ≥ 0.95, split/merge ≥ 0.9', (path, seed) => {
    const rev = makeRevision(fixture(`corpus/${path}`), seed, { donor, moves: 3, editMoved: seed % 2 === 0 });
    expect(rev.truth.moved.length).toBeGreaterThan(0);
    expect(rev.truth.split.length + rev.truth.merged.length).toBe(2);
    const s = score(rev, align(rev.a, rev.b));
    expect(s.mapping).toBeGreaterThanOrEqual(0.98);
    expect(s.moves).toBeGreaterThanOrEqual(0.95);
    expect(s.splitMerge).toBeGreaterThanOrEqual(0.9);
  });

  it('the scorer catches a wrong answer', () => {
    const rev = makeRevision(fixture('corpus/gov-work-report/2023.txt'), 5, { donor, moves: 3 });
    const al = align(rev.a, rev.b);
    const noMoves = {
      ...al,
      blocks: al.blocks.map((x) => (x.op === 'move' ? { ...x, op: 'modify' as const } : x)),
    };
    expect(score(rev, noMoves).moves).toBe(0);
    const noSplits = { ...al, blocks: al.blocks.filter((x) => x.op !== 'split' && x.op !== 'merge') };
    expect(score(rev, noSplits).splitMerge).toBe(0);
    expect(score(rev, noSplits).mapping).toBeLessThan(0.98);
  });
});
