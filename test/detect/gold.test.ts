// The seed gold protocol (test/fixtures/seed-labels.json, see its `about`): every required label hit
// (rule matches, span overlaps the quoted occurrence), every `keep` quote still present after clean()
// the stated number of times, every required afterClean check true, clean() lossless on all five seeds
// and idempotent (clean(clean(x).text) changes nothing). Optional labels are reported, not asserted.

import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { applyChanges, clean, invertChanges, scan } from '../../src/index.js';
import { fixture, SEEDS } from '../helpers.js';

interface Label {
  file: string;
  rule: string;
  quote: string;
  occurrence: number;
  required: boolean;
  note?: string;
}
interface Keep {
  file: string;
  quote: string;
  count: number;
}
interface AfterClean {
  file: string;
  mustContain?: string[];
  mustNotContain?: string[];
  required?: boolean;
}
const gold = JSON.parse(fixture('seed-labels.json')) as {
  labels: Label[];
  keep: Keep[];
  afterClean: AfterClean[];
};

const texts = new Map<string, string>(SEEDS.map((f) => [f, fixture(f)]));
const findingsOf = new Map<string, Finding[]>();
const cleanedOf = new Map<string, ReturnType<typeof clean>>();
function findings(file: string): Finding[] {
  let f = findingsOf.get(file);
  if (!f) {
    f = scan(texts.get(file)!);
    findingsOf.set(file, f);
  }
  return f;
}
function cleaned(file: string) {
  let c = cleanedOf.get(file);
  if (!c) {
    c = clean(texts.get(file)!);
    cleanedOf.set(file, c);
  }
  return c;
}

/** Start offset of the n-th (1-based) occurrence of `quote` in `text`, or -1. */
function occurrence(text: string, quote: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
function count(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n++;
  return n;
}
function hits(label: Label): boolean {
  const text = texts.get(label.file)!;
  const start = occurrence(text, label.quote, label.occurrence);
  if (start < 0) throw new Error(`quote not found: ${label.quote}`);
  const end = start + label.quote.length;
  return findings(label.file).some((f) => f.rule === label.rule && f.start < end && start < f.end);
}

const optionalRows: Array<{ file: string; rule: string; quote: string; reached: boolean }> = [];

describe('seed gold set', () => {
  it.each(
    gold.labels
      .filter((l) => l.required)
      .map((l) => [l.file.slice(0, 3), l.rule, l.quote.slice(0, 20), l] as const),
  )('%s %s finds %s', (_f, _r, _q, label) => {
    expect(hits(label)).toBe(true);
  });

  it('reports the optional labels reached', () => {
    for (const l of gold.labels.filter((x) => !x.required)) {
      optionalRows.push({
        file: l.file.slice(0, 3),
        rule: l.rule,
        quote: l.quote.slice(0, 24),
        reached: hits(l),
      });
    }
    for (const a of gold.afterClean.filter((x) => x.required === false)) {
      const out = cleaned(a.file).text;
      for (const q of a.mustContain ?? []) {
        optionalRows.push({
          file: a.file.slice(0, 3),
          rule: 'afterClean contains',
          quote: q.slice(0, 24),
          reached: out.includes(q),
        });
      }
      for (const q of a.mustNotContain ?? []) {
        optionalRows.push({
          file: a.file.slice(0, 3),
          rule: 'afterClean lacks',
          quote: q.slice(0, 24),
          reached: !out.includes(q),
        });
      }
    }
    expect(optionalRows.length).toBeGreaterThanOrEqual(gold.labels.filter((x) => !x.required).length);
  });

  it.each(gold.keep.map((k) => [k.file.slice(0, 3), k.quote.replace(/\n/g, '\\n'), k] as const))(
    '%s keeps %s after clean()',
    (_f, _q, k) => {
      expect(count(cleaned(k.file).text, k.quote)).toBeGreaterThanOrEqual(k.count);
    },
  );

  it.each(gold.afterClean.filter((a) => a.required !== false).map((a) => [a.file.slice(0, 3), a] as const))(
    '%s afterClean checks hold',
    (_f, a) => {
      const out = cleaned(a.file).text;
      for (const s of a.mustContain ?? []) expect(out).toContain(s);
      for (const s of a.mustNotContain ?? []) expect(out).not.toContain(s);
    },
  );

  it.each(SEEDS.map((f) => [f]))('%s: clean() is lossless', (file) => {
    const input = texts.get(file)!;
    const r = cleaned(file);
    expect(applyChanges(input, r.changes)).toBe(r.text);
    expect(applyChanges(r.text, invertChanges(r.changes))).toBe(input);
    expect(r.text).not.toBe(input); // every seed has something to repair
    for (const c of r.changes.changes) {
      expect(c.rule).toBeDefined();
      expect(r.findings[c.finding!]?.rule).toBe(c.rule);
    }
  });

  it.each(SEEDS.map((f) => [f]))('%s: clean() is idempotent', (file) => {
    const once = cleaned(file).text;
    const twice = clean(once);
    expect(twice.changes.changes).toEqual([]);
    expect(twice.text).toBe(once);
  });
});

afterAll(() => {
  if (optionalRows.length === 0) return;
  const reached = optionalRows.filter((r) => r.reached).length;
  console.log(`optional seed labels and afterClean checks reached: ${reached}/${optionalRows.length}`);
  console.table(optionalRows);
});
