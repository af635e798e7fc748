// Compare two years of a government work report: align paragraphs, sentences and tokens (with moves),
// print a summary and the first hunks of a patch, and write the side-by-side HTML page.
// Run: npm run build && node examples/compare-annual-reports.mjs [old] [new]
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align, diff, formatChanges } from 'jiaokan';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const [aPath = here('./reports/hailar-2013.txt'), bPath = here('./reports/hailar-2014.txt')] =
  process.argv.slice(2);
const a = readFileSync(aPath, 'utf8');
const b = readFileSync(bPath, 'utf8');

const t0 = performance.now();
const alignment = align(a, b);
const ms = performance.now() - t0;
const ops = {};
for (const block of alignment.blocks) ops[block.op] = (ops[block.op] ?? 0) + 1;
console.log(`similarity ${(alignment.similarity * 100).toFixed(1)}%, aligned in ${ms.toFixed(0)} ms`);
console.log('paragraph blocks:', ops, alignment.degraded ? `(degraded: ${alignment.degraded.reason})` : '');

const changes = diff(a, b);
const patch = formatChanges(a, changes, 'patch', { aName: 'old', bName: 'new' });
console.log(patch.split('\n').slice(0, 16).join('\n'));

const page = join(tmpdir(), 'jiaokan-compare.html');
writeFileSync(page, formatChanges(a, changes, 'html', { aName: aPath, bName: bPath }));
console.log(`side-by-side page: ${page}`);
