// Terminal colours, decided once per stream. NO_COLOR (https://no-color.org) and --no-color switch them
// off; --color and FORCE_COLOR switch them on; otherwise only a TTY that is not TERM=dumb gets colour.
import type { OutStream } from './context.js';

export function wantsColor(
  stream: OutStream,
  env: Record<string, string | undefined>,
  flag: boolean | undefined,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const code =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const ON: Paint = {
  red: code(31, 39),
  yellow: code(33, 39),
  green: code(32, 39),
  blue: code(34, 39),
  dim: code(2, 22),
  bold: code(1, 22),
  underline: code(4, 24),
};

const id = (s: string): string => s;
const OFF: Paint = { red: id, yellow: id, green: id, blue: id, dim: id, bold: id, underline: id };

export function paint(enabled: boolean): Paint {
  return enabled ? ON : OFF;
}

/** Display width in terminal cells: CJK and full-width characters take two. */
export function cellWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0) as number;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - cellWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - cellWidth(s))) + s;
}
