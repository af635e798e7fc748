import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { isSpace } from '../../src/text/chars.js';
import { anyText, docText } from '../arbitraries.js';
import { fixture, SEEDS } from '../helpers.js';

const isPairSplit = (text: string, offset: number) =>
  offset > 0 &&
  offset < text.length &&
  text.charCodeAt(offset - 1) >= 0xd800 &&
  text.charCodeAt(offset - 1) <= 0xdbff &&
  text.charCodeAt(offset) >= 0xdc00 &&
  text.charCodeAt(offset) <= 0xdfff;

const onlySpace = (s: string) => [...s].every((ch) => isSpace(ch.charCodeAt(0)));

function checkInvariants(text: string): void {
  const doc = parseDocument(text);
  let cursor = 0;
  for (const p of doc.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(cursor);
    expect(p.end).toBeGreaterThan(p.start);
    // Everything between paragraphs is whitespace: paragraphs cover every non-whitespace character.
    expect(onlySpace(text.slice(cursor, p.start))).toBe(true);
    expect(p.text).toBe(text.slice(p.start, p.end));
    expect(isSpace(text.charCodeAt(p.start))).toBe(false);
    expect(isSpace(text.charCodeAt(p.end - 1))).toBe(false);
    // Sentences tile the paragraph, whitespace aside.
    let sc = p.start;
    for (const s of p.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(sc);
      expect(onlySpace(text.slice(sc, s.start))).toBe(true);
      expect(s.end).toBeGreaterThan(s.start);
      sc = s.end;
      // Tokens tile the sentence, whitespace aside.
      let tc = s.start;
      for (const t of s.tokens()) {
        expect(t.start).toBeGreaterThanOrEqual(tc);
        expect(onlySpace(text.slice(tc, t.start))).toBe(true);
        expect(isPairSplit(text, t.start) || isPairSplit(text, t.end)).toBe(false);
        tc = t.end;
      }
      expect(onlySpace(text.slice(tc, s.end))).toBe(true);
      expect(isPairSplit(text, s.start) || isPairSplit(text, s.end)).toBe(false);
    }
    expect(sc).toBe(p.end);
    expect(isPairSplit(text, p.start) || isPairSplit(text, p.end)).toBe(false);
    cursor = p.end;
  }
  expect(onlySpace(text.slice(cursor))).toBe(true);
}

describe('text model invariants', () => {
  it('paragraphs, sentences and tokens tile the text (random documents)', () => {
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(text)),
      { numRuns: 400 },
    );
  });

  it('the same holds with the per-character fallback tokenizer', () => {
    fc.assert(
      fc.property(docText, (text) => {
        const doc = parseDocument(text, { segmenter: false });
        for (const s of doc.sentences) {
          const joined = s
            .tokens()
            .map((t) => text.slice(t.start, t.end))
            .join('');
          expect(joined).toBe([...s.text].filter((ch) => !isSpace(ch.charCodeAt(0))).join(''));
        }
      }),
      { numRuns: 200 },
    );
  });

  // Counterexamples fast-check found once in ~400 runs (so the suite failed now and then): a word the
  // Segmenter reads across U+FEFF where a sentence ends (Mr.\uFEFFWord), and a letter it glues onto a
  // preceding tab ("\t𖬰" is one non-word segment) — both lost their characters' tokens.
  it.each([
    ['.Mr.\uFEFFWord'],
    ['WordMr.\uFEFFMr.'],
    ['.Mr.\uFEFFMr.'],
    ['\u0000\t\u{16B30}'],
    ['a \u0301b'],
  ])('holds on the found counterexample %j', (text) => checkInvariants(text));

  it.each(SEEDS)('holds on seed %s', (name) => checkInvariants(fixture(name)));

  it('line/column round-trips through offsets', () => {
    fc.assert(
      fc.property(docText, fc.nat(), (text, n) => {
        const doc = parseDocument(text);
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const pos = doc.position(offset);
        expect(doc.lines.offset(pos.line, pos.column)).toBe(offset);
      }),
    );
  });
});
