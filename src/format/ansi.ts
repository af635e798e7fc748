// Terminal word diff: deletions red, insertions green, both halves of a move in cyan. Without colour
// (option off or NO_COLOR set) the plain markers of `git diff --word-diff`: [-old-]{+new+}, a move half
// followed by its link: [-text-]{>m1} and {+text+}{<m1}.

import type { ChangeSet } from '../changes/types.js';

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const CYAN = '\u001b[36m';
const STRIKE = '\u001b[9m';
const RESET = '\u001b[0m';

/** Colour unless NO_COLOR is set to a non-empty value (https://no-color.org). */
export function colorByDefault(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return !env?.NO_COLOR;
}

export function formatAnsi(base: string, cs: ChangeSet, color = colorByDefault()): string {
  const out: string[] = [];
  let cursor = 0;
  const del = (s: string, move?: string) =>
    color ? `${move ? CYAN : RED}${STRIKE}${s}${RESET}` : `[-${s}-]${move ? `{>${move}}` : ''}`;
  const ins = (s: string, move?: string) =>
    color ? `${move ? CYAN : GREEN}${s}${RESET}` : `{+${s}+}${move ? `{<${move}}` : ''}`;
  for (const c of cs.changes) {
    out.push(base.slice(cursor, c.a.start));
    if (c.before) out.push(del(c.before, c.moveId));
    if (c.after) out.push(ins(c.after, c.moveId));
    cursor = c.a.end;
  }
  out.push(base.slice(cursor));
  return out.join('');
}
