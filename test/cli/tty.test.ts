// What changes when the streams are terminals (run in-process, with the real engine): the progress bar
// on stderr and ansi as diff's default format.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../helpers.js';
import { FIXTURES, inProcess, ROOT, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);
mkdirSync(path.join(dir, 'docs'));
for (const s of SEEDS) copyFileSync(path.join(FIXTURES, s), path.join(dir, 'docs', s));

describe('on a terminal', () => {
  it('multi-file work shows a progress bar on stderr, never on stdout', async () => {
    const r = await inProcess(['scan', 'docs'], { cwd: dir, stderrTTY: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d\/5/);
    expect(r.stdout).not.toMatch(/\d\/5 /);
    const quiet = await inProcess(['scan', '--json', 'docs'], { cwd: dir, stderrTTY: true });
    expect(quiet.stderr).toBe('');
  });

  it('diff defaults to ansi on a terminal and patch in a pipe', async () => {
    const a = path.join(ROOT, 'examples/reports/hailar-2013.txt');
    const b = path.join(ROOT, 'examples/reports/hailar-2014.txt');
    const tty = await inProcess(['diff', a, b], { tty: true, env: { FORCE_COLOR: '1' } });
    expect(tty.stdout).toContain('\u001b[');
    expect(tty.stdout).not.toMatch(/^--- /);
    const pipe = await inProcess(['diff', a, b]);
    expect(pipe.stdout).toMatch(/^--- /);
  });

  it('report refuses to print HTML on a terminal', async () => {
    const r = await inProcess(['report', 'docs'], { cwd: dir, tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jiaokan: report writes HTML: give --out <file\.html>/);
  });
});
