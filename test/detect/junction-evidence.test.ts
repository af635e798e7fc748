// Evidence shared by the junction rules (junctions.ts): indentation, the bigram statistics across the
// break, and short cut lines. Each case is checked both ways, so that a test cannot pass by a rule that
// always (or never) fires.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type RuleId, scan } from '../../src/index.js';
import { cleaned, found, PROSE } from './helpers.js';

const MORE = [
  '坚持和完善基本经济制度，促进各种所有制经济共同发展，保持经济持续健康发展。',
  '扩大高水平对外开放，稳住外贸外资基本盘，推动共建一带一路高质量发展。',
  '健全社会保障体系，提高基本养老保险统筹层次，扩大医疗保险覆盖范围。',
];
const indent = (xs: readonly string[]) => xs.map((x) => `　　${x}`).join('\n\n');

describe('junction evidence', () => {
  describe('indentation', () => {
    const head = '　　我们要持续深化改革开放，不断增强发展动力和活力，推动高质量发展。同时还要加快';
    const rest = '推进新型工业化，扩大有效投资。';
    it('joins an unindented line to the cut paragraph above it in an indented document', () => {
      const text = `${indent(PROSE)}\n\n${head}\n\n${rest}\n\n${indent(MORE)}`;
      expect(found(text, 'split-paragraph')).toHaveLength(1);
      expect(found(text, 'truncated-paragraph')).toEqual([]);
      expect(cleaned(text)).toContain('同时还要加快推进新型工业化');
    });
    it('takes an indented line for a new paragraph: the one above is truncated', () => {
      // 加快|推进 is an attested join of the shipped prose statistics, evidence that outweighs the
      // indentation: the indentation alone is checked here.
      const text = `${indent(PROSE)}\n\n${head}\n\n　　${rest}\n\n${indent(MORE)}`;
      const rules = (rule: RuleId) =>
        scan(text, { proseStats: false }).filter((f) => f.rule === rule && f.severity !== 'info');
      expect(rules('split-paragraph')).toEqual([]);
      expect(rules('truncated-paragraph')).toHaveLength(1);
    });
  });

  describe('a line without sentence punctuation', () => {
    const body = `${PROSE.join('\n\n')}\n\n坚持一个中国原则，推进祖国和平统一进程，解决台湾问题是全体中华儿女的共同心愿。`;
    it('is the head of a split when a word attested in the text runs across the break', () => {
      const text = `${body}\n\n我们要坚持贯彻新时代党解决台湾\n\n问题的总体方略，坚定反独促统。\n\n${MORE[0]}`;
      expect(found(text, 'split-paragraph')).toHaveLength(1);
      expect(cleaned(text)).toContain('解决台湾问题的总体方略');
    });
    it('stays a heading over a paragraph that opens a sentence', () => {
      const text = `${body}\n\n我们要坚持贯彻新时代党的总体方略\n\n坚持一个中国原则，坚定反独促统。\n\n${MORE[0]}`;
      expect(found(text, 'split-paragraph')).toEqual([]);
    });
  });

  describe('a short cut line', () => {
    // 和 occurs often here, never before a clause end: a line stopping on it is cut.
    const body = `${PROSE.join('\n\n')}\n\n${MORE.join('\n\n')}\n\n城市和乡村、工业和农业、东部和西部要协调发展和共同进步。`;
    it('is truncated when it reads as running text', () => {
      const text = `${body}\n\n推动发展能级、发展质效和\n\n${MORE[1]}`;
      const f = found(text, 'truncated-paragraph');
      expect(f).toHaveLength(1);
      expect(f[0]!.actual.endsWith('发展质效和')).toBe(true);
    });
    it('is left alone when it is a bare heading', () => {
      const text = `${body}\n\n改革开放扎实推向纵深和\n\n${MORE[1]}`;
      expect(found(text, 'truncated-paragraph')).toEqual([]);
    });
  });
});

describe('a connective set off by a comma opens a sentence', () => {
  const head = '我们要持续深化改革开放，不断增强发展动力和活力，';
  it.each([
    ['此外，还要加快推进新型工业化。', 'truncated-paragraph'],
    ['同时，还要加快推进新型工业化。', 'truncated-paragraph'],
    ['还要加快推进新型工业化。', 'split-paragraph'],
  ] as const)('%s after a head ending in a comma: %s', (tail, rule) => {
    const text = `${PROSE[0]}\n\n${PROSE[1]}\n\n${head}\n\n${tail}\n\n${PROSE[2]}`;
    expect(found(text, rule)).toHaveLength(1);
    const other = rule === 'split-paragraph' ? 'truncated-paragraph' : 'split-paragraph';
    expect(found(text, other)).toEqual([]);
  });
});

