// Bundles the library from source (esbuild, which tsup already brings) so that tests can run it in a
// child process or a worker thread, where TypeScript sources cannot be loaded directly.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

let built: Promise<string> | undefined;

/** Path of an ESM bundle of src/corpus-node.ts (which re-exports the root API too). */
export function bundle(): Promise<string> {
  if (!built) {
    const out = join(mkdtempSync(join(tmpdir(), 'jiaokan-bundle-')), 'corpus-node.mjs');
    const entry = fileURLToPath(new URL('../../src/corpus-node.ts', import.meta.url));
    built = build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
    }).then(() => out);
  }
  return built;
}
