// The patch must be accepted byte-exactly by git apply, GNU patch and jsdiff applyPatch, including CRLF
// text and a last line without newline. git and patch run on a temp dir; their tests are skipped (with
// the reason in the test name) only when the binary is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/align/diff.js';
import { formatChanges } from '../../src/format/index.js';
import { fixture } from '../align/helpers.js';

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

function patchOf(a: string, b: string): string {
  return formatChanges(a, diff(a, b), 'patch', { aName: 'a/doc.txt', bName: 'b/doc.txt' });
}

function inTemp(a: string, run: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-patch-'));
  try {
    writeFileSync(join(dir, 'doc.txt'), a);
    run(dir);
    return readFileSync(join(dir, 'doc.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('patch format', () => {
  it.each(CASES)('jsdiff applyPatch: %s', (_name, a, b) => {
    expect(applyPatch(a, patchOf(a, b))).toBe(b);
  });

  it.skipIf(!HAS_GIT).each(CASES)(
    `git apply${HAS_GIT ? '' : ' (skipped: git not installed)'}: %s`,
    (_n, a, b) => {
      const p = patchOf(a, b);
      const out = inTemp(a, (dir) => {
        writeFileSync(join(dir, 'p.diff'), p);
        execFileSync('git', ['apply', '--whitespace=nowarn', 'p.diff'], { cwd: dir, stdio: 'pipe' });
      });
      expect(out).toBe(b);
    },
  );

  it.skipIf(!HAS_PATCH).each(CASES)(
    `GNU patch${HAS_PATCH ? '' : ' (skipped: patch not installed)'}: %s`,
    (_n, a, b) => {
      const p = patchOf(a, b);
      const out = inTemp(a, (dir) => {
        writeFileSync(join(dir, 'p.diff'), p);
        execFileSync('patch', ['-p1', '--quiet', '-i', 'p.diff'], { cwd: dir, stdio: 'pipe' });
      });
      expect(out).toBe(b);
    },
  );

  it('uses the given file names and an empty patch for identical texts', () => {
    const p = patchOf('一。\n', '二。\n');
    expect(p.startsWith('--- a/doc.txt\n+++ b/doc.txt\n@@')).toBe(true);
    expect(patchOf('同。\n', '同。\n')).toBe('');
  });
});
