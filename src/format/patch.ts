// Unified diff through jsdiff's createTwoFilesPatch. By default over the real lines of both texts: the
// only form `git apply`, GNU `patch` and jsdiff `applyPatch` all accept byte-exactly (CR of CRLF lines
// kept in the line, "\ No newline at end of file" for a last line without newline). `lines: 'sentence'`
// or `'paragraph'` diffs the line views instead (lines.ts): readable hunks, applying to lineView(a).

import { createTwoFilesPatch } from 'diff';
import { lineView, type PatchLines } from './lines.js';

export interface PatchOptions {
  aName?: string;
  bName?: string;
  context?: number;
  lines?: PatchLines;
}

export function formatPatch(base: string, target: string, options: PatchOptions = {}): string {
  const { aName = 'a', bName = 'b', context = 3, lines = 'source' } = options;
  const [a, b] = lines === 'source' ? [base, target] : [lineView(base, lines), lineView(target, lines)];
  if (a === b) return '';
  // jsdiff starts with a "====" line (from `diff` in svn style); git and patch skip it as garbage, but
  // a clean header is friendlier to every consumer.
  const text = createTwoFilesPatch(aName, bName, a, b, undefined, undefined, { context });
  return text.startsWith('=') ? text.slice(text.indexOf('\n') + 1) : text;
}
