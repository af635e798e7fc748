// The main job on the texts bundled in examples/: scan and clean the five scraped pages in
// examples/texts (every edit undoable), then compare two successive government work reports in
// examples/versions. Writes the cleaned texts, their change sets and an HTML comparison to examples/out/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  align,
  applyChanges,
  clean,
  diff,
  formatChanges,
  invertChanges,
  parseDocument,
  scan,
} from '../dist/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
const clip = (s, n) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

console.log('# 1. Scan and clean scraped pages (examples/texts)\n');
for (const name of readdirSync(join(here, 'texts')).sort()) {
  const text = readFileSync(join(here, 'texts', name), 'utf8');
  const doc = parseDocument(text);
  const findings = scan(text);
  const result = clean(text);
  const restored = applyChanges(result.text, invertChanges(result.changes));
  console.log(
    `== ${name}: ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences; ` +
      `${findings.length} findings; clean removed ${text.length - result.text.length} of ${text.length} characters ` +
      `in ${result.changes.changes.length} edits; undo restores the input: ${restored === text}`,
  );
  for (const f of findings.filter((x) => x.severity !== 'info').slice(0, 8)) {
    console.log(
      `  ${f.line}:${f.column}  ${f.severity.padEnd(7)} ${f.rule.padEnd(19)} ${clip(f.message, 90)}`,
    );
  }
  const stem = basename(name, '.txt');
  writeFileSync(join(out, `${stem}.clean.txt`), result.text);
  writeFileSync(join(out, `${stem}.changes.json`), JSON.stringify(result.changes, null, 2));
}

console.log('\n# 2. Compare two annual reports (examples/versions)\n');
const a = readFileSync(join(here, 'versions', 'gov-work-report-2023.txt'), 'utf8');
const b = readFileSync(join(here, 'versions', 'gov-work-report-2024.txt'), 'utf8');
const t0 = performance.now();
const alignment = align(a, b);
const ms = performance.now() - t0;
const ops = Object.entries(alignment.stats.ops)
  .filter(([, n]) => n > 0)
  .map(([op, n]) => `${op} ${n}`)
  .join(', ');
console.log(
  `2023 → 2024: similarity ${alignment.similarity.toFixed(3)}; paragraph blocks: ${ops}; ${ms.toFixed(0)} ms`,
);
for (const block of alignment.blocks
  .filter((x) => x.op === 'move' || x.op === 'split' || x.op === 'merge')
  .slice(0, 5)) {
  const left = block.a.map((r) => clip(a.slice(r.start, r.end), 24)).join(' + ');
  const right = block.b.map((r) => clip(b.slice(r.start, r.end), 24)).join(' + ');
  console.log(`  ${block.op.padEnd(5)} ${left}  →  ${right}  (similarity ${block.similarity.toFixed(2)})`);
}
const changes = diff(a, b);
const page = formatChanges(a, changes, 'html', { aName: '2023 政府工作报告', bName: '2024 政府工作报告' });
writeFileSync(join(out, 'gov-work-report-2023-2024.html'), page);
writeFileSync(
  join(out, 'gov-work-report-2023-2024.patch'),
  formatChanges(a, changes, 'patch', { aName: '2023.txt', bName: '2024.txt' }),
);
console.log(
  `  ${changes.changes.length} edits; apply(2023, diff) is 2024: ${applyChanges(a, changes) === b}`,
);
console.log(`\nWrote cleaned texts, change sets, an HTML comparison and a patch to ${out}`);
