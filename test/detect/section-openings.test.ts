// Section openings: after a line of address (各位代表！) a speech opens a part, often with a motto of
// short clauses; that shape is no evidence of a displaced rest there.
import { describe, expect, it } from 'vitest';
import { addressLine } from '../../src/detect/section-openings.js';
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
