// The corpus layer as exported from the root entry must bundle for a browser: no Node module imported
// (save/open reach node:fs through process.getBuiltinModule at call time).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser safety of the corpus layer', () => {
  it('bundles for platform "browser" without any node: import', async () => {
    const entry = fileURLToPath(new URL('../../src/corpus/api.ts', import.meta.url));
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(code).toContain('getBuiltinModule');
  });
});
