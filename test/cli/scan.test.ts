// jiaokan scan, spawned as a user runs it, against the real scan().
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from './helpers.js';

const SEED = '002_d4730f42f3b6ffd7.txt';
const text = readFileSync(path.join(FIXTURES, SEED), 'utf8');
const { dir, cleanup } = tempDir();
afterAll(cleanup);
mkdirSync(path.join(dir, 'docs/sub'), { recursive: true });
copyFileSync(path.join(FIXTURES, SEED), path.join(dir, 'docs', SEED));
copyFileSync(path.join(FIXTURES, '000_2ed30927621ba227.txt'), path.join(dir, 'docs/sub/000.txt'));
writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(text, 'gbk'));
writeFileSync(path.join(dir, 'utf16.txt'), iconv.encode(text, 'utf-16le', { addBOM: true }));
writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
writeFileSync(path.join(dir, 'clean.txt'), '这是一段正常的文字。\n\n这是第二段，没有问题。\n');

interface Line {
  file: string;
  rule: string;
  severity: string;
  start: number;
  end: number;
  line: number;
  column: number;
  actual: string;
  message: string;
}

function jsonLines(stdout: string): Line[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

const base = cli(['scan', '--json', `docs/${SEED}`], { cwd: dir });
const findings = jsonLines(base.stdout);

describe('jiaokan scan', () => {
  it('--json: one finding per line, with the file, offsets into the original text', () => {
    expect(base.code).toBe(0);
    expect(base.stderr).toBe('');
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.file).toBe(`docs/${SEED}`);
      expect(text.slice(f.start, f.end)).toBe(f.actual);
    }
    expect(new Set(findings.map((f) => f.rule))).toContain('repeated-block');
  });

  it('human output: vfile-reporter style, one line per finding, a summary', () => {
    const r = cli(['scan', `docs/${SEED}`], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`docs/${SEED}`);
    const rows = lines.filter((l) => /^\d+:\d+-\d+:\d+ /.test(l));
    expect(rows).toHaveLength(findings.length);
    for (const f of findings) {
      expect(r.stdout).toMatch(
        new RegExp(`^${f.line}:${f.column}-\\S+ +${f.severity} .* ${f.rule} +jiaokan$`, 'm'),
      );
    }
    expect(lines.filter(Boolean).at(-1)).toMatch(/^\d+ messages? \(/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--frail exits 1 on warnings or errors, 0 on a clean file', () => {
    expect(cli(['scan', '--frail', `docs/${SEED}`], { cwd: dir }).code).toBe(1);
    const clean = cli(['scan', '--frail', 'clean.txt'], { cwd: dir });
    expect(clean).toEqual({ code: 0, stdout: 'clean.txt: no issues found\n', stderr: '' });
  });

  it('--rule turns a rule off or changes its severity', () => {
    const off = jsonLines(
      cli(['scan', '--json', '--rule', 'repeated-block=off', `docs/${SEED}`], { cwd: dir }).stdout,
    );
    expect(off.some((f) => f.rule === 'repeated-block')).toBe(false);
    expect(off.length).toBeLessThan(findings.length);
    const info = jsonLines(
      cli(['scan', '--json', '--rule', 'unbalanced-pair=info', `docs/${SEED}`], { cwd: dir }).stdout,
    );
    expect(info.filter((f) => f.rule === 'unbalanced-pair').every((f) => f.severity === 'info')).toBe(true);
  });

  it('reads stdin for -', () => {
    const r = cli(['scan', '--json', '-'], { cwd: dir, input: text });
    expect(jsonLines(r.stdout)).toEqual(findings.map((f) => ({ ...f, file: '-' })));
  });

  it.each([
    ['GBK', 'gbk.txt'],
    ['UTF-16LE with BOM', 'utf16.txt'],
    ['UTF-8 with BOM', 'bom.txt'],
  ])('%s input gives the same findings as UTF-8', (_name, file) => {
    const r = cli(['scan', '--json', file], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual(findings.map((f) => ({ ...f, file })));
  });

  it('--encoding forces the decoding (GBK bytes read as Big5 give other text)', () => {
    const r = cli(['scan', '--json', '--encoding', 'gbk', 'gbk.txt'], { cwd: dir });
    expect(jsonLines(r.stdout)).toEqual(findings.map((f) => ({ ...f, file: 'gbk.txt' })));
  });

  it('a folder: every text file, recursively, in name order', () => {
    const r = cli(['scan', '--json', 'docs'], { cwd: dir });
    const files = [...new Set(jsonLines(r.stdout).map((f) => f.file))];
    expect(files).toEqual([`docs/${SEED}`, 'docs/sub/000.txt']);
  });

  it('--summary: one line per file with its findings counted by rule, then the totals by rule', () => {
    const r = cli(['scan', '--summary', '--no-color', 'docs', 'clean.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const all = jsonLines(cli(['scan', '--json', 'docs'], { cwd: dir }).stdout);
    const count = (file: string, rule: string) =>
      all.filter((f) => f.file === file && f.rule === rule).length;
    const lines = r.stdout.trimEnd().split('\n');
    const seedLine = lines.find((l) => l.startsWith(`docs/${SEED}: `))!;
    for (const rule of new Set(all.filter((f) => f.file === `docs/${SEED}`).map((f) => f.rule)))
      expect(seedLine).toContain(`${rule} ${count(`docs/${SEED}`, rule)}`);
    expect(lines).toContain('clean.txt: no issues found');
    expect(lines.at(-1)).toMatch(new RegExp(`^${all.length} messages \\(.*\\): `));
  });

  it('one unreadable file is named, the others are still scanned, exit 2', () => {
    const r = cli(['scan', '--json', 'missing.txt', 'clean.txt', `docs/${SEED}`], { cwd: dir });
    // the missing file fails while the inputs are collected: nothing is scanned
    expect(r.code).toBe(2);
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x61, 0xff, 0xfe, 0x00]));
    const r2 = cli(['scan', '--json', 'bad.txt', `docs/${SEED}`], { cwd: dir });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^jiaokan: bad\.txt: /);
    expect(jsonLines(r2.stdout)).toHaveLength(findings.length);
  });

  it('colours: FORCE_COLOR or --color on, NO_COLOR and --no-color off', () => {
    const args = ['scan', `docs/${SEED}`];
    expect(cli(args, { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(
      '\u001b[',
    );
    expect(cli([...args, '--color'], { cwd: dir }).stdout).toContain('\u001b[');
    expect(
      cli([...args, '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
  });

  it('no progress bar when stderr is not a terminal', () => {
    expect(cli(['scan', 'docs'], { cwd: dir }).stderr).toBe('');
  });
});
