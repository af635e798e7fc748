import { describe, expect, it } from 'vitest';
import { clean, scan } from '../../src/index.js';
import { fixture, SEEDS } from '../helpers.js';

// Limits degrade loudly: when the junction rules' evidence budget runs out, scan and clean say so.
describe('scan budget (maxEvidence)', () => {
  const seed = fixture(SEEDS[1]); // seed 001: four split paragraphs whose junctions need evidence

  it('reports nothing degraded within the default budget', () => {
    expect(scan(seed).degraded).toBeUndefined();
    expect(clean(seed).degraded).toBeUndefined();
  });

  it.each([0, 1, 5])(
    'says so when a budget of %i lookups runs out, and still returns valid findings',
    (maxEvidence) => {
      const findings = scan(seed, { maxEvidence });
      expect(findings.degraded).toMatchObject({ reason: 'budget', rule: 'split-paragraph' });
      expect(findings.degraded?.detail).toMatch(/maxEvidence/);
      for (const f of findings) expect(seed.slice(f.start, f.end)).toBe(f.actual);
      const result = clean(seed, { maxEvidence });
      expect(result.degraded).toEqual(findings.degraded);
    },
  );

  it('rejects a negative budget', () => {
    expect(() => scan(seed, { maxEvidence: -1 })).toThrow(/maxEvidence/);
  });
});
