import { defineConfig } from 'tsup';

// Library entries (core, the Node-only corpus workers, the unified plugin): ESM + CJS + declarations.
// The CLI: one ESM file with a shebang, the `jiaokan` bin.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'corpus-node': 'src/corpus-node.ts', unified: 'src/unified/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
