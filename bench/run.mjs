// Runs every benchmark in bench/ (each a standalone script printing markdown) one after another in
// its own process, so that memory readings do not mix, and writes bench/results/latest.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const only = process.argv.slice(2);
const scripts = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.mjs') && !['run.mjs', 'lib.mjs'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const out = [`# jiaokan benchmarks\n\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`];
for (const script of scripts) {
  process.stderr.write(`bench: ${script}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench', script)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const text =
    r.status === 0
      ? r.stdout
      : `${r.stdout}\n\n(${script} failed: ${r.stderr.split('\n').slice(0, 5).join(' ')})`;
  process.stdout.write(`${text}\n`);
  out.push(text);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.md'), out.join('\n'));
