// Helpers for CLI tests: spawn the built CLI as a user would, or run a command in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/cli/context.js';
import { type Engine, engine as realEngine } from '../../src/cli/engine.js';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist/cli.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js …args`, with optional stdin, in `cwd`, with NO_COLOR unless env says otherwise. */
export function cli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jiaokan-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

class Sink {
  text = '';
  isTTY = false;
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }
}

/** Run a command in-process with an engine (the real one by default). */
export async function inProcess(
  argv: string[],
  options: {
    engine?: Partial<Engine>;
    cwd?: string;
    input?: string;
    tty?: boolean;
    stderrTTY?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<Run> {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = options.tty ?? false;
  stderr.isTTY = options.stderrTTY ?? false;
  const ctx: Context = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? { NO_COLOR: '1' },
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    stdout,
    stderr,
    engine: { ...realEngine, ...options.engine },
  };
  const code = await main(argv, ctx);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
