// The patch must be accepted byte-exactly by git apply, GNU patch and jsdiff applyPatch, including CRLF
// text and a last line without newline. git and patch run on a temp dir; their tests are skipped (with
// the reason in the test name) only when the binary is missing. The sentence and paragraph line views
// must apply the same way to lineView(a), giving lineView(b).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/align/diff.js';
import { formatChanges, lineView, type PatchLines } from '../../src/format/index.js';
import { parseDocument } from '../../src/text/document.js';
import { fixture } from '../align/helpers.js';
import { docText } from '../arbitraries.js';

const has = (bin: string) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0;
const HAS_GIT = has('git');
const HAS_PATCH = has('patch');

const report = fixture('corpus/gov-work-report/2023.txt').slice(0, 4000);
const revised = report
  .replace('十四五', '十五五')
  .replace(/\n\n[^\n]+\n\n/, '\n\n')
  .concat('\n\n新增段落。');
const CASES: [string, string, string][] = [
  ['LF report revision', report, revised],
  ['CRLF text', report.replace(/\n/g, '\r\n'), revised.replace(/\n/g, '\r\n')],
  ['no final newline in a', '甲。\n乙。\n丙。', '甲。\n乙改。\n丙。\n'],
  ['no final newline in b', '甲。\n乙。\n丙。\n', '甲。\n乙。\n丙改。'],
  ['no final newline on either side', '甲。\r\n乙。', '甲。\r\n乙改。'],
  ['LF to CRLF', '一。\n二。\n', '一。\r\n二。\r\n'],
  ['from empty', '', '全新。\n'],
  ['to empty', '全删。\n', ''],
];

function patchOf(a: string, b: string, lines: PatchLines = 'source'): string {
  return formatChanges(a, diff(a, b), 'patch', { aName: 'a/doc.txt', bName: 'b/doc.txt', lines });
}

/** What the patch in mode `lines` applies to, and what it must produce. */
function sides(a: string, b: string, lines: PatchLines): [string, string] {
  return lines === 'source' ? [a, b] : [lineView(a, lines), lineView(b, lines)];
}

