// Unified diff through jsdiff's createTwoFilesPatch, over the real lines of both texts: the only form
// `git apply`, GNU `patch` and jsdiff `applyPatch` all accept byte-exactly (CR of CRLF lines kept in
// the line, "\ No newline at end of file" for a last line without newline).

import { createTwoFilesPatch } from 'diff';

export function formatPatch(base: string, target: string, aName = 'a', bName = 'b', context = 3): string {
  if (base === target) return '';
  // jsdiff starts with a "====" line (from `diff` in svn style); git and patch skip it as garbage, but
  // a clean header is friendlier to every consumer.
  const text = createTwoFilesPatch(aName, bName, base, target, undefined, undefined, { context });
  return text.startsWith('=') ? text.slice(text.indexOf('\n') + 1) : text;
}
