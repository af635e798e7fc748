import { describe, expect, it } from 'vitest';
import { paint } from '../../src/cli/color.js';
import { formatHuman, formatJsonLines, formatSummary, summary } from '../../src/cli/reporter.js';
import type { Finding } from '../../src/detect/types.js';

const text = '第一段。\n\n第一段。\n宣讲宣讲\n';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'doubled-phrase',
    severity: 'warning',
    confidence: 0.9,
    start: 0,
    end: 1,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    message: 'm',
    actual: 'x',
    ...over,
  };
}

const findings: Finding[] = [
  finding({ start: 11, end: 13, line: 4, column: 1, endLine: 4, endColumn: 3, message: 'Doubled “宣讲”' }),
  finding({
    rule: 'repeated-block',
    severity: 'error',
    start: 6,
    end: 10,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 5,
    message: 'Paragraph repeats an earlier one',
    related: [{ start: 0, end: 4, note: 'first copy' }],
  }),
  finding({ rule: 'boilerplate', severity: 'info', message: 'line one\nline two' }),
];

describe('formatHuman', () => {
  const out = formatHuman(
    [
      { file: 'a.txt', findings, text },
      { file: 'b.txt', findings: [] },
    ],
    paint(false),
  );

  it('prints findings in document order with aligned columns, like vfile-reporter', () => {
    const lines = out.split('\n');
    expect(lines[0]).toBe('a.txt');
    expect(lines[1]).toMatch(/^1:1-1:2 +info +line one⏎line two +boilerplate +jiaokan$/);
    expect(lines[2]).toMatch(/^3:1-3:5 +error +Paragraph repeats an earlier one +repeated-block +jiaokan$/);
    expect(lines[3]).toBe('  ↳ 1:1-1:5 first copy');
    expect(lines[4]).toMatch(/^4:1-4:3 +warning +Doubled “宣讲” +doubled-phrase +jiaokan$/);
    // the rule column starts at the same cell on every finding line
    const col = (l: string) => l.indexOf(l.match(/(boilerplate|repeated-block|doubled-phrase)/)![0]);
    expect(new Set([lines[1], lines[2]].map((l) => col(l!))).size).toBe(1);
  });

  it('names clean files and ends with the totals', () => {
    expect(out).toContain('\nb.txt: no issues found\n');
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 messages (✖ 1 error, ⚠ 1 warning)');
  });

  it('--quiet leaves out clean files; colours only when asked', () => {
    expect(formatHuman([{ file: 'b.txt', findings: [] }], paint(false), { quiet: true })).toBe('');
    expect(out).not.toContain('\u001b[');
    expect(formatHuman([{ file: 'a.txt', findings, text }], paint(true))).toContain('\u001b[31merror');
  });

  it('summary is empty without findings', () => {
    expect(summary([{ file: 'x', findings: [] }], paint(false))).toBe('');
  });
});

describe('formatSummary', () => {
  it('counts findings by rule, most first, and ends with the totals', () => {
    const out = formatSummary(
      [
        { file: 'a.txt', findings },
        { file: 'b.txt', findings: [] },
      ],
      paint(false),
    );
    const lines = out.trimEnd().split('\n');
    const byRule = new Map<string, number>();
    for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    // most first: the first count is the largest
    const first = /^a\.txt: \S+ (\d+)/.exec(lines[0]!);
    expect(Number(first?.[1])).toBe(Math.max(...byRule.values()));
    for (const [rule, n] of byRule) expect(lines[0]).toContain(`${rule} ${n}`);
    expect(lines[1]).toBe('b.txt: no issues found');
    expect(lines.at(-1)).toBe(
      `${summary([{ file: 'a.txt', findings }], paint(false))}: ${lines[0]!.slice(7)}`,
    );
    expect(formatSummary([{ file: 'b.txt', findings: [] }], paint(false), { quiet: true })).toBe('');
  });
});

describe('formatJsonLines', () => {
  it('one parseable object per finding, with the file', () => {
    const lines = formatJsonLines([{ file: 'a.txt', findings }])
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(findings.map((f) => ({ file: 'a.txt', ...f })));
  });
});

describe('control characters in messages', () => {
  it('a message quoting an escape sequence shows it instead of sending it to the terminal', () => {
    const f = finding({ rule: 'mojibake', message: 'Stray control character “\u001b[2J” in text' });
    const out = formatHuman([{ file: 'x.txt', findings: [f] }], paint(false));
    expect(out).toContain('“␛[2J”');
    expect(out).not.toContain('\u001b');
  });
});
