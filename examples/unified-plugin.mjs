// The unified plugin: scan findings as vfile messages, printed by vfile-reporter. It reads String(file),
// so it works under any parser; here retext-english.
// Run: npm run build && node examples/unified-plugin.mjs [file]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jiaokan from 'jiaokan/unified';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';

const path = process.argv[2] ?? fileURLToPath(new URL('./texts/002_d4730f42f3b6ffd7.txt', import.meta.url));
const file = new VFile({ path, value: readFileSync(path, 'utf8') });
const processor = unified()
  .use(retextEnglish)
  .use(jiaokan, { rules: { 'unbalanced-pair': 'off', 'repeated-block': 'error' } });
await processor.run(processor.parse(file), file);
console.log(reporter([file], { quiet: true }));
