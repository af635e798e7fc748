// One-permutation hashing with densification must be as accurate as classic MinHash: the issue allows
// it only if shown. Compared on pairs made from the report fixtures, long and short.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeLabelledSet, mulberry32 } from '../../bench/corpus/labelled.mjs';
import { classicSignature, estimateJaccard, ophSignature } from '../../src/corpus/minhash.js';
import { jaccard, type NormalizedCodes, normalizeCodes, shingleSet } from '../../src/corpus/shingles.js';

const report = readFileSync(new URL('../fixtures/corpus/gov-work-report/2024.txt', import.meta.url), 'utf8');
const other = readFileSync(new URL('../fixtures/corpus/gov-work-report/2023.txt', import.meta.url), 'utf8');

function codes(t: string): NormalizedCodes {
  const n = normalizeCodes(t);
  return { codes: n.codes.slice(0, n.length), length: n.length };
}

function errors(pairs: [string, string][], sig: typeof ophSignature): number[] {
  return pairs.map(([a, b]) => {
    const ca = codes(a);
    const cb = codes(b);
    const exact = jaccard(shingleSet(ca, 5, 1), shingleSet(cb, 5, 1));
    return estimateJaccard(sig(ca, 128, 5, 1) as Uint32Array, sig(cb, 128, 5, 1) as Uint32Array) - exact;
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('OPH signatures vs classic MinHash', () => {
  const { docs } = makeLabelledSet(
    [
      { name: 'a', text: report },
      { name: 'b', text: other },
    ],
    { seed: 11, wholeReports: false, chunkMin: 300, chunkMax: 1200, variantShare: 1 },
  );
  const pairs: [string, string][] = [];
  const groups = new Map<number, string[]>();
  for (const d of docs) groups.set(d.group, [...(groups.get(d.group) ?? []), d.text]);
  for (const g of groups.values())
    for (let i = 1; i < g.length; i++) pairs.push([g[0] as string, g[i] as string]);
  const rnd = mulberry32(2);
  for (let k = 0; k < 30; k++) {
    const a = docs[Math.floor(rnd() * docs.length)]?.text as string;
    const b = docs[Math.floor(rnd() * docs.length)]?.text as string;
    pairs.push([a, b]);
  }

  it('is unbiased and at least as accurate on real pairs', () => {
    const oph = errors(pairs, ophSignature);
    const classic = errors(pairs, classicSignature);
    expect(pairs.length).toBeGreaterThan(40);
    expect(Math.abs(mean(oph))).toBeLessThan(0.01);
    expect(mean(oph.map(Math.abs))).toBeLessThanOrEqual(mean(classic.map(Math.abs)) * 1.25 + 0.002);
    expect(Math.max(...oph.map(Math.abs))).toBeLessThan(0.15);
  });

  it('stays accurate on short texts, where densification fills most bins', () => {
    const shorts: [string, string][] = [];
    for (let k = 0; k < 60; k++) {
      const at = Math.floor(rnd() * (report.length - 80));
      const a = report.slice(at, at + 40 + Math.floor(rnd() * 40));
      const cut = Math.floor(rnd() * 10);
      shorts.push([a, a.slice(cut) + report.slice(at + a.length, at + a.length + cut)]);
    }
    const oph = errors(shorts, ophSignature);
    const classic = errors(shorts, classicSignature);
    expect(Math.abs(mean(oph))).toBeLessThan(0.03);
    expect(mean(oph.map(Math.abs))).toBeLessThanOrEqual(mean(classic.map(Math.abs)) * 1.5 + 0.01);
  });

  it('returns undefined for a text with no shingle, and a full signature for one character', () => {
    expect(ophSignature(codes(' \n\t'), 128, 5, 1)).toBeUndefined();
    const one = ophSignature(codes('好'), 128, 5, 1) as Uint32Array;
    expect(one).toHaveLength(128);
    expect(new Set(one).size).toBe(1);
  });
});
