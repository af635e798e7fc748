// Ctrl-C in the middle of `jiaokan clean`: every output written so far is complete, none is half
// written, no temp file is left, and the exit code is 130.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/clean.js';
import { CLI, FIXTURES, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('interrupted clean', () => {
  it('leaves only whole files behind', async () => {
    const text = readFileSync(path.join(FIXTURES, '002_d4730f42f3b6ffd7.txt'), 'utf8');
    mkdirSync(path.join(dir, 'in'));
    const N = 400;
    for (let i = 0; i < N; i++)
      writeFileSync(path.join(dir, 'in', `${String(i).padStart(3, '0')}.txt`), text);
    const child = spawn(process.execPath, [CLI, 'clean', 'in', '--out', 'out', '-q'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // wait until some outputs exist, then interrupt
    for (
      let i = 0;
      i < 500 && !(existsSync(path.join(dir, 'out')) && readdirSync(path.join(dir, 'out')).length > 5);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    const code = await exited;
    const written = readdirSync(path.join(dir, 'out'));
    expect(code).toBe(130);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(N);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const expected = clean(text).text;
    for (const f of written) expect(readFileSync(path.join(dir, 'out', f), 'utf8')).toBe(expected);
  });
});
