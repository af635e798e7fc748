// Bundles the library from source (esbuild, which tsup already brings) so that tests can run it in a
// child process or a worker thread, where TypeScript sources cannot be loaded directly.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let built: Promise<string> | undefined;

/** Path of an ESM bundle of the root API plus jiaokan/corpus-node, as one file (it is also the worker script). */
export function bundle(): Promise<string> {
  if (!built) {
    const out = join(mkdtempSync(join(tmpdir(), 'jiaokan-bundle-')), 'corpus-node.mjs');
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    built = build({
      stdin: {
        contents: "export * from './index.ts';\nexport * from './corpus-node.ts';",
        resolveDir: src,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      // CommonJS dependencies bundled into ESM (iconv-lite) call require() for Node built-ins.
      banner: {
        js: "import { createRequire as __jkRequire } from 'node:module'; const require = __jkRequire(import.meta.url);",
      },
      logLevel: 'error',
    }).then(() => out);
  }
  return built;
}