// The same cut, once as a split (the rest is the next paragraph) and once as a truncation (the rest is
// gone), in a real report: the evidence must flag the one and leave the other to truncated-paragraph.
const REPORT = readFileSync(new URL('../fixtures/corpus/gov-work-report/2024.txt', import.meta.url), 'utf8');
/** REPORT with a break at the `|` of `marked` (found once in the report), as a split or a truncation. */
function cutAt(marked: string, mode: 'split' | 'truncate'): { text: string; at: number } {
  const plain = marked.replace('|', '');
  const start = REPORT.indexOf(plain);
  expect(start, marked).toBeGreaterThanOrEqual(0);
  const at = start + marked.indexOf('|');
  if (mode === 'split') return { text: `${REPORT.slice(0, at)}\n\n${REPORT.slice(at)}`, at };
  const end = REPORT.indexOf('\n', at);
  return { text: REPORT.slice(0, at) + REPORT.slice(end), at };
}
const near = (text: string, rule: RuleId, at: number) =>
  found(text, rule).filter((f) => f.start <= at + 2 && f.end >= at - 1);

describe('junction evidence in a real report', () => {
  it.each([
    ['a dictionary word across the break (第|一年)', '依法履职的第|一年'],
    ['a dictionary word across the break (权|威)', '心的党中央权|威和集中统一'],
    ['a number cut in two (3|.9万亿元)', '专项债券3|.9万亿元'],
    ['a number cut after its decimal point (5.|2%)', '增长5.|2%'],
    ['a break after an opening quote (“|一老一小”)', '提高“|一老一小”个人所得税'],
    ['a rest that opens on a closing quote (大水漫灌|”)', '不搞“大水漫灌|”和短期强刺激'],
    // A rest whose first word opens a few sentences here but runs on inside far more (经济, 社会,
    // 发展 after 我国, 保持, 和平与): its openings do not make it a sentence of its own.
    ['a noun that opens few of its uses here (我国|经济)', '交织叠加，我国|经济波浪式发展'],
    ['a noun that opens few of its uses here (保持|社会)', '增进民生福祉，保持|社会稳定'],
    ['a noun that opens few of its uses here (和平与|发展)', '促进世界和平与|发展作出了'],
    // … and one that opens a single other sentence here among many uses inside them
    ['a noun that opens one of its many uses here (决不辜负|人民)', '决不辜负|人民期待'],
    ['a noun that opens one of its many uses here (实现全年|增长)', '努力实现全年|增长目标'],
    ['a noun that opens one of its many uses here (大力发展|数字)', '大力发展|数字教育'],
  ])('%s: joined as a split, reported as truncated without its rest', (_name, marked) => {
    const split = cutAt(marked, 'split');
    expect(near(split.text, 'split-paragraph', split.at)).toHaveLength(1);
    expect(near(split.text, 'truncated-paragraph', split.at)).toEqual([]);
    const trunc = cutAt(marked, 'truncate');
    expect(near(trunc.text, 'truncated-paragraph', trunc.at)).toHaveLength(1);
    expect(near(trunc.text, 'split-paragraph', trunc.at)).toEqual([]);
  });

  // After a comma, a paragraph that opens on a bigram the prose statistics see opening sentences (我们)
  // and that opens more sentences than clauses here is a sentence of its own; the rest of the sentence
  // (a clause) still joins.
  it.each([
    ['更好融入国家发展大局，|', 'truncate', 'truncated-paragraph'],
    ['增进两岸同胞福祉，|', 'truncate', 'truncated-paragraph'],
    ['增进两岸同胞福祉，|同心共创', 'split', 'split-paragraph'],
    ['改善民生，|发挥自身优势', 'split', 'split-paragraph'],
  ] as const)('a head ending in a comma over the next paragraph (%s, %s): %s', (marked, mode, rule) => {
    const cut = cutAt(marked, mode);
    if (mode === 'truncate') expect(cut.text.slice(cut.at, cut.at + 4)).toBe('\n\n我们');
    const other = rule === 'split-paragraph' ? 'truncated-paragraph' : 'split-paragraph';
    expect(near(cut.text, rule, cut.at)).toHaveLength(1);
    expect(near(cut.text, other, cut.at)).toEqual([]);
  });

  it('a paragraph that opens like the sentences here (各位代表！) does not continue a head ending in a comma', () => {
    const trunc = cutAt('国家领导人出访多国，|', 'truncate');
    expect(trunc.text.slice(trunc.at, trunc.at + 7)).toBe('\n\n各位代表！');
    expect(near(trunc.text, 'split-paragraph', trunc.at)).toEqual([]);
    expect(near(trunc.text, 'truncated-paragraph', trunc.at)).toHaveLength(1);
  });
});

describe('a short head and its displaced rest', () => {
  // 过去一年，是全面贯彻党的二|十大精神的开局之年… : the head is too short to tell from a heading by
  // itself; a word across the break (二十) pairs it with its rest four paragraphs later.
  const paras = REPORT.split('\n\n');
  const i = paras.findIndex((p) => p.startsWith('过去一年，是全面贯彻党的二十大精神'));
  const head = '过去一年，是全面贯彻党的二';
  const rest = paras[i]!.slice(head.length);
  it.each([
    ['is paired when the rest is there', true],
    ['is not paired with anything when the rest is gone', false],
  ])('%s', (_name, withRest) => {
    const ps = [...paras];
    ps.splice(i, 1, head);
    if (withRest) ps.splice(i + 4, 0, rest);
    const text = ps.join('\n\n');
    const headEnd = text.indexOf(head) + head.length;
    const pairs = found(text, 'displaced-fragment').filter((f) =>
      (f.related ?? []).some((r) => r.end === headEnd),
    );
    if (withRest) {
      expect(pairs).toHaveLength(1);
      expect(pairs[0]!.actual).toBe(rest);
      expect(cleaned(text)).toBe(REPORT);
    } else expect(pairs).toEqual([]);
  });
});

