// Alignment quality (issue 4): reuse coverage on the real pairs, and synthetic revisions with known
// truth (paragraph mapping, moves, splits/merges). Run after `npm run build`:
//   node bench/align-quality.mjs            jiaokan, plus diff-match-patch with its default 1 s timeout
//   node bench/align-quality.mjs --dmp      also diff-match-patch without timeout (9–47 s per pair)
// Prints markdown tables; never fails on the numbers.
import DiffMatchPatch from 'diff-match-patch';
import { align } from '../dist/index.js';
import { corpus, hasCorpus, PAIRS } from './lib/corpus.mjs';
import { reuseCoverage } from './lib/reuse-coverage.mjs';
import { makeRevision, score } from './lib/synthetic.mjs';

const withDmp = process.argv.includes('--dmp');

/** diff-match-patch's equal runs as linked blocks, for the same coverage measure. */
function dmpBlocks(a, b, timeout) {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeout;
  const t0 = performance.now();
  const d = dmp.diff_main(a, b);
  const ms = performance.now() - t0;
  const blocks = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of d) {
    if (op === 0) {
      blocks.push({
        op: 'equal',
        a: [{ start: i, end: i + text.length }],
        b: [{ start: j, end: j + text.length }],
      });
      i += text.length;
      j += text.length;
    } else if (op === -1) i += text.length;
    else j += text.length;
  }
  return { blocks, ms };
}

const f3 = (x) => x.toFixed(3);
const rows = [];
for (const [x, y] of PAIRS) {
  if (!hasCorpus(x) || !hasCorpus(y)) continue;
  const a = corpus(x);
  const b = corpus(y);
  const t0 = performance.now();
  const al = align(a, b);
  const ms = performance.now() - t0;
  const cov = reuseCoverage(a, b, al);
  const dmp1 = dmpBlocks(a, b, 1);
  const row = {
    pair: `${x} → ${y}`,
    shared: cov.shared,
    jiaokan: f3(cov.coverage),
    ms: ms.toFixed(0),
    dmp1: f3(reuseCoverage(a, b, dmp1).coverage),
  };
  if (withDmp) {
    const dmp0 = dmpBlocks(a, b, 0);
    row.dmp0 = `${f3(reuseCoverage(a, b, dmp0).coverage)} (${(dmp0.ms / 1000).toFixed(1)} s)`;
  }
  rows.push(row);
}
console.log('## Reuse coverage (share of shared ≥12-char spans inside linked blocks; target ≥ 0.95)\n');
console.log(
  `| pair | shared chars | jiaokan | jiaokan ms | dmp 1 s timeout |${withDmp ? ' dmp no timeout |' : ''}`,
);
console.log(`|---|---:|---:|---:|---:|${withDmp ? '---:|' : ''}`);
for (const r of rows)
  console.log(
    `| ${r.pair} | ${r.shared} | ${r.jiaokan} | ${r.ms} | ${r.dmp1} |${withDmp ? ` ${r.dmp0} |` : ''}`,
  );

// Synthetic revisions: larger than the suite's (more moves and edits, more documents and seeds; half of
// them also revise the paragraphs they move).
const DOCS = [
  'gov-work-report/2019.txt',
  'gov-work-report/2021.txt',
  'gov-work-report/2022.txt',
  'gov-work-report/2023.txt',
  'gov-work-report/2024.txt',
  'cpc-congress-report/2012.txt',
  'cpc-congress-report/2017.txt',
  'cpc-congress-report/2022.txt',
].filter(hasCorpus);
const donor = corpus('gov-work-report/2015.txt');
const SEEDS = [101, 102, 103, 104, 105];
const agg = { mapping: [], moves: [], splitMerge: [], moved: 0, sm: 0 };
for (const path of DOCS) {
  const text = corpus(path);
  for (const seed of SEEDS) {
    const rev = makeRevision(text, seed, {
      donor,
      moves: 5,
      deletes: 4,
      inserts: 4,
      sentenceEdits: 8,
      substitutions: 10,
      // every other revision also revises its moved paragraphs
      editMoved: seed % 2 === 1,
    });
    const s = score(rev, align(rev.a, rev.b));
    agg.mapping.push(s.mapping);
    agg.moves.push(s.moves);
    agg.splitMerge.push(s.splitMerge);
    agg.moved += s.counts.moved;
    agg.sm += s.counts.split + s.counts.merged;
  }
}
const mean = (xs) => xs.reduce((p, q) => p + q, 0) / xs.length;
const min = (xs) => Math.min(...xs);
console.log(
  `\n## Synthetic revisions (${DOCS.length} documents × ${SEEDS.length} seeds; ${agg.moved} moved paragraphs, ${agg.sm} splits/merges)\n`,
);
console.log('| metric | target | mean | worst revision |');
console.log('|---|---:|---:|---:|');
console.log(`| paragraph mapping | ≥ 0.98 | ${f3(mean(agg.mapping))} | ${f3(min(agg.mapping))} |`);
console.log(`| moves reported as move | ≥ 0.95 | ${f3(mean(agg.moves))} | ${f3(min(agg.moves))} |`);
console.log(
  `| splits/merges reported as such | ≥ 0.9 | ${f3(mean(agg.splitMerge))} | ${f3(min(agg.splitMerge))} |`,
);
