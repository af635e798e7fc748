// The root entry (with the whole corpus layer) must bundle for a browser: no Node module imported.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser safety of the root entry', () => {
  it('bundles for platform "browser" without any node: import', async () => {
    const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
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
