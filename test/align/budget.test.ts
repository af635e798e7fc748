// Budgets (issue 4, "Speed and limits"): adversarial inputs finish within their budget and come back
// valid — coarser and marked `degraded` where a budget ran out, never undefined, never a silent
// delete-all. Wall-clock bounds are generous (the machine is shared); the timeout is the real guard.
import { describe, expect, it } from 'vitest';
import { reuseCoverage } from '../../bench/lib/reuse-coverage.mjs';
import { rng } from '../../bench/lib/synthetic.mjs';
import { align } from '../../src/align/align.js';
import { changesFromAlignment } from '../../src/align/diff.js';
import { applyChanges } from '../../src/changes/index.js';
import { checkAlignment, fixture } from './helpers.js';

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文';

function randomText(seed: number, n: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(HAN[Math.floor(r() * HAN.length)] as string);
    if (r() < 0.03) out.push('。');
    if (r() < 0.004) out.push('\n\n');
  }
  return out.join('');
}

const TIMEOUT = 4000;

function run(a: string, b: string, options = {}) {
  const t0 = performance.now();
  const al = align(a, b, { timeout: TIMEOUT, ...options });
  const ms = performance.now() - t0;
  const cs = changesFromAlignment(a, b, al);
  expect(applyChanges(a, cs)).toBe(b);
  return { al, ms };
}

describe('budgets', () => {
  it('two unrelated 1 MB texts', () => {
    const a = randomText(1, 1_000_000);
    const b = randomText(2, 1_000_000);
    const { al, ms } = run(a, b);
    expect(ms).toBeLessThan(TIMEOUT * 2 + 3000);
    checkAlignment(a, b, al);
    // Nothing is shared, so nearly everything is inserted and deleted — and said to be coarse if cut.
    if (al.degraded) expect(['timeout', 'maxCells']).toContain(al.degraded.reason);
    expect(al.similarity).toBeLessThan(0.2);
  }, 30_000);

  it('1 MB of a against 1 MB of b', () => {
    const a = 'a'.repeat(1_000_000);
    const b = 'b'.repeat(1_000_000);
    const { al, ms } = run(a, b);
    expect(ms).toBeLessThan(TIMEOUT * 2 + 3000);
    expect(al.blocks.map((x) => x.op)).toEqual(['delete', 'insert']);
    expect(al.similarity).toBe(0);
  }, 30_000);

  it('100k short paragraphs against a shuffled copy: every paragraph linked (equal or move)', () => {
    const r = rng(3);
    const paras = Array.from({ length: 100_000 }, (_, i) => `第${i % 500}段：内容${(i * 7919) % 100_000}。`);
    const shuffled = [...paras];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    const a = paras.join('\n');
    const b = shuffled.join('\n');
    const { al, ms } = run(a, b);
    expect(ms).toBeLessThan(TIMEOUT * 2 + 3000);
    if (!al.degraded) {
      expect(al.stats.ops.move + al.stats.ops.equal).toBe(100_000);
      expect(al.stats.ops.equal).toBeGreaterThan(100);
    }
  }, 60_000);

  it('a zero timeout gives a valid, coarser result marked degraded (not a delete-all)', () => {
    const a = fixture('corpus/gov-work-report/2023.txt');
    const b = fixture('corpus/gov-work-report/2024.txt');
    const { al } = run(a, b, { timeout: 0 });
    checkAlignment(a, b, al);
    expect(al.degraded?.reason).toBe('timeout');
    expect(al.degraded?.level).toBeDefined();
  });

  it('a tiny maxCells is reported as degraded, and the content is still linked by the move search', () => {
    const a = fixture('corpus/gov-work-report/2023.txt');
    const b = fixture('corpus/gov-work-report/2024.txt');
    const { al } = run(a, b, { maxCells: 10 });
    checkAlignment(a, b, al);
    expect(al.degraded).toMatchObject({ reason: 'maxCells', level: 'paragraph' });
    expect(reuseCoverage(a, b, al).coverage).toBeGreaterThan(0.5);
  });
});
