// Section openings: after a line of address (各位代表！) a speech opens a part, often with a motto of
// short clauses; that shape is no evidence of a displaced rest there.
import { describe, expect, it } from 'vitest';
import { addressLine, coupletOpening } from '../../src/detect/section-openings.js';
import { fixture } from '../helpers.js';
import { found } from './helpers.js';

describe('addressLine', () => {
  it.each<[string, boolean]>([
    ['各位代表！', true],
    ['同志们！', true],
    ['女士们、先生们、朋友们：', true],
    ['Friends!', true],
    ['重任在肩，更须砥砺奋进！', false], // a comma inside: a sentence, not an address
    ['向全国各族人民表示诚挚感谢！', true],
    ['我们要更加紧密地团结在党中央周围，为实现目标而努力奋斗！', false], // too long
    ['各位代表', false], // no closing mark: a heading
    ['！', false],
    ['各位代表。', false],
  ])('%s → %s', (line, want) => {
    expect(addressLine(line, 0, line.length)).toBe(want);
  });
});

describe('displaced-fragment after a line of address', () => {
  const paras = fixture('corpus/gov-work-report/2024.txt').split('\n\n');
  const motto = paras.findIndex((p) => p.startsWith('使命重在担当，奋斗创造未来。'));
  const at = paras.findIndex((p) => p.includes('广泛践行社会主义核心价值观'));
  const p = paras[at]!;
  const cut = p.indexOf('广泛践行社会主') + '广泛践行社会主'.length;

  it('does not take the motto after 各位代表！ for the rest of a cut sentence', () => {
    expect(paras[motto - 1]).toBe('各位代表！');
    const cutOnly = [...paras];
    cutOnly.splice(at, 1, p.slice(0, cut));
    const f = found(cutOnly.join('\n\n'), 'displaced-fragment').filter((x) =>
      x.actual.startsWith('使命重在担当'),
    );
    expect(f).toEqual([]);
  });

  it('still pairs a rest that lands after 各位代表！ on the evidence across the break', () => {
    const moved = [...paras];
    moved.splice(motto, 0, p.slice(cut));
    moved.splice(at, 1, p.slice(0, cut));
    const text = moved.join('\n\n');
    const f = found(text, 'displaced-fragment').filter((x) => x.actual.startsWith(p.slice(cut, cut + 8)));
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.related![0]!.start, f[0]!.related![0]!.end).endsWith('广泛践行社会主')).toBe(
      true,
    );
  });
});

describe('coupletOpening', () => {
  it.each<[string, boolean]>([
    ['人命关天，安全至上。必须持之以恒抓好安全生产。', true],
    ['立国之道，惟在富民。要以增进民生福祉为目的', true],
    ['生命高于一切，安全重于泰山。必须坚持不懈', true],
    ['奋斗创造历史，实干成就未来。', true],
    ['安不忘危，兴不忘忧；', true],
    ['重任在肩，更须砥砺奋进。', false], // four and six: not matched
    ['地方政府主体责任，支持中小城市发展。', false], // eight ideographs: a clause, not a motto
    ['同一天，市政府召开会议。', false],
    ['产能，支持有条件的企业开展海外并购，', false],
    ['人命关天，安全生产这根弦任何时候都要绷紧。', false], // the second clause runs on
    ['人命关天，安全至上', false], // no mark closes the second clause
    ['，安全至上，', false],
  ])('%s → %s', (line, want) => {
    expect(coupletOpening(line, 0, line.length)).toBe(want);
  });
});

describe('displaced-fragment before a couplet', () => {
  it('does not take a paragraph opening on a couplet for the rest of a cut sentence', () => {
    // 2015: …坚持分类指导，因地施策，落实 | 地方政府主体责任… with the rest lost; eleven paragraphs
    // down 立国之道，惟在富民。 opens the part on livelihoods. Its short first clause once paired it.
    const paras = fixture('corpus/gov-work-report/2015.txt').split('\n\n');
    const at = paras.findIndex((p) => p.includes('因地施策，落实地方政府主体责任'));
    const p = paras[at]!;
    const cut = p.indexOf('因地施策，落实') + '因地施策，落实'.length;
    const cutOnly = [...paras];
    cutOnly.splice(at, 1, p.slice(0, cut));
    const text = cutOnly.join('\n\n');
    expect(paras.findIndex((q) => q.startsWith('立国之道，惟在富民。'))).toBeGreaterThan(at + 1);
    expect(found(text, 'displaced-fragment').filter((x) => x.actual.startsWith('立国之道'))).toEqual([]);
    // the head is still reported as cut
    const h = text.indexOf('因地施策，落实') + '因地施策，落实'.length;
    expect(found(text, 'truncated-paragraph').some((x) => x.start < h && h <= x.end)).toBe(true);
  });
});
