// parseDocument throughput on the national government work reports concatenated (≈1 MB of UTF-8),
// and its linearity (2× input ≤ 2.2× time). Targets: paragraphs + sentences ≥ 50 MB/s, tokens ≥ 5 MB/s.
import { parseDocument } from '../dist/index.js';
import { corpus, inflate, seeds, table, time, utf8MB } from './lib.mjs';

const reports = corpus('gov-work-report');
const base = reports.length
  ? reports.map((r) => r.text).join('\n\n')
  : inflate(
      seeds()
        .map((s) => s.text)
        .join('\n\n'),
      350_000,
    );
const source = reports.length ? `${reports.length} gov work reports` : 'seeds (bundled sample)';

function structure(text) {
  const doc = parseDocument(text);
  return doc.sentences.length;
}
function tokens(text) {
  const doc = parseDocument(text);
  let n = 0;
  for (const s of doc.sentences) n += s.tokens().length;
  return n;
}

const rows = [];
let tokensMs = 0;
for (const [label, fn, runs] of [
  ['paragraphs + sentences', structure, 5],
  ['+ tokens (Intl.Segmenter per sentence)', tokens, 3],
]) {
  const t1 = time(() => fn(base), runs);
  if (fn === tokens) tokensMs = t1;
  const doubled = `${base}\n\n${base}`;
  const t2 = time(() => fn(doubled), runs);
  rows.push([
    label,
    utf8MB(base).toFixed(2),
    t1.toFixed(1),
    (utf8MB(base) / (t1 / 1000)).toFixed(1),
    (t2 / t1).toFixed(2),
  ]);
}
console.log(`### parseDocument (${source})\n`);
console.log(table(['work', 'MB (UTF-8)', 'ms', 'MB/s', '2× input time ratio'], rows));

// normalizeWithMap (matching keys with offsets back to the original): corpus signatures and scan use it.
const { normalizeWithMap } = await import('../dist/index.js');
const nrows = [];
for (const [label, opts] of [
  ['default (NFKC, fold, no spaces)', {}],
  ['+ maskNumbers', { maskNumbers: true }],
]) {
  const t1 = time(() => normalizeWithMap(base, 0, base.length, opts), 5);
  nrows.push([label, (utf8MB(base) / (t1 / 1000)).toFixed(1)]);
}
console.log(`\n### normalizeWithMap (${source})\n`);
console.log(table(['options', 'MB/s (UTF-8)'], nrows));

// The floor under token throughput: Intl.Segmenter alone, walking boundaries with containing() over the
// same text in fixed windows, with no offsets, objects or caches of ours (README cites these numbers).
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const srows = [];
let floorMs = Infinity;
for (const w of [128, 256, 512, 1024, 2048, 8192]) {
  const ms = time(() => {
    for (let i = 0; i < base.length; i += w) {
      const piece = base.slice(i, i + w);
      const it = seg.segment(piece);
      for (let j = 0; j < piece.length; ) {
        const d = it.containing(j);
        j = d.index + d.segment.length;
      }
    }
  }, 3);
  floorMs = Math.min(floorMs, ms);
  srows.push([String(w), ms.toFixed(0), (utf8MB(base) / (ms / 1000)).toFixed(1)]);
}
// The same walk at 128 units, pushing one { start, end, word } per segment as the TokenSpan API must:
// what the objects alone cost.
const objectsMs = time(() => {
  const out = [];
  for (let i = 0; i < base.length; i += 128) {
    const piece = base.slice(i, i + 128);
    const it = seg.segment(piece);
    for (let j = 0; j < piece.length; ) {
      const d = it.containing(j);
      const len = d.segment.length;
      out.push({ start: i + d.index, end: i + d.index + len, word: d.isWordLike === true });
      j = d.index + len;
    }
  }
  return out.length;
}, 3);
srows.push([
  '128 + one token object per segment',
  objectsMs.toFixed(0),
  (utf8MB(base) / (objectsMs / 1000)).toFixed(1),
]);
console.log(`\n### Intl.Segmenter alone (${source}): the ceiling for tokens\n`);
console.log(table(['window (code units)', 'ms', 'MB/s (UTF-8)'], srows));
console.log(
  `\nparseDocument tokens run at ${(floorMs / tokensMs).toFixed(2)} of the speed of Segmenter alone at its best window (same run).`,
);
