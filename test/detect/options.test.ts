import { describe, expect, it } from 'vitest';
import { clean, DEFAULT_OPTIONS, RULES, resolveOptions, scan } from '../../src/index.js';
import { PROSE } from './helpers.js';

const [A, B, C] = PROSE as [string, string, string];
const TEXT = `${A}\n\n${B}\n\n${C}\n\n${A}\n\n评论一下\n\n开展宣讲宣讲，活动。`;

describe('options', () => {
  it('has frozen defaults for every rule', () => {
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_OPTIONS.rules)).toBe(true);
    expect(Object.keys(DEFAULT_OPTIONS.rules).sort()).toEqual([...RULES].sort());
    expect(Object.keys(DEFAULT_OPTIONS.policies).sort()).toEqual([...RULES].sort());
    expect(resolveOptions()).toEqual(DEFAULT_OPTIONS);
  });

  it.each([
    [{ rules: { nope: 'error' } }, RangeError, /unknown rule `nope`/],
    [{ rules: { mojibake: 'loud' } }, RangeError, /rules\.mojibake/],
    [{ policies: { boilerplate: 'burn' } }, RangeError, /policies\.boilerplate/],
    [{ threshold: 2 }, RangeError, /threshold/],
    [{ maxLoopPeriod: 0 }, RangeError, /maxLoopPeriod/],
    [{ boilerplate: [42] }, TypeError, /boilerplate\[0\]/],
    [{ corpus: {} }, TypeError, /corpus/],
    [{ reference: 'text' }, TypeError, /reference/],
  ])('rejects %j', (options, type, message) => {
    expect(() => scan('x', options as never)).toThrow(type);
    expect(() => scan('x', options as never)).toThrow(message);
  });

  it('turns a rule off', () => {
    expect(scan(TEXT).some((f) => f.rule === 'boilerplate')).toBe(true);
    expect(scan(TEXT, { rules: { boilerplate: 'off' } }).some((f) => f.rule === 'boilerplate')).toBe(false);
  });

  it('sets severities; info findings are never applied', () => {
    const f = scan(TEXT, { rules: { 'repeated-block': 'warning' } }).filter(
      (x) => x.rule === 'repeated-block',
    );
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    const r = clean(TEXT, { rules: { 'repeated-block': 'info' } });
    expect(r.findings.some((x) => x.rule === 'repeated-block' && x.severity === 'info')).toBe(true);
    expect(r.changes.changes.some((c) => c.rule === 'repeated-block')).toBe(false);
  });

  it('keep policy leaves a rule’s findings in place', () => {
    const r = clean(TEXT, { policies: { boilerplate: 'keep' } });
    expect(r.text).toContain('评论一下');
    expect(r.changes.changes.some((c) => c.rule === 'boilerplate')).toBe(false);
    expect(clean(TEXT).text).not.toContain('评论一下');
  });

  it('the confidence threshold decides what clean applies', () => {
    expect(clean(TEXT, { threshold: 1 }).changes.changes).toEqual([]);
    expect(clean(TEXT, { threshold: 0 }).changes.changes.length).toBeGreaterThanOrEqual(
      clean(TEXT).changes.changes.length,
    );
  });

  it.each([
    ['scan', () => scan(42 as never)],
    ['clean', () => clean(null as never)],
  ])('%s throws a TypeError naming the parameter on a non-string', (_n, fn) => {
    expect(fn).toThrow(TypeError);
    expect(fn).toThrow(/`text`/);
  });

  it.each([[''], ['   \n\n\t '], ['\u3000\u3000\n']])('finds nothing in empty or blank text %j', (text) => {
    expect(scan(text)).toEqual([]);
    const r = clean(text);
    expect(r.text).toBe(text);
    expect(r.changes.changes).toEqual([]);
  });
});
