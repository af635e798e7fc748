// Dedupe a folder: index every text, report exact and near-duplicate clusters, passages shared across
// files and boilerplate lines.  Run: npm run build && node examples/dedupe-folder.mjs [folder]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusIndex } from 'jiaokan';

const dir = process.argv[2] ?? fileURLToPath(new URL('./texts/', import.meta.url));
const index = new CorpusIndex({ threshold: 0.8 });
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const name of texts) {
  const text = readFileSync(join(dir, name), 'utf8');
  const r = index.add(name, text);
  const near = r.nearDuplicates.map((n) => `${n.id} (${n.similarity.toFixed(2)})`).join(', ');
  console.log(`${name}: ${r.exactDuplicateOf ? `exact copy of ${r.exactDuplicateOf}` : near || 'new'}`);
}
// an exact copy and a lightly edited copy, to show what a duplicate looks like
const first = readFileSync(join(dir, texts[0]), 'utf8');
console.log('copy.txt:', index.add('copy.txt', first).exactDuplicateOf);
console.log('edited.txt:', index.add('edited.txt', first.replace(/。/g, '；')).nearDuplicates);

for (const c of index.clusters().filter((c) => c.members.length > 1))
  console.log('cluster:', c.members.join(', '));
const spans = index.repeatedSpans({ minLength: 40 });
console.log(`${spans.length} passages of 40+ characters repeated across files; the longest:`);
for (const s of spans.slice(0, 3))
  console.log(`  ${s.occurrences.length}× ${s.text.replace(/\s+/g, ' ').slice(0, 60)}…`);
console.log(
  'boilerplate lines (in 3+ files):',
  index.boilerplate({ minDocs: 3 }).map((b) => b.text),
);
