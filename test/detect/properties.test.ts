// Invariants of scan() and clean() on random strings (lone surrogates included) and on strings built
// from pieces of the seed documents (paragraphs duplicated, cut, shuffled, glued with odd separators).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, clean, invertChanges, scan } from '../../src/index.js';
import { corpusText, englishText } from '../arbitraries.js';

const randomText = fc.string({ unit: 'binary', maxLength: 400 });
const anyText = fc.oneof(
  corpusText,
  englishText,
  randomText,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

const splitsPair = (t: string, i: number) =>
  i > 0 && i < t.length && (t.charCodeAt(i - 1) & 0xfc00) === 0xd800 && (t.charCodeAt(i) & 0xfc00) === 0xdc00;

describe('properties', () => {
  it('scan never throws; findings are sorted, in bounds, well-formed, and never split a surrogate pair', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const fs = scan(t);
        let prev = -1;
        for (const f of fs) {
          expect(f.start).toBeGreaterThanOrEqual(prev);
          prev = f.start;
          expect(0 <= f.start && f.start <= f.end && f.end <= t.length).toBe(true);
          expect(splitsPair(t, f.start) || splitsPair(t, f.end)).toBe(false);
          expect(f.actual).toBe(t.slice(f.start, f.end));
          expect(f.confidence >= 0 && f.confidence <= 1).toBe(true);
          expect(f.line >= 1 && f.column >= 1 && f.endLine >= f.line).toBe(true);
          expect(f.message.length).toBeGreaterThan(0);
          for (const x of f.fix ?? [])
            expect(0 <= x.start && x.start <= x.end && x.end <= t.length).toBe(true);
          for (const r of f.related ?? [])
            expect(0 <= r.start && r.start <= r.end && r.end <= t.length).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('clean is lossless: apply gives the text, apply(invert) gives the input back', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = clean(t);
        expect(applyChanges(t, r.changes)).toBe(r.text);
        expect(applyChanges(r.text, invertChanges(r.changes))).toBe(t);
        for (const c of r.changes.changes) expect(r.findings[c.finding!]?.rule).toBe(c.rule);
      }),
      { numRuns: 200 },
    );
  });

  it('clean never applies info findings or findings below the threshold', () => {
    fc.assert(
      fc.property(corpusText, fc.double({ min: 0, max: 1, noNaN: true }), (t, threshold) => {
        const r = clean(t, { threshold });
        for (const c of r.changes.changes) {
          const f = r.findings[c.finding!]!;
          expect(f.severity).not.toBe('info');
          expect(f.confidence).toBeGreaterThanOrEqual(threshold);
        }
      }),
      { numRuns: 100 },
    );
  });
});
