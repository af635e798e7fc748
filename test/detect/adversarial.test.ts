// Hostile inputs finish within budget and without throwing (smaller than the benchmark's sizes so that
// the suite stays fast; bench/repair-speed.mjs runs the full sizes).

import { describe, expect, it } from 'vitest';
import { applyChanges, clean, invertChanges, scan } from '../../src/index.js';
import { fixture, SEEDS } from '../helpers.js';
import { prng } from './helpers.js';

function randomUnicode(n: number, seed: number): string {
  const r = prng(seed);
  const units: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    units.push(
      x < 0.05
        ? 0xd800 + Math.floor(r() * 0x800) // surrogates, mostly unpaired
        : x < 0.1
          ? 0x0a
          : x < 0.6
            ? 0x4e00 + Math.floor(r() * 0x5000)
            : Math.floor(r() * 0x10000),
    );
  }
  let s = '';
  for (let k = 0; k < units.length; k += 8192) s += String.fromCharCode(...units.slice(k, k + 8192));
  return s;
}

const cases: Array<[string, () => string, number]> = [
  ['300 K of one repeated character', () => '哈'.repeat(300_000), 1],
  ['宣讲 × 100 000', () => '宣讲'.repeat(100_000), 1],
  [
    '500 K with no line break',
    () => '我们要坚持以人民为中心的发展思想，推动高质量发展，'.repeat(20_000).slice(0, 500_000),
    1,
  ],
  ['random Unicode with lone surrogates', () => randomUnicode(100_000, 42), 0],
  ['one long punctuation-free line', () => 'abc'.repeat(100_000), 1],
  ['many short repeated lines', () => '记者\n'.repeat(50_000), 0],
  [
    'the seeds concatenated to 1 M characters',
    () => {
      const all = SEEDS.map((f) => fixture(f)).join('\n\n');
      let s = all;
      while (s.length < 1_000_000) s += `\n\n${s}`;
      return s;
    },
    1,
  ],
];

describe('adversarial inputs', () => {
  it.each(cases)(
    '%s',
    (_name, make, minFindings) => {
      const text = make();
      const t0 = performance.now();
      const findings = scan(text);
      const ms = performance.now() - t0;
      expect(findings.length).toBeGreaterThanOrEqual(minFindings);
      expect(ms).toBeLessThan(15_000);
      const r = clean(text);
      expect(applyChanges(r.text, invertChanges(r.changes))).toBe(text);
    },
    60_000,
  );

  it('a loop of one character is one finding that keeps one copy', () => {
    const f = scan('哈'.repeat(100_000)).filter((x) => x.rule === 'repetition-loop');
    expect(f).toHaveLength(1);
    expect(clean('哈'.repeat(100_000)).text).toBe('哈');
  });
});
