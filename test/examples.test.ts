// The runnable examples in examples/ run against the built package and print what they promise.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (name: string) =>
  execFileSync(process.execPath, [`examples/${name}`], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('examples', () => {
  it('clean-scraped-file.mjs: findings and a lossless round trip', () => {
    const out = run('clean-scraped-file.mjs');
    expect(out).toMatch(/repeated-block +fixed/);
    expect(out).toContain('applies: true · inverts: true');
  });

  it('compare-annual-reports.mjs: similarity, blocks and a patch', () => {
    const out = run('compare-annual-reports.mjs');
    expect(out).toMatch(/^similarity \d+\.\d%/);
    expect(out).toContain('--- old\n+++ new\n@@ ');
  });

  it('dedupe-folder.mjs: the planted copies are found', () => {
    const out = run('dedupe-folder.mjs');
    expect(out).toContain('copy.txt: 000_2ed30927621ba227.txt');
    expect(out).toMatch(/cluster: 000_2ed30927621ba227\.txt, copy\.txt, edited\.txt/);
  });

  it('unified-plugin.mjs: vfile-reporter output', () => {
    const out = run('unified-plugin.mjs');
    expect(out).toMatch(/repeated-block +jiaokan/);
    expect(out).toMatch(/\d+ messages \(✖ \d+ errors?/);
  });
});
