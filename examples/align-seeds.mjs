// Aligning the seed documents (run after `npm run build`):
//   node examples/align-seeds.mjs [out-dir]
// 1. seed 000 (2025 支点建设推进大会 report) against the 牢记嘱托 article inside seed 003 (the 2026
//    meeting, successive annual meetings); 2. seed 002 against seed 004 (two Wuhan plenums).
// Prints a short summary of each alignment and writes a side-by-side HTML page per pair.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { align, diff, formatChanges } from '../dist/index.js';

const seed = (name) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
const outDir = process.argv[2] ?? join(tmpdir(), 'jiaokan-align-seeds');
mkdirSync(outDir, { recursive: true });

const s003 = seed('003_56a0f6db8ff78e7d.txt');
const start = s003.indexOf('牢记嘱托 加力奋进');
const end = s003.indexOf('校地企合力共建', start);
const pairs = [
  {
    name: '000-vs-003-article',
    aName: '000 (2025 推进大会)',
    bName: '003 牢记嘱托 article (2026)',
    a: seed('000_2ed30927621ba227.txt'),
    b: s003.slice(start, end < 0 ? undefined : end),
  },
  {
    name: '002-vs-004',
    aName: '002 (Wuhan plenum)',
    bName: '004 (Wuhan plenum)',
    a: seed('002_d4730f42f3b6ffd7.txt'),
    b: seed('004_627586bead8599d4.txt'),
  },
];

const clip = (s, n = 36) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

for (const p of pairs) {
  const al = align(p.a, p.b);
  const ops = Object.entries(al.stats.ops)
    .filter(([, n]) => n)
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  console.log(`\n## ${p.aName} → ${p.bName}`);
  console.log(
    `${p.a.length} / ${p.b.length} chars, ${al.stats.paragraphs.a} / ${al.stats.paragraphs.b} paragraphs, ${al.stats.ms} ms`,
  );
  console.log(
    `similarity ${al.similarity.toFixed(3)}; paragraphs: ${ops}; sentence moves: ${al.stats.sentenceMoves}`,
  );
  const linked = al.blocks
    .filter((b) => b.op !== 'insert' && b.op !== 'delete' && b.op !== 'equal')
    .sort((x, y) => y.similarity - x.similarity)
    .slice(0, 4);
  for (const b of linked) {
    const ta = b.a.map((r) => p.a.slice(r.start, r.end)).join(' / ');
    const tb = b.b.map((r) => p.b.slice(r.start, r.end)).join(' / ');
    console.log(`  ${b.op.padEnd(6)} ${b.similarity.toFixed(2)}  ${clip(ta)}  →  ${clip(tb)}`);
  }
  const cs = diff(p.a, p.b);
  const file = join(outDir, `${p.name}.html`);
  writeFileSync(file, formatChanges(p.a, cs, 'html', { aName: p.aName, bName: p.bName }));
  console.log(`  ${cs.changes.length} changes; HTML: ${file}`);
}