/** Applies patch `p` to text `a` with a command run in a temp dir; an empty patch changes nothing. */
function applyWith(cmd: string, args: string[], a: string, p: string, name = 'doc.txt'): string {
  if (p === '') return a;
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-patch-'));
  try {
    writeFileSync(join(dir, name), a);
    writeFileSync(join(dir, 'p.diff'), p);
    execFileSync(cmd, args, { cwd: dir, stdio: 'pipe' });
    return readFileSync(join(dir, name), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TOOLS = [
  ['git apply', HAS_GIT, 'git', ['apply', '--whitespace=nowarn', 'p.diff']],
  ['GNU patch', HAS_PATCH, 'patch', ['-p1', '--quiet', '-i', 'p.diff']],
] as const;

const MODES: PatchLines[] = ['source', 'sentence', 'paragraph'];
const ALL = MODES.flatMap((mode) =>
  CASES.map(([name, a, b]) => [`${mode} lines, ${name}`, a, b, mode] as const),
);

describe('patch format', () => {
  it.each(ALL)('jsdiff applyPatch: %s', (_name, a, b, mode) => {
    const [from, to] = sides(a, b, mode);
    expect(applyPatch(from, patchOf(a, b, mode))).toBe(to);
  });

  for (const [tool, present, cmd, args] of TOOLS) {
    it.skipIf(!present).each(ALL)(
      `${tool}${present ? '' : ' (skipped: not installed)'}: %s`,
      (_n, a, b, mode) => {
        const [from, to] = sides(a, b, mode);
        expect(applyWith(cmd, [...args], from, patchOf(a, b, mode))).toBe(to);
      },
    );
  }

  it('uses the given file names and an empty patch for identical texts', () => {
    const p = patchOf('一。\n', '二。\n');
    expect(p.startsWith('--- a/doc.txt\n+++ b/doc.txt\n@@')).toBe(true);
    expect(patchOf('同。\n', '同。\n')).toBe('');
    // Texts that differ only in layout have the same sentence view, so nothing to show.
    expect(patchOf('甲。乙。\n', '\u3000\u3000甲。乙。  \n', 'sentence')).toBe('');
  });

  // GNU patch ends an unquoted name at the first space, so names with spaces are C-quoted, as GNU diff
  // does (jsdiff quotes only control, non-ASCII, quote and backslash characters).
  it.each(['my doc.txt', '报告 2023.txt', 'trailing .txt', 'tab\tname.txt', 'quote"d.txt'])(
    'file name %j: git apply, GNU patch and jsdiff find the file',
    (name) => {
      const [a, b] = ['一。\n二。\n', '一。\n三。\n'];
      const p = formatChanges(a, diff(a, b), 'patch', { aName: `a/${name}`, bName: `b/${name}` });
      const [parsed] = parsePatch(p);
      expect([parsed?.oldFileName, parsed?.newFileName]).toEqual([`a/${name}`, `b/${name}`]);
      for (const [, present, cmd, args] of TOOLS) {
        if (present) expect(applyWith(cmd, [...args], a, p, name)).toBe(b);
      }
    },
  );

  // A change set may cut a paragraph with the line break before it (a deleted last paragraph takes
  // its separator), which touches the line above; that line is context, as in diff(1), not -/+.
  it.each([
    ['an edited last line', '甲。\r\n乙。\r\n', '甲。\r\n乙改。\r\n', ['-乙。\r', '+乙改。\r']],
    ['a replaced last line, no newline', 'one\ntwo', 'one\n2', ['-two', '+2']],
    ['a deleted last line', 'one.\ntwo.\nthree.\n', 'one.\ntwo.\n', ['-three.']],
  ])('only changed lines are -/+: %s', (_n, a, b, changed) => {
    const p = patchOf(a, b);
    expect(p.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l))).toEqual(changed);
    expect(applyPatch(a, p)).toBe(b);
  });

  it('sentence lines: a one-word edit in a long paragraph shows that sentence, not the paragraph', () => {
    const changed = (p: string) => p.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    const source = changed(patchOf(report, revised));
    const sentence = changed(patchOf(report, revised, 'sentence'));
    const sentencesOfA = new Set(parseDocument(report).sentences.map((s) => s.text.replace(/\n/g, '')));
    const removed = sentence.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
    expect(removed.length).toBeGreaterThan(0);
    for (const line of removed) expect(sentencesOfA.has(line)).toBe(true);
    const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length));
    expect(longest(sentence)).toBeLessThan(longest(source));
  });

  it('rejects an unknown line mode', () => {
    expect(() => formatChanges('a', diff('a', 'b'), 'patch', { lines: 'word' as PatchLines })).toThrow(
      /options\.lines must be one of source, sentence, paragraph/,
    );
  });

  // jsdiff converts a patch whose every line has the other line ending than the file; a bare insertion
  // (no context) of a CRLF line into an LF file must still arrive as CRLF (found by the property below).
  it.each([
    ['a CRLF line into an LF file', '\n\n', '\r\n\n\n'],
    ['an LF line into a CRLF file', 'x\r\ny\r\n', 'x\r\nz\ny\r\n'],
    ['a CRLF line at the end of an LF file', '甲\n乙\n', '甲\n乙\n丙\r\n'],
  ])('applies with jsdiff when the change has the other line ending: %s', (_n, a, b) => {
    for (const context of [0, 1, 3]) {
      const p = formatChanges(a, diff(a, b), 'patch', { context });
      expect(applyPatch(a, p)).toBe(b);
    }
  });

  it('applies exactly for random pairs and their edits, in every line mode', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), put: docText });
    const pair = fc.oneof(
      fc.tuple(docText, docText),
      fc.tuple(docText, fc.array(edit, { maxLength: 4 })).map(([a, edits]) => {
        let b = a;
        for (const e of edits) {
          const at = b.length === 0 ? 0 : e.at % (b.length + 1);
          b = b.slice(0, at) + e.put.slice(0, 12) + b.slice(at + e.cut);
        }
        return [a, b] as [string, string];
      }),
    );
    fc.assert(
      fc.property(pair, fc.constantFrom(...MODES), fc.nat({ max: 3 }), ([a, b], mode, context) => {
        const [from, to] = sides(a, b, mode);
        const p = formatChanges(a, diff(a, b), 'patch', { lines: mode, context });
        expect(p === '' ? from : applyPatch(from, p)).toBe(to);
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on 20,000 shuffled one-line paragraphs (a Myers line diff took 108 s)', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `第${i}条消息。`);
    const a = lines.join('\n');
    const b = lines
      .map((l, i) => [l, (i * 7919) % 20_000] as const)
      .sort((x, y) => x[1] - y[1])
      .map(([l]) => l)
      .join('\n');
    const p = formatChanges(a, diff(a, b), 'patch');
    expect(applyPatch(a, p)).toBe(b);
  }, 60_000);
});
