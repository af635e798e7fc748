// Clean a scraped page: find what is repeated or garbled, repair it losslessly, and show that the change
// set takes you back to the original.  Run: npm run build && node examples/clean-scraped-file.mjs [file]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyChanges, clean, invertChanges } from 'jiaokan';

const file = process.argv[2] ?? fileURLToPath(new URL('./texts/002_d4730f42f3b6ffd7.txt', import.meta.url));
const raw = readFileSync(file, 'utf8');
const { text, changes, findings } = clean(raw);

console.log(
  `${file}: ${raw.length} → ${text.length} characters, ${findings.length} findings, ${changes.changes.length} edits`,
);
for (const f of findings) {
  const applied = changes.changes.some((c) => findings[c.finding] === f);
  console.log(
    `  ${f.line}:${f.column} ${f.rule.padEnd(20)} ${applied ? 'fixed' : 'kept '}  ${f.message.slice(0, 70)}`,
  );
}
// lossless: the change set goes both ways
console.log(
  'applies:',
  applyChanges(raw, changes) === text,
  '· inverts:',
  applyChanges(text, invertChanges(changes)) === raw,
);
