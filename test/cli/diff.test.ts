// jiaokan diff and versions, spawned, against the real diff() / formatChanges() / alignVersions().
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { applyChanges, type ChangeSet } from '../../src/changes/index.js';
import { lineView } from '../../src/format/lines.js';
import { cli, ROOT, tempDir } from './helpers.js';

const HAS_PATCH = spawnSync('patch', ['--version'], { stdio: 'ignore' }).status === 0;
const { dir, cleanup } = tempDir();
afterAll(cleanup);
for (const y of ['2013', '2014', '2015']) {
  copyFileSync(path.join(ROOT, `examples/reports/hailar-${y}.txt`), path.join(dir, `${y}.txt`));
}
const a = readFileSync(path.join(dir, '2013.txt'), 'utf8');
const b = readFileSync(path.join(dir, '2014.txt'), 'utf8');

describe('jiaokan diff', () => {
  const json = cli(['diff', '2013.txt', '2014.txt', '--format', 'json'], { cwd: dir });
  const cs = JSON.parse(json.stdout) as ChangeSet;

  it('--format json is a change set from a to b', () => {
    expect(json.code).toBe(0);
    expect(applyChanges(a, cs)).toBe(b);
  });

  it('in a pipe the default is a patch naming both files', () => {
    const r = cli(['diff', '2013.txt', '2014.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- 2013\.txt\n\+\+\+ 2014\.txt\n@@ /);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('-U sets the lines of context of the patch', () => {
    const u0 = cli(['diff', '2013.txt', '2014.txt', '-U', '0'], { cwd: dir }).stdout;
    const u3 = cli(['diff', '2013.txt', '2014.txt'], { cwd: dir }).stdout;
    const context = (p: string) => p.split('\n').filter((l) => l.startsWith(' ')).length;
    expect(context(u0)).toBe(0);
    expect(context(u3)).toBeGreaterThan(0);
  });

  it('--lines sentence: a patch over one sentence per line, which applies to that view', () => {
    const r = cli(['diff', '2013.txt', '2014.txt', '--lines', 'sentence'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(applyPatch(lineView(a, 'sentence'), r.stdout)).toBe(lineView(b, 'sentence'));
    const longest = (p: string) => Math.max(...p.split('\n').map((l) => l.length));
    expect(longest(r.stdout)).toBeLessThan(
      longest(cli(['diff', '2013.txt', '2014.txt'], { cwd: dir }).stdout),
    );
    const bad = cli(['diff', '2013.txt', '2014.txt', '--lines', 'word'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lines must be one of source, sentence, paragraph');
  });

  it('ansi with colour when asked; critic marks', () => {
    expect(cli(['diff', '2013.txt', '2014.txt', '-f', 'ansi', '--color'], { cwd: dir }).stdout).toContain(
      '\u001b[',
    );
    expect(cli(['diff', '2013.txt', '2014.txt', '-f', 'critic'], { cwd: dir }).stdout).toMatch(
      /\{--|\{\+\+|\{~~/,
    );
  });

  it('--exit-code: 1 when the versions differ, 0 when they do not', () => {
    expect(cli(['diff', '--exit-code', '2013.txt', '2014.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['diff', '--exit-code', '2013.txt', '2013.txt'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(cli(['diff', '2013.txt', '2014.txt'], { cwd: dir }).code).toBe(0);
  });

  it('-w: whitespace-only changes are shown unmarked and are no difference for --exit-code', () => {
    // b: a's lines indented with full-width spaces, and CRLF line ends
    const wrapped = a.replace(/^(?=.)/gm, '　　').replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'wrapped.txt'), wrapped);
    const plain = cli(['diff', '-f', 'ansi', '--no-color', '2013.txt', 'wrapped.txt'], { cwd: dir });
    expect(plain.stdout).toMatch(/\{\+/);
    const w = cli(['diff', '-w', '-f', 'ansi', '--no-color', '2013.txt', 'wrapped.txt'], { cwd: dir });
    expect(w.stdout).not.toMatch(/\[-|\{\+/);
    expect(w.stdout).toBe(wrapped);
    expect(cli(['diff', '-w', '--exit-code', '2013.txt', 'wrapped.txt'], { cwd: dir }).code).toBe(0);
    expect(cli(['diff', '--exit-code', '2013.txt', 'wrapped.txt'], { cwd: dir }).code).toBe(1);
    // a real change still shows and still counts
    expect(cli(['diff', '-w', '--exit-code', '2013.txt', '2014.txt'], { cwd: dir }).code).toBe(1);
  });

  it('stdin on either side', () => {
    const r = cli(['diff', '-', '2014.txt', '-f', 'json'], { cwd: dir, input: a });
    expect(applyChanges(a, JSON.parse(r.stdout) as ChangeSet)).toBe(b);
  });

  it('stdin on both sides is a usage error, not a diff against an empty second read', () => {
    const r = cli(['diff', '-', '-'], { cwd: dir, input: a });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jiaokan: stdin \(-\) can be read only once\n/);
    expect(r.stdout).toBe('');
  });

  // The patch is over the files' bytes: a BOM stays in the first line, and files in another encoding
  // get the patch in that encoding, so GNU patch turns a.txt into exactly b.txt.
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const utf8 = (t: string) => Buffer.from(t, 'utf8');
  it.skipIf(!HAS_PATCH).each([
    [
      'BOM on both sides',
      Buffer.concat([bom, utf8('甲。\r\n乙。\r\n')]),
      Buffer.concat([bom, utf8('甲。\r\n乙改。\r\n')]),
    ],
    ['BOM on a only', Buffer.concat([bom, utf8('甲。\n乙。\n')]), utf8('甲。\n乙。\n丙。\n')],
    ['BOM on b only', utf8('甲。\n乙。\n'), Buffer.concat([bom, utf8('甲。\n乙。\n')])],
    [
      'GBK on both sides',
      iconv.encode('第一段。\n第二段。\n', 'gbk'),
      iconv.encode('第一段。\n第二段改了。\n', 'gbk'),
    ],
  ])('the patch applies byte-exactly with GNU patch: %s', (_name, before, after) => {
    writeFileSync(path.join(dir, 'x.txt'), before);
    writeFileSync(path.join(dir, 'y.txt'), after);
    const r = cli(['diff', 'x.txt', 'y.txt', '-o', 'xy.patch'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    execFileSync('patch', ['--quiet', '-o', 'patched.txt', 'x.txt', 'xy.patch'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'patched.txt')).equals(after)).toBe(true);
  });

  // The files differ in a BOM only: a difference in every format (as for diff(1)), shown by the source
  // patch, and named on stderr by the formats that compare decoded text.
  it.each(['patch', 'json', 'critic', 'ansi', 'html'])(
    '--exit-code on a BOM-only difference, --format %s',
    (format) => {
      writeFileSync(path.join(dir, 'p.txt'), utf8('甲。\n乙。\n'));
      writeFileSync(path.join(dir, 'q.txt'), Buffer.concat([bom, utf8('甲。\n乙。\n')]));
      const r = cli(['diff', '--exit-code', '-f', format, 'p.txt', 'q.txt'], { cwd: dir });
      expect(r.code).toBe(1);
      if (format === 'patch') expect(r.stderr).toBe('');
      else
        expect(r.stderr).toBe(
          'jiaokan: note: the texts are equal; q.txt starts with a byte-order mark and p.txt does not\n',
        );
      const same = cli(['diff', '--exit-code', '-f', format, 'q.txt', 'q.txt'], { cwd: dir });
      expect(same.code).toBe(0);
      expect(same.stderr).toBe('');
    },
  );

  // git apply and GNU patch read lines of bytes ending in LF: a UTF-16 patch would be no patch at all,
  // so UTF-16 files get a UTF-8 patch (for UTF-8 copies of them) and a warning that says so.
  it('UTF-16 files: a UTF-8 patch and a warning', () => {
    const le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
    writeFileSync(path.join(dir, 'x16.txt'), le('甲。\n乙。\n'));
    writeFileSync(path.join(dir, 'y16.txt'), le('甲。\n乙改。\n'));
    const r = cli(['diff', 'x16.txt', 'y16.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('--- x16.txt\n+++ y16.txt\n@@ -1,2 +1,2 @@\n 甲。\n-乙。\n+乙改。\n');
    expect(r.stderr).toMatch(
      /^jiaokan: warning: x16\.txt is utf-16le and y16\.txt utf-16le: the patch is UTF-8/,
    );
  });

  it('--level: sentence and paragraph give fewer, larger changes that still apply', () => {
    const counts = (['token', 'sentence', 'paragraph'] as const).map((level) => {
      const r = cli(['diff', '2013.txt', '2014.txt', '-f', 'json', '--level', level], { cwd: dir });
      const c = JSON.parse(r.stdout) as ChangeSet;
      expect(applyChanges(a, c)).toBe(b);
      return c.changes.length;
    });
    expect(counts[1]).toBeLessThan(counts[0]!);
    expect(counts[2]).toBeLessThan(counts[1]!);
  });

  it('a budget that runs out degrades loudly: a warning on stderr, a coarser change set that still applies', () => {
    const r = cli(['diff', '2013.txt', '2014.txt', '-f', 'json', '--timeout', '0'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^jiaokan: warning: 2013\.txt → 2014\.txt: degraded to \w+ \(timeout\)\n$/);
    const coarse = JSON.parse(r.stdout) as ChangeSet;
    expect(applyChanges(a, coarse)).toBe(b);
    expect(coarse.changes.length).toBeLessThan(cs.changes.length);
    expect(json.stderr).toBe('');
  });

  it('--out writes the file atomically, the format from its extension', () => {
    const r = cli(['diff', '2013.txt', '2014.txt', '--out', 'd.html'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(path.join(dir, 'd.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('2013.txt');
  });
});

describe('jiaokan versions', () => {
  it('json: the versions, each step and the lineages', () => {
    const r = cli(['versions', '2013.txt', '2014.txt', '2015.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      versions: Array<{ name: string }>;
      steps: Array<{ from: number; to: number; similarity: number }>;
      lineages: Array<{ first: number; steps: Array<{ version: number }> }>;
    };
    expect(out.versions.map((v) => v.name)).toEqual(['2013.txt', '2014.txt', '2015.txt']);
    expect(out.steps.map((s) => [s.from, s.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(out.lineages.length).toBeGreaterThan(10);
    // some paragraphs run through all three years
    expect(out.lineages.some((l) => l.steps.map((s) => s.version).join() === '0,1,2')).toBe(true);
  });

  it('text: each step, where paragraphs come from and go, and the ones that run through', () => {
    const r = cli(['versions', '2013.txt', '2014.txt', '2015.txt', '--format', 'text'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2013.txt → 2014.txt → 2015.txt: 3 versions');
    expect(lines[1]).toMatch(/^ {2}2013\.txt → 2014\.txt {2}similarity 0\.\d\d {2}kept \d+, revised \d+/);
    expect(lines[2]).toMatch(/^ {2}2014\.txt → 2015\.txt {2}similarity/);
    // every lineage is counted once, by the version it starts in
    const total = Number(/^Paragraph lineages: (\d+)$/m.exec(r.stdout)?.[1]);
    const born = [...r.stdout.matchAll(/^ {2}(?:from|added in) \S+: (\d+)/gm)].map((m) => Number(m[1]));
    expect(born.reduce((a, b) => a + b, 0)).toBe(total);
    expect(r.stdout).toMatch(/^Through every version: \d+/m);
    expect(r.stdout).toMatch(/^ {2}¶\d+ → ¶\d+ → ¶\d+ {2}\d\.\d\d \d\.\d\d {2}“/m);
  });

  it('html: one column per version', () => {
    const r = cli(['versions', '2013.txt', '2014.txt', '2015.txt', '-o', 'l.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(path.join(dir, 'l.html'), 'utf8');
    expect(html.match(/<th>\d{4}\.txt<\/th>/g)).toHaveLength(3);
  });
});
