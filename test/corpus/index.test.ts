import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/corpus/index.js';
import { codesToString, jaccard, normalizeCodes, shingleSet } from '../../src/corpus/shingles.js';
import { normalize, normalizeWithMap } from '../../src/text/normalize.js';

const BASE =
  '国务院总理李克强在会上作政府工作报告。他说，过去一年我国经济社会发展取得新的重大成就，国内生产总值增长百分之六点一，' +
  '城镇新增就业一千三百五十二万人，居民消费价格上涨百分之二点九，国际收支基本平衡。今年要坚持稳中求进工作总基调。';
const OTHER =
  '春节前后，各地积极做好群众生活保障工作，加强市场供应和价格监管，确保节日期间重要民生商品量足价稳，' +
  '同时加强安全生产检查，严防重特大事故发生，让人民群众过一个欢乐祥和的节日。各地还组织了丰富多彩的文化活动。';

function exactJ(a: string, b: string, k = 5, seed = 1): number {
  return jaccard(shingleSet(normalizeCodes(a), k, seed), shingleSet(normalizeCodes(b), k, seed));
}

describe('normalizeCodes', () => {
  it('equals normalize() from src/text (property, incl. surrogates and full-width forms)', () => {
    const alphabet = fc.constantFrom(
      '中',
      '文',
      'Ａ',
      'ｂ',
      ' ',
      '\u3000',
      '，',
      '。',
      '“',
      '1',
      '①',
      '㍻',
      '\ud83d',
      '\ude00',
      '😀',
      'Z',
      '\n',
      '—',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        expect(codesToString(normalizeCodes(s))).toBe(normalize(s));
        // repeatedSpans maps positions with normalizeWithMap: it must agree too
        expect(normalizeWithMap(s).text).toBe(normalize(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CorpusIndex.add', () => {
  it('reports an exact duplicate that differs only in spacing and width', () => {
    const idx = new CorpusIndex();
    idx.add('a', BASE);
    const r = idx.add('b', ` ${BASE.replace('，', ',').replace('国务院', '国务院 ')}\n`);
    expect(r.exactDuplicateOf).toBe('a');
    expect(r.nearDuplicates).toEqual([{ id: 'a', similarity: 1 }]);
  });

  it('reports a near-duplicate with its exact Jaccard similarity, and not an unrelated text', () => {
    const idx = new CorpusIndex();
    idx.add('a', BASE);
    idx.add('o', OTHER);
    const edited = BASE.replace('新的重大成就', '新的重要成就');
    const r = idx.add('b', edited);
    expect(r.exactDuplicateOf).toBeUndefined();
    expect(r.nearDuplicates).toHaveLength(1);
    expect(r.nearDuplicates[0]?.id).toBe('a');
    expect(r.nearDuplicates[0]?.similarity).toBeCloseTo(exactJ(BASE, edited), 12);
    expect(r.nearDuplicates[0]?.similarity).toBeGreaterThan(0.8);
  });

  it('query does not add', () => {
    const idx = new CorpusIndex();
    idx.add('a', BASE);
    expect(idx.query(BASE).map((n) => n.id)).toEqual(['a']);
    expect(idx.size).toBe(1);
  });

  it('rejects bad input loudly', () => {
    const idx = new CorpusIndex();
    expect(() => idx.add('a', 5 as never)).toThrow(/`text`/);
    expect(() => idx.add(3 as never, 'x')).toThrow(/`id`/);
    idx.add('a', 'x');
    expect(() => idx.add('a', 'y')).toThrow(/already/);
    expect(() => new CorpusIndex({ threshold: 2 })).toThrow(RangeError);
    expect(() => new CorpusIndex({ bands: 100, rows: 2 })).toThrow(RangeError);
    const other = new CorpusIndex({ numPerm: 64 });
    expect(() => idx.add('z', BASE, other.prepare(BASE))).toThrow(/`prepared` does not match/);
  });

  it('handles empty and tiny texts', () => {
    const idx = new CorpusIndex();
    expect(idx.add('e1', '').nearDuplicates).toEqual([]);
    expect(idx.add('e2', '  \n').exactDuplicateOf).toBe('e1');
    expect(idx.add('t1', '好').nearDuplicates).toEqual([]);
    expect(idx.add('t2', '好').exactDuplicateOf).toBe('t1');
    expect(idx.add('t3', '好的').nearDuplicates).toEqual([]);
  });

  it('finds exactly the brute-force pairs when every band is one row (property)', () => {
    const words = [
      '政府',
      '工作',
      '报告',
      '经济',
      '发展',
      '改革',
      '开放',
      '创新',
      '民生',
      '保障',
      '就业',
      '增长',
    ];
    const doc = fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 25 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 2, maxLength: 8 }), (texts) => {
        const idx = new CorpusIndex({ threshold: 0.6, bands: 128, rows: 1 });
        texts.forEach((t, i) => {
          const r = idx.add(String(i), t);
          const got = new Map(r.nearDuplicates.map((n) => [n.id, n.similarity]));
          for (let j = 0; j < i; j++) {
            const sim = exactJ(t, texts[j] as string);
            if (sim >= 0.6) expect(got.get(String(j))).toBeCloseTo(sim, 12);
            else expect(got.has(String(j))).toBe(false);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('CorpusIndex.clusters and remove', () => {
  it('groups near-duplicates with a stable representative', () => {
    const idx = new CorpusIndex();
    idx.add('x', OTHER);
    idx.add('a', BASE);
    idx.add('b', `${BASE}来源：新华社`);
    idx.add('c', BASE);
    expect(idx.clusters()).toEqual([{ representative: 'a', members: ['a', 'b', 'c'] }]);
    const longest = new CorpusIndex({ representative: 'longest' });
    longest.add('a', BASE);
    longest.add('b', `${BASE}来源：新华社`);
    expect(longest.clusters()).toEqual([{ representative: 'b', members: ['a', 'b'] }]);
  });

  it('keeps exact copies answering after their original is removed', () => {
    const idx = new CorpusIndex();
    idx.add('a', BASE);
    idx.add('b', BASE);
    idx.add('c', BASE);
    idx.add('n', `${BASE}来源：新华社`);
    expect(idx.remove('a')).toBe(true);
    expect(idx.remove('a')).toBe(false);
    expect(idx.query(BASE).map((n) => n.id)).toEqual(['b', 'c', 'n']);
    expect(idx.clusters()).toEqual([{ representative: 'b', members: ['b', 'c', 'n'] }]);
    const again = idx.add('a', BASE);
    expect(again.exactDuplicateOf).toBe('b');
  });
});

describe('CorpusIndex budgets', () => {
  const variants = Array.from({ length: 12 }, (_, i) => `${BASE}（第${i}稿）`);

  it('keeps clusters connected and add() complete when links are capped', () => {
    const capped = new CorpusIndex({ maxLinks: 2 });
    const full = new CorpusIndex();
    variants.forEach((t, i) => {
      const a = capped.add(String(i), t);
      const b = full.add(String(i), t);
      expect(a.nearDuplicates).toEqual(b.nearDuplicates);
    });
    expect(capped.clusters()).toEqual(full.clusters());
    expect(capped.clusters()[0]?.members).toHaveLength(12);
    // an exact copy of a member whose links were capped still gets every near-duplicate
    expect(capped.add('copy', variants[0] as string).nearDuplicates).toEqual(
      full.add('copy', variants[0] as string).nearDuplicates,
    );
  });

  it('marks a result degraded when more candidates than maxCandidates share a band', () => {
    const idx = new CorpusIndex({ maxCandidates: 3 });
    for (const [i, t] of variants.entries()) idx.add(String(i), t);
    const r = idx.add('x', `${BASE}（终稿）`);
    expect(r.degraded?.reason).toMatch(/maxCandidates/);
    expect(r.nearDuplicates).toHaveLength(3);
  });
});

describe('CorpusIndex on adversarial input', () => {
  it('handles a million-character repetition loop, CRLF and lone surrogates quickly', () => {
    const idx = new CorpusIndex();
    const loop = '重要讲话精神'.repeat(170_000);
    const t0 = performance.now();
    idx.add('loop', loop);
    // Same shingle set (6 distinct 5-grams), different text: a near-duplicate with similarity 1.
    const r = idx.add('loop2', `${loop}\r\n重要`);
    expect(r.exactDuplicateOf).toBeUndefined();
    expect(r.nearDuplicates).toEqual([{ id: 'loop', similarity: 1 }]);
    // Six new shingles across the seam: Jaccard 6/12, not a near-duplicate.
    expect(idx.add('loop3', `${loop}结尾\ud800`).nearDuplicates).toEqual([]);
    expect(idx.query('重要讲话精神重要讲话精神').map((n) => n.id)).toEqual(['loop', 'loop2']);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
