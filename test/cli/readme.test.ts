// The README's CLI section is run as written: every `$ jiaokan …` line in its sh blocks, in order, in a
// copy of examples/, with the exit code it states (`# exit N`, else 0) and the output it shows (lines in
// order; `…` stands for anything). `$ cp a b` lines copy a file, as the shell would.
import { copyFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

interface Step {
  bin: string;
  args: string[];
  code: number;
  shown: string[];
}

function readmeSteps(): Step[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('\n## CLI\n'),
    readme.indexOf('\n## ', readme.indexOf('\n## CLI\n') + 5),
  );
  const steps: Step[] = [];
  for (const block of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of (block[1] as string).split('\n')) {
      if (line.startsWith('$ ')) {
        const [command = '', comment = ''] = line.slice(2).split(/\s+#\s*/, 2);
        const [bin = '', ...args] = command.trim().split(/\s+/);
        expect(['jiaokan', 'cp']).toContain(bin);
        steps.push({ bin, args, code: Number(/exit (\d)/.exec(comment)?.[1] ?? 0), shown: [] });
      } else if (line.trim() && steps.length) steps.at(-1)?.shown.push(line);
    }
  }
  return steps;
}

function pattern(line: string): RegExp {
  const parts = line.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

const { dir, cleanup } = tempDir();
afterAll(cleanup);
cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });

describe('README CLI examples', () => {
  const steps = readmeSteps();

  it('the section has commands to run', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
  });

  it.each(steps.map((s) => [`${s.bin} ${s.args.join(' ')}`, s] as const))('%s', (_name, step) => {
    if (step.bin === 'cp') {
      copyFileSync(path.join(dir, step.args[0] as string), path.join(dir, step.args[1] as string));
      return;
    }
    const r = cli(step.args, { cwd: dir });
    expect(r.code, r.stderr).toBe(step.code);
    const lines = r.stdout.split('\n');
    let at = 0;
    for (const shown of step.shown) {
      if (shown.trim() === '…') continue;
      const re = pattern(shown);
      while (at < lines.length && !re.test(lines[at] as string)) at++;
      expect(at < lines.length, `README line not in the output (in order): ${shown}`).toBe(true);
      at++;
    }
  });

  it('the files the README says are written exist', () => {
    for (const f of [
      'cleaned/002_d4730f42f3b6ffd7.txt',
      'cleaned/002_d4730f42f3b6ffd7.txt.changes.json',
      'page.txt.bak',
      'compare.html',
      'lineage.html',
      'corpus.jkx',
      'report.html',
    ]) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
  });
});
