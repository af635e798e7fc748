import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { diff } from '../../src/align/diff.js';
import { applyChanges, composeChanges, invertChanges, validateChanges } from '../../src/changes/index.js';
import { checkAlignment, fixture } from './helpers.js';

// Text made of a few CJK sentences, paragraph breaks (LF or CRLF), Latin words and odd characters, so
// that random pairs share material at every level.
const pieces = [
  '全面深化改革。',
  '推动高质量发展。',
  '十四五规划',
  '十五五规划',
  '稳中求进，',
  'word ',
  'Hello world. ',
  '\n\n',
  '\r\n',
  '\n',
  ' ',
  '😀',
  '\ud800',
  '。',
  '的',
];
const doc = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const anyText = fc.oneof(doc, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

function roundTrip(a: string, b: string): void {
  const cs = diff(a, b);
  expect(applyChanges(a, cs)).toBe(b);
  expect(applyChanges(b, invertChanges(cs))).toBe(a);
  const json = JSON.stringify(cs);
  expect(applyChanges(a, validateChanges(a, json))).toBe(b);
  expect(JSON.parse(json)).toEqual(cs);
}

describe('diff: properties', () => {
  it('apply(a, diff(a, b)) === b, invert, JSON round trip, on random texts', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => roundTrip(a, b)),
      { numRuns: 300 },
    );
  });

  it('compose(diff(a, b), diff(b, c)) turns a into c', () => {
    fc.assert(
      fc.property(doc, doc, doc, (a, b, c) => {
        const ac = composeChanges(diff(a, b), diff(b, c));
        expect(applyChanges(a, ac)).toBe(c);
      }),
      { numRuns: 150 },
    );
  });

  it('leaf coverage exactly once, ranges in bounds and ordered', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => checkAlignment(a, b, align(a, b))),
      { numRuns: 300 },
    );
  });

  it('holds on corpus-derived pairs (random edits of a real report)', () => {
    const base = fixture('corpus/gov-work-report/2024.txt').slice(0, 6000);
    const paras = base.split('\n\n');
    const edit = fc.record({
      drop: fc.array(fc.nat(paras.length - 1), { maxLength: 4 }),
      swap: fc.array(fc.tuple(fc.nat(paras.length - 1), fc.nat(paras.length - 1)), { maxLength: 3 }),
      subs: fc.array(fc.tuple(fc.nat(base.length - 1), fc.constantFrom('十五五', '', '。', '\r\n')), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(edit, ({ drop, swap, subs }) => {
        const ps = paras.filter((_, i) => !drop.includes(i));
        for (const [x, y] of swap) {
          if (x < ps.length && y < ps.length) [ps[x], ps[y]] = [ps[y] as string, ps[x] as string];
        }
        let b = ps.join('\n\n');
        for (const [at, s] of subs)
          b = b.slice(0, at % (b.length + 1)) + s + b.slice((at % (b.length + 1)) + 2);
        roundTrip(base, b);
        checkAlignment(base, b, align(base, b));
      }),
      { numRuns: 25 },
    );
  });
});

// Paragraphs moved far and also split at a sentence end or merged with a neighbour (moved-parts.ts),
// with a word edit: the change set still applies, inverts and composes, and the alignment covers both.
describe('diff: moved, split and merged paragraphs', () => {
  const paras = fixture('corpus/gov-work-report/2024.txt').slice(0, 5000).split('\n\n');
  const revise = (ps: string[], ops: [number, number, number][]) => {
    const out = ps.slice();
    for (const [kind, x, y] of ops) {
      const i = x % out.length;
      const [p] = out.splice(i, 1) as [string];
      const at = p.indexOf('。') + 1;
      const parts =
        kind === 0 && at > 0 && at < p.length
          ? [p.slice(0, at), p.slice(at)]
          : kind === 1 && i < out.length
            ? [p + (out.splice(i, 1)[0] as string)]
            : [p.replace(/[\u4e00-\u9fff]{2}/, '调整')];
      out.splice(y % (out.length + 1), 0, ...parts);
    }
    return out.join('\n\n');
  };
  const ops = fc.array(fc.tuple(fc.nat(2), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 });
  it('apply, invert, compose and coverage hold', () => {
    fc.assert(
      fc.property(ops, ops, (o1, o2) => {
        const a = paras.join('\n\n');
        const b = revise(paras, o1);
        const c = revise(b.split('\n\n'), o2);
        roundTrip(a, b);
        checkAlignment(a, b, align(a, b));
        expect(applyChanges(a, composeChanges(diff(a, b), diff(b, c)))).toBe(c);
      }),
      { numRuns: 60 },
    );
  });
});

