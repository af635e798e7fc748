import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../src/corpus/index.js';
import { type DedupeResult, dedupeStream, type StreamDoc } from '../../src/corpus/stream.js';
import { bundle } from './bundle.js';

const SENTENCES = [
  '国务院总理李克强在会上作政府工作报告。',
  '过去一年我国经济社会发展取得新的重大成就。',
  '城镇新增就业一千三百五十二万人，居民消费价格上涨百分之二点九。',
  '春节前后各地积极做好群众生活保障工作，加强市场供应和价格监管。',
  '今年要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。',
  '加快建设现代化产业体系，推动高质量发展取得新成效。',
  '扎实推进乡村全面振兴，巩固拓展脱贫攻坚成果。',
  '深化教育综合改革，办好人民满意的教育。',
  '加强生态文明建设，推进绿色低碳发展。',
  '全面加强国家安全能力建设，维护社会大局稳定。',
];

/** A deterministic stream: originals (different sentence mixes), exact reposts and lightly edited copies. */
function docs(n: number): StreamDoc[] {
  let x = 7;
  const rnd = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  const out: StreamDoc[] = [];
  const originals: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i < 3 ? 0 : rnd() % 4;
    if (kind <= 1 || originals.length === 0) {
      let t = `第${i}号文件。`;
      for (let k = 0; k < 6; k++) t += SENTENCES[rnd() % SENTENCES.length];
      originals.push(t);
      out.push({ id: `d${i}`, text: t });
    } else if (kind === 2) {
      out.push({ id: `d${i}`, text: ` ${originals[rnd() % originals.length]}\n` });
    } else {
      const t = originals[rnd() % originals.length] as string;
      out.push({ id: `d${i}`, text: `${t}（来源：新华社）` });
    }
  }
  return out;
}

async function collect(
  gen: AsyncGenerator<DedupeResult, unknown>,
): Promise<{ results: DedupeResult[]; summary: unknown }> {
  const results: DedupeResult[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { results, summary: r.value };
    results.push(r.value);
  }
}

describe('dedupeStream', () => {
  it('keeps the first of each group and reports the rest with a reason', async () => {
    const input = docs(60);
    const { results, summary } = await collect(dedupeStream(input));
    expect(results.map((r) => r.id)).toEqual(input.map((d) => d.id));
    const idx = new CorpusIndex();
    // Reference: addUnique one by one gives the same verdicts.
    for (const [k, d] of input.entries()) {
      const r = idx.addUnique(d.id, d.text);
      expect(results[k]?.duplicate).toBe(!r.added);
    }
    const dups = results.filter((r) => r.duplicate);
    expect(dups.length).toBeGreaterThan(10);
    for (const r of dups) expect(r.reason === 'exact' || r.reason === 'near').toBe(true);
    expect(summary).toEqual({ seen: 60, kept: 60 - dups.length, duplicates: dups.length, evicted: 0 });
  });

  it('bounds memory with maxDocs (a sliding window of kept documents)', async () => {
    const input = docs(80);
    const index = new CorpusIndex();
    const gen = dedupeStream(input, { index, maxDocs: 5 });
    let maxSize = 0;
    const { summary } = await collect(
      (async function* () {
        for await (const r of gen) {
          maxSize = Math.max(maxSize, index.size);
          yield r;
        }
        return undefined;
      })(),
    );
    void summary;
    expect(maxSize).toBeLessThanOrEqual(5);
    expect(index.size).toBeLessThanOrEqual(5);
  });

  it('accepts async iterables, flags repeated ids and validates items', async () => {
    async function* src() {
      yield { id: 'a', text: SENTENCES.join('') };
      yield { id: 'a', text: 'different' };
    }
    const { results } = await collect(dedupeStream(src()));
    expect(results[1]).toMatchObject({ id: 'a', duplicate: true, reason: 'id' });
    await expect(collect(dedupeStream([{ id: 'x', text: 3 } as never]))).rejects.toThrow(/`text`/);
  });
});

describe('worker_threads mode', () => {
  it('gives results identical to the single-threaded ones', async () => {
    const lib = (await import(await bundle())) as typeof import('../../src/index.js') &
      typeof import('../../src/corpus-node.js');
    const input = docs(120);
    const sequential = new CorpusIndex();
    const expected = input.map((d) => sequential.add(d.id, d.text));
    const parallelIndex = new lib.CorpusIndex();
    const got = await lib.addAllParallel(parallelIndex, input, { workers: 2, batchSize: 7 });
    expect(got).toEqual(expected);
    expect(parallelIndex.clusters()).toEqual(sequential.clusters());

    const single = await collect(dedupeStream(input));
    const multi = await collect(lib.dedupeStreamParallel(input, { workers: 2, batchSize: 5 }));
    expect(multi.results).toEqual(single.results);
    expect(multi.summary).toEqual(single.summary);
  }, 30_000);
});
