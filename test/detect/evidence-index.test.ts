// The junction rules' evidence lookups through the bigram index (bigram-index.ts) find exactly what an
// indexOf pass over the window finds, so scan() decides the same whichever path a window takes; and
// hard-wrapped text (every line break a junction) scans in time about linear in its size.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { BigramIndex } from '../../src/detect/bigram-index.js';
import { EVIDENCE_INDEX } from '../../src/detect/junction-evidence.js';
import { type ScanOptions, scan } from '../../src/index.js';
import { fixture, SEEDS } from '../helpers.js';
import { joins } from './helpers.js';

/** Every occurrence of s wholly inside [lo, hi), by indexOf: what the index must reproduce. */
function byIndexOf(text: string, s: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  const r = text.slice(lo, hi);
  for (let at = r.indexOf(s); at >= 0; at = r.indexOf(s, at + 1)) out.push(lo + at);
  return out;
}

function byIndex(index: BigramIndex, s: string, lo: number, hi: number, stopAfter = Infinity): number[] {
  const out: number[] = [];
  index.forEach(s, lo, hi, (at) => {
    out.push(at);
    return out.length < stopAfter;
  });
  return out;
}

describe('BigramIndex', () => {
  // A small alphabet makes many overlapping matches; a small chunk puts matches across chunk edges.
  const small = fc.string({
    unit: fc.constantFrom('发', '展', '发展', 'a', '\uD800', '\uDC00'),
    maxLength: 120,
  });

  it('finds every occurrence in a window, in order, as indexOf does', () => {
    fc.assert(
      fc.property(
        small,
        fc.integer({ min: 1, max: 20 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 2, max: 5 }),
        (text, chunk, a, b, from, len) => {
          const index = new BigramIndex(text, chunk, 3);
          const lo = text.length ? a % (text.length + 1) : 0;
          const hi = lo + (text.length - lo ? b % (text.length - lo + 1) : 0);
          // probes that occur (a piece of the text) and probes that may not
          const probes = [text.slice(from % (text.length + 1)).slice(0, len), '发展发', '展发', 'aa'];
          for (const s of probes) {
            if (s.length < 2) continue;
            expect(byIndex(index, s, lo, hi)).toEqual(byIndexOf(text, s, lo, hi));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stops when the visitor says so', () => {
    const index = new BigramIndex('发展发展发展发展', 3);
    expect(byIndex(index, '发展', 0, 8, 2)).toEqual([0, 2]);
    expect(byIndex(index, '展发展', 1, 8)).toEqual([1, 3, 5]);
    expect(byIndex(index, '展发展', 1, 7)).toEqual([1, 3]);
  });

  it('finds the same in real text, through every bigram of longer probes', () => {
    const text = fixture(SEEDS[0]);
    const index = new BigramIndex(text, 1000);
    for (const s of ['发展', '经济发展', '高质量发展', '。\n', '坚持', '不存在的话']) {
      expect(byIndex(index, s, 0, text.length)).toEqual(byIndexOf(text, s, 0, text.length));
      expect(byIndex(index, s, 1234, 9876)).toEqual(byIndexOf(text, s, 1234, 9876));
    }
  });
});

/** The seed documents with their line breaks removed, hard-wrapped again at `widths` (cycled). */
function wrapped(text: string, widths: readonly number[]): string {
  const flat = text.replace(/\s+/g, '');
  const lines: string[] = [];
  for (let i = 0, k = 0; i < flat.length; k++) {
    const w = widths[k % widths.length]!;
    lines.push(flat.slice(i, i + w));
    i += w;
  }
  return `${lines.join('\n')}\n`;
}

const seeds = SEEDS.map((s) => fixture(s)).join('\n\n');

describe('junction evidence through the bigram index', () => {
  const after = EVIDENCE_INDEX.after;
  afterEach(() => {
    EVIDENCE_INDEX.after = after;
  });
  /** scan() with every window indexed from its first lookup, and with none ever indexed. */
  const bothWays = (text: string, options?: ScanOptions) => {
    EVIDENCE_INDEX.after = 0;
    const indexed = scan(text, options);
    EVIDENCE_INDEX.after = Number.POSITIVE_INFINITY;
    const plain = scan(text, options);
    EVIDENCE_INDEX.after = after;
    return { indexed, plain };
  };

  it('decides the same on random hard-wrapped text, copies, reference texts and a spent budget included', () => {
    fc.assert(
      fc.property(
        fc.nat(seeds.length),
        fc.integer({ min: 200, max: 6000 }),
        fc.array(fc.integer({ min: 3, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.nat(3),
        fc.constantFrom(undefined, 0, 40, 400),
        fc.option(fc.tuple(fc.nat(seeds.length), fc.integer({ min: 50, max: 30_000 })), { nil: undefined }),
        (from, size, widths, copies, maxEvidence, reference) => {
          let text = wrapped(seeds.slice(from, from + size), widths);
          // copies of a stretch of lines: repeated blocks and loops, whose paragraphs later rules skip
          const lines = text.split('\n');
          for (let c = 0; c < copies; c++) {
            const at = (from * (c + 7)) % lines.length;
            lines.splice(at, 0, ...lines.slice(at, at + 3 + c), ...lines.slice(at, at + 3 + c));
          }
          text = lines.join('\n');
          // reference texts: another stretch of the seeds, searched for evidence the same two ways
          const options: ScanOptions = {
            ...(maxEvidence === undefined ? {} : { maxEvidence }),
            ...(reference ? { reference: [seeds.slice(reference[0], reference[0] + reference[1])] } : {}),
          };
          const { indexed, plain } = bothWays(text, options);
          expect(JSON.stringify(indexed)).toBe(JSON.stringify(plain));
          expect(indexed.degraded).toEqual(plain.degraded);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    [12, 0],
    [20, 30_000],
    [33, 60_000],
  ])('decides the same with reference texts (lines of %i, from %i)', (width, from) => {
    // the text's own sentences in the reference: joins attested there, first words seen opening sentences
    const text = wrapped(seeds.slice(from, from + 12_000), [width]);
    const { indexed, plain } = bothWays(text, { reference: [seeds.slice(0, 90_000), seeds.slice(45_000)] });
    expect(JSON.stringify(indexed)).toBe(JSON.stringify(plain));
  });

  it.each([
    ['20-character lines', [20]],
    ['ragged lines', [8, 31, 17, 40, 12, 25, 9, 36]],
  ])(
    'decides the same on %s over 200k code units (windows around each break)',
    (_, widths) => {
      let text = '';
      // distinct rewrappings of the seeds, so that the text is long without being one repeated block
      for (let k = 0; text.length < 210_000; k++) text += wrapped(seeds, [...widths.map((w) => w + (k % 5))]);
      const { indexed, plain } = bothWays(text, { maxEvidence: 20_000 });
      expect(indexed.length).toBeGreaterThan(1000);
      expect(JSON.stringify(indexed)).toBe(JSON.stringify(plain));
      expect(indexed.degraded).toEqual(plain.degraded);
    },
    120_000,
  );
});

describe('hard-wrapped text scans in about linear time', () => {
  // A generous bound that only a quadratic evidence search would break: 1 MB (UTF-8) of 20-character
  // lines, every break a junction, with the evidence budget lifted. (Before the index the budget was
  // what kept this case from taking minutes.)
  it('1 MB of 20-character lines, unlimited evidence lookups, in well under 30 s', () => {
    let text = '';
    for (let k = 0; new TextEncoder().encode(text).length < 1_000_000; k++)
      text += wrapped(seeds, [20 + (k % 7)]);
    const t0 = performance.now();
    const findings = scan(text, { maxEvidence: 1e9 });
    const ms = performance.now() - t0;
    expect(findings.degraded).toBeUndefined();
    expect(joins(text, findings)).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('1 MB of 20-character lines with the default budget, in well under 10 s', () => {
    let text = '';
    for (let k = 0; new TextEncoder().encode(text).length < 1_000_000; k++)
      text += wrapped(seeds, [20 + (k % 7)]);
    const t0 = performance.now();
    scan(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 60_000);
});
