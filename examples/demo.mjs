// The main job on the scraped pages bundled in examples/texts: parse each one and show its structure.
// (Later stages of the pipeline — scan, clean, compare — are added here as they land.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../dist/index.js';

const dir = fileURLToPath(new URL('./texts/', import.meta.url));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
const clip = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s);

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  console.log(
    `\n== ${file.split('/').pop()}: ${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences (${doc.convention} convention)`,
  );
  for (const p of doc.paragraphs.slice(0, 6)) {
    const { line, column } = doc.position(p.start);
    console.log(`  ¶${p.index + 1} ${line}:${column} ${clip(p.text, 40)}`);
    for (const s of p.sentences.slice(0, 3)) console.log(`      · ${clip(s.text, 36)}`);
  }
  if (doc.paragraphs.length > 6) console.log(`  … ${doc.paragraphs.length - 6} more paragraphs`);
}
