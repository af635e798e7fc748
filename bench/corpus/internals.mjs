// The benchmark also times internal pieces that the package does not export (the suffix array alone,
// classic MinHash for the OPH comparison). They are bundled from src/ with esbuild (a tsup dependency).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from '../lib.mjs';

export async function internals() {
  const out = join(mkdtempSync(join(tmpdir(), 'jiaokan-bench-')), 'internals.mjs');
  await build({
    stdin: {
      contents: [
        "export { suffixArray, lcpArray } from './suffix-array.ts';",
        "export { classicSignature, ophSignature, estimateJaccard } from './minhash.ts';",
        "export { normalizeCodes, shingleSet, jaccard, codesToString } from './shingles.ts';",
      ].join('\n'),
      resolveDir: join(root, 'src', 'corpus'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return import(pathToFileURL(out).href);
}
