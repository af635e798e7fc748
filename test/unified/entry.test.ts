// The package as a user imports it: `jiaokan/unified` is a subpath export (ESM and CJS), and the core
// entry stays free of unified/vfile so that the core remains dependency-light.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

function node(code: string, type: 'module' | 'commonjs'): string {
  const args =
    type === 'module' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code];
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

describe('package entries', () => {
  it.each(['dist/index.js', 'dist/index.cjs'])('%s does not load unified or vfile', (file) => {
    const code = readFileSync(path.join(ROOT, file), 'utf8');
    expect(code).not.toMatch(/\b(from|require\()\s*["'](unified|vfile|vfile-message|cli-progress)["']/);
  });

  it('import jiaokan from "jiaokan/unified" (ESM) gives the plugin', () => {
    expect(node("import j from 'jiaokan/unified'; console.log(typeof j, j.name)", 'module')).toBe(
      'function jiaokan',
    );
  });

  it('require("jiaokan/unified") works too (Node ≥ 20.19 loads the ESM-only vfile-message)', () => {
    expect(node("const j = require('jiaokan/unified'); console.log(typeof j.default)", 'commonjs')).toBe(
      'function',
    );
  });
});
