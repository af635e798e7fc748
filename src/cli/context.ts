// Everything a command touches from the outside world, passed in rather than read from globals, so that a
// command runs the same under the real process and in a test.
import type { Engine } from './engine.js';

export interface OutStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface Context {
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  engine: Engine;
}

/** Wrong flags or arguments: exit 2 with one line and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file could not be read, decoded or written: exit 2 with one line. */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXIT_OK = 0;
/** findings under --frail, differences under diff --exit-code */
export const EXIT_FOUND = 1;
/** usage, I/O or decoding error */
export const EXIT_ERROR = 2;

/** One file failed but the run goes on: name it on stderr (with the stack under --debug). */
export function fileFailed(ctx: Context, error: unknown, debug: boolean | undefined): void {
  const e = error instanceof Error ? error : new Error(String(error));
  ctx.stderr.write(`jiaokan: ${e.message.replace(/^jiaokan: /, '')}\n`);
  if (debug && e.stack) ctx.stderr.write(`${e.stack}\n`);
}

/** A library result that ran out of budget says so (design: limits degrade loudly); so does the CLI. */
export function warnDegraded(ctx: Context, what: string, degraded: unknown): void {
  if (!degraded || typeof degraded !== 'object') return;
  const d = degraded as { reason?: unknown; level?: unknown; detail?: unknown };
  const how =
    typeof d.detail === 'string' && d.level === undefined
      ? d.detail
      : `degraded to ${String(d.level ?? 'a coarser level')} (${String(d.reason ?? 'budget')})`;
  ctx.stderr.write(`jiaokan: warning: ${what}: ${how}\n`);
}