describe('diff: change sets', () => {
  it('a move is a delete and an insert sharing moveId', () => {
    const x = '全面贯彻党的二十大精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。';
    const others = [
      '扎实推进中国式现代化，着力推动高质量发展。',
      '深化改革开放，增强发展内生动力。',
      '切实保障和改善民生，加强和创新社会治理。',
    ];
    const a = [x, ...others].join('\n');
    const b = [...others, x].join('\n');
    const cs = diff(a, b);
    const moved = cs.changes.filter((c) => c.moveId);
    expect(moved.some((c) => c.op === 'delete' && c.before.includes('二十大'))).toBe(true);
    expect(moved.some((c) => c.op === 'insert' && c.after.includes('二十大'))).toBe(true);
    expect(new Set(moved.map((c) => c.moveId)).size).toBe(1);
  });

  // A moved paragraph that was also edited (or split) is still a delete and an insert sharing one
  // moveId: the equal tokens of its edited sentences once linked the old position to the new one,
  // which dropped the link, and (moved to the front) turned the untouched paragraphs into edits.
  const X = '全面贯彻党的二十大精神，坚持稳中求进工作总基调。';
  const Y = '扎实推进中国式现代化，着力推动高质量发展，加快构建新发展格局。';
  const Z = '深化改革开放，增强发展内生动力，统筹发展和安全。';
  const W = '切实保障和改善民生，加强和创新社会治理，促进社会和谐稳定。';
  const V = '坚持以人民为中心的发展思想，扎实推进共同富裕，让现代化建设成果更多更公平惠及全体人民。';
  const P = (...ps: string[]) => ps.join('\n\n');
  it.each([
    ['edited, moved to the front', P(X, Y, Z, W, V), P(V.replace('共同富裕', '共同繁荣'), X, Y, Z, W), V],
    ['edited, moved to the end', P(X, Y, Z, W, V), P(Y, Z, W, V, X.replace('稳中求进', '稳中有进')), X],
    [
      'split, moved to the end',
      P(X, Y, Z, W, V),
      P(X, Z, W, V, '扎实推进中国式现代化，着力推动高质量发展，', '加快构建新发展格局。'),
      Y,
    ],
  ])('a paragraph %s: every change is one of its move halves', (_n, a, b, moved) => {
    const cs = diff(a, b);
    expect(applyChanges(a, cs)).toBe(b);
    expect(new Set(cs.changes.map((c) => c.moveId))).toEqual(new Set(['m1']));
    const halves = (op: string) =>
      cs.changes.filter((c) => c.op === op).map((c) => (c.before + c.after).trim());
    expect(halves('delete').join('')).toBe(moved);
    expect(halves('replace')).toEqual([]);
    // one delete half; the insert half is one change per b range (a split has two)
    expect(halves('delete')).toHaveLength(1);
    expect(halves('insert').length).toBeLessThanOrEqual(2);
  });

  it('token edits carry op, level, similarity and their paragraph as group', () => {
    const a = '第一段。\n\n推动十四五规划落实。';
    const b = '第一段。\n\n推动十五五规划落实。';
    const cs = diff(a, b);
    expect(cs.changes).toHaveLength(1);
    expect(cs.changes[0]).toMatchObject({ op: 'replace', level: 'token', block: 'modify', group: 'p2' });
    expect(cs.blocks?.map((x) => x.op)).toEqual(['equal', 'modify']);
    expect(cs.meta?.producer).toBe('jiaokan/diff');
  });

  it('identical texts give an empty change set; CRLF vs LF only changes the line breaks', () => {
    expect(diff('同一文本。', '同一文本。').changes).toEqual([]);
    const cs = diff('甲。\r\n乙。\r\n', '甲。\n乙。\n');
    expect(cs.changes.every((c) => c.before === '\r\n' || c.before === '\r')).toBe(true);
  });

  it('applying to the wrong base fails with a clear error; bad JSON names the field', () => {
    const cs = diff('原文一。', '原文二。');
    expect(() => applyChanges('别的文本。', cs)).toThrow(/length|hash/);
    const bad = JSON.parse(JSON.stringify(cs));
    bad.changes[0].a.start = -1;
    expect(() => validateChanges('原文一。', JSON.stringify(bad))).toThrow(/changes\[0\]\.a\.start/);
    const badBlock = JSON.parse(JSON.stringify(cs));
    badBlock.blocks[0].op = 'teleport';
    expect(() => validateChanges(badBlock)).toThrow(/blocks\[0\]\.op/);
  });

  it('invert swaps block sides and turns splits into merges', () => {
    const cs = diff(
      '一二三四五六七八九十，甲乙丙丁戊己庚辛壬癸。',
      '一二三四五六七八九十，\n甲乙丙丁戊己庚辛壬癸。',
    );
    const inv = invertChanges(cs);
    expect(inv.blocks?.map((x) => x.op)).toEqual(cs.blocks?.map((x) => (x.op === 'split' ? 'merge' : x.op)));
    expect(inv.blocks?.[0]?.a).toEqual(cs.blocks?.[0]?.b);
  });

  it('throws a TypeError for non-strings', () => {
    expect(() => diff(1 as never, '')).toThrow(TypeError);
    expect(() => diff('', {} as never)).toThrow(/`b`/);
  });
});

describe('diff: a changed word or number is one change', () => {
  // [a, b, the before → after of each change]: shared ends are trimmed, but never into a word of a
  // spaced script or a number, while Han text is trimmed character by character.
  const cases: [string, string, [string, string][]][] = [
    [
      '增长5.2%，就业1244万人。',
      '增长5%，就业1256万人。',
      [
        ['5.2', '5'],
        ['1244', '1256'],
      ],
    ],
    ['The economy grew by 5.2 percent.', 'The economy grew by 5 percent.', [['5.2', '5']]],
    ['Costs rose to 1,244 dollars.', 'Costs rose to 1,256 dollars.', [['1,244', '1,256']]],
    ['We keep running fast.', 'We keep runner fast.', [['running', 'runner']]],
    ["We don't stop here.", "We won't stop here.", [["don't", "won't"]]],
    ['We don’t stop here.', 'We won’t stop here.', [['don’t', 'won’t']]],
    ['实施“十四五”规划。', '实施“十五五”规划。', [['四', '五']]],
    ['2023年工作回顾。', '2024年工作回顾。', [['2023', '2024']]],
    [
      'The quick brown fox jumps over the lazy dog.',
      'The quick red fox jumps over the lazy dog.',
      [['brown', 'red']],
    ],
  ];
  it.each(cases)('%s → %s', (a, b, expected) => {
    const cs = diff(a, b);
    expect(cs.changes.map((c) => [c.before, c.after])).toEqual(expected);
    expect(applyChanges(a, cs)).toBe(b);
  });
});
