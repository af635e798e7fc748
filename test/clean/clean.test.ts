import { describe, expect, it } from 'vitest';
import { applyChanges, clean, invertChanges, scan, validateChanges } from '../../src/index.js';
import { PROSE } from '../detect/helpers.js';

const [A, B, C] = PROSE as [string, string, string];

describe('clean', () => {
  it('returns a valid change set that applies and inverts, each change naming rule and finding', () => {
    const text = `${A}\n\n还没有评论，快来抢沙发吧！\n\n${B}\n\n${C}\n\n${A}\n\n开展宣讲宣讲，活动。`;
    const r = clean(text);
    expect(validateChanges(text, r.changes)).toBeTruthy();
    expect(applyChanges(text, r.changes)).toBe(r.text);
    expect(applyChanges(r.text, invertChanges(r.changes))).toBe(text);
    expect(r.changes.changes.map((c) => c.rule).sort()).toEqual([
      'boilerplate',
      'doubled-phrase',
      'repeated-block',
    ]);
    for (const c of r.changes.changes) {
      const f = r.findings[c.finding!]!;
      expect(f.rule).toBe(c.rule);
      expect(c.note).toBe(f.message);
    }
    expect(r.text).toBe(`${A}\n\n${B}\n\n${C}\n\n开展宣讲，活动。`);
  });

  it('resolves overlapping fixes deterministically: the whole-block removal wins', () => {
    // The repeated paragraph also holds a doubled phrase; removing the paragraph makes the other fix moot.
    const D = `${B.slice(0, 10)}宣讲宣讲，${B.slice(10)}`;
    const text = `${A}\n\n${D}\n\n${C}\n\n${D}`;
    const r1 = clean(text);
    const r2 = clean(text);
    expect(r1).toEqual(r2);
    expect(r1.changes.changes.filter((c) => c.rule === 'repeated-block')).toHaveLength(1);
    expect(applyChanges(r1.text, invertChanges(r1.changes))).toBe(text);
  });

  it('reports every finding, applied or not, and findings are sorted', () => {
    const text = `他说：“要研究研究。\n\n${A}`;
    const r = clean(text);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.changes.changes).toEqual([]);
    expect(r.text).toBe(text);
    const starts = scan(text).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('is idempotent on a text with every kind of defect', () => {
    const text = [
      '发布时间:2025-02-07 来源:学校办公室 阅读次数: 【字体: 大 中 小】',
      A,
      '省科技厅党组书记表示，将积极推动湖北实验室和创新中心建设，推进央地共建机',
      '制，积极争取更多重大平台落地。',
      B,
      `开展分层分类宣讲宣讲，教育引导干部。`,
      C,
      A,
      '评论一下',
    ].join('\n\n');
    const once = clean(text);
    expect(once.text).not.toBe(text);
    expect(clean(once.text).changes.changes).toEqual([]);
  });

  it('keeps CRLF line endings intact when joining and removing', () => {
    const text = `${A}\r\n\r\n评论一下\r\n\r\n${B}\r\n\r\n${A}`;
    const r = clean(text);
    expect(r.text).toBe(`${A}\r\n\r\n${B}`);
    expect(applyChanges(r.text, invertChanges(r.changes))).toBe(text);
  });
});
