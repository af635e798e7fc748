import { defineConfig } from 'tsup';

// One build for every entry: ESM + CJS + declarations. Later entries (cli, unified) are added here.
export default defineConfig({
  entry: { index: 'src/index.ts', 'corpus-node': 'src/corpus-node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
});
