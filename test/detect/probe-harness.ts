// The check every probe page gets (probe.test.ts, probe7.test.ts): its non-info findings counted by
// rule, the text clean() keeps and takes out, and clean() lossless (apply, invert) and idempotent.
import { expect } from 'vitest';
import { applyChanges, clean, invertChanges, type RuleId, scan } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { joins } from './helpers.js';

export interface Probe {
  /** non-info findings per rule (rules not named: none) */
  found: Partial<Record<RuleId, number>>;
  /** text clean() keeps */
  kept?: string[];
  /** text clean() takes out */
  gone?: string[];
}

/** Checks test/fixtures/probe/<file> against its row. */
export function checkProbe(file: string, probe: Probe): void {
  const text = fixture(`probe/${file}`);
  const counts: Partial<Record<RuleId, number>> = {};
  const findings = scan(text);
  for (const f of findings) if (f.severity !== 'info') counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  // split-paragraph counts the breaks joined (a hard-wrapped paragraph is one finding, an edit a line end)
  if (counts['split-paragraph']) counts['split-paragraph'] = joins(text, findings);
  expect(counts).toEqual(probe.found);
  const { text: out, changes } = clean(text);
  for (const s of probe.kept ?? []) expect(out).toContain(s);
  for (const s of probe.gone ?? []) expect(out).not.toContain(s);
  expect(applyChanges(text, changes)).toBe(out);
  expect(applyChanges(out, invertChanges(changes))).toBe(text);
  expect(clean(out).text).toBe(out);
}