describe('quotation marks at a paragraph end', () => {
  it.each([
    [
      'a quotation closed after a full stop ends the paragraph',
      '会议指出：“要坚持稳中求进工作总基调，推动经济持续健康发展。”',
      0,
    ],
    ['a quotation closed after a word does not', '各地区各部门要坚持稳中求进工作总基调，持续深化“放管服”', 1],
  ])('%s', (_name, line, splits) => {
    const text = `${PROSE.join('\n\n')}\n\n${line}\n\n改革，进一步优化营商环境。\n\n${PROSE[0]}`;
    expect(found(text, 'split-paragraph')).toHaveLength(splits);
  });
});

describe('reference texts as attestation', () => {
  const head = '各地要围绕重点产业打造创新联合体，发挥龙头企业带动作用，推动产业链';
  const body = REPORT.trimEnd();
  // 产业链群 (a cluster of industrial chains) is no dictionary word and occurs nowhere in the document.
  const split = `${body}\n\n${head}\n\n群协同集聚，扩大开放合作。\n\n全面加强政府自身建设，提高依法行政能力。`;
  const trunc = `${body}\n\n${head}\n\n全面加强政府自身建设，提高依法行政能力。`;
  const attests = [
    '打造产业链群，推动产业链群协同发展，壮大产业链群规模。',
    '各地加快培育先进制造业集群和产业链群，提升产业竞争力。',
  ];
  // 链|全 occurs in this reference only as often as its halves would meet by chance.
  const chance = Array.from({ length: 40 }, (_, i) =>
    i % 8 === 0 ? '稳定产业链全面提升' : i % 2 ? '全面推进改革，全面加强监管。' : '巩固产业链供应链优势。',
  ).join('');
  it.each([
    ['a join attested in the reference makes a split', split, attests, 'split-paragraph'],
    ['a join the reference shows only by chance does not', trunc, [chance], 'truncated-paragraph'],
  ])('%s', (_name, text, reference, rule) => {
    const findings = scan(text, { reference }).filter((f) => f.severity !== 'info');
    const at = text.indexOf(head) + head.length;
    const here = findings.filter((f) => f.start <= at && f.end >= at);
    expect(here.map((f) => f.rule)).toEqual([rule]);
  });
  it('without the reference the same split is not attested', () => {
    const at = split.indexOf(head) + head.length;
    expect(found(split, 'split-paragraph').filter((f) => f.start <= at && f.end >= at)).toEqual([]);
  });
});

describe('reference texts as a source of sentence openings', () => {
  // A head cut after a word that wants more (将, 明显) over a paragraph whose opening this document
  // never shows: a split by the document's own statistics; the reference shows that opening starting
  // a sentence, so the next paragraph is a sentence of its own and the head is truncated.
  it.each([
    [
      '我们要坚持实施更大规模的减税降费，减轻企业负担，深化增值税改革，将',
      '明显降低企业社保缴费负担。各地要切实落实政策，确保企业有实实在在的获得感。',
    ],
    [
      '要坚持稳中求进，持续扩大内需，推动经济运行整体好转，明显',
      '纵深推进全国统一大市场建设。打破地方保护和市场分割，促进要素自由流动。',
    ],
  ])('%s|%s', (head, next) => {
    const text = [...PROSE.slice(0, 3), head, next, ...PROSE.slice(3)].join('\n\n');
    // Without the shipped prose statistics, which see 将|明 and 显|纵 as foreign joins by themselves:
    // the reference alone is checked here.
    const rules = (reference: string[]) =>
      scan(text, { reference, proseStats: false })
        .filter((f) => f.severity !== 'info' && f.rule !== 'unbalanced-pair')
        .map((f) => f.rule);
    expect(rules([])).toEqual(['split-paragraph']);
    // the same four characters inside a sentence of the reference say nothing
    expect(rules([`各项改革${next.slice(0, 4)}深入推进。`])).toEqual(['split-paragraph']);
    expect(rules([`发展取得新成效。${next.slice(0, 4)}改革持续深化。`])).toEqual(['truncated-paragraph']);
  });
});

describe('a point after a digit at a paragraph end', () => {
  const english = [
    'The economy grew faster than expected over the past year, and unemployment stayed low.',
    'We created more jobs in the last three years than in any comparable period in 2023.',
    '2024 will be a year of building, and we will keep investing in our roads and bridges.',
    'Our work is not finished, and together we will finish the job for the American people.',
  ].join('\n\n');
  it('is a full stop in English text', () => {
    expect(found(english, 'split-paragraph')).toEqual([]);
    expect(found(english, 'truncated-paragraph')).toEqual([]);
  });
});
