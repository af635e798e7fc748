// The line view behind `formatChanges(…, 'patch', { lines })`. Scraped Chinese keeps a whole paragraph on
// one line, so a patch over the real lines shows 500-character lines for a one-word edit. The view puts
// one sentence (or one paragraph) per line so hunks stay readable. It is a *view*: a patch over it
// applies to lineView(a), not to the original file — only `lines: 'source'` patches apply to a itself.

import { isLineBreak, isSpace } from '../text/chars.js';
import { parseDocument } from '../text/document.js';
import { joiner } from '../text/join.js';

/** Which lines a patch is made of. */
export type PatchLines = 'source' | 'sentence' | 'paragraph';
export const PATCH_LINES: readonly PatchLines[] = Object.freeze(['source', 'sentence', 'paragraph']);

/**
 * `text` with one sentence per line (paragraphs separated by a blank line) or one paragraph per line.
 * Every sentence's characters are kept in order; indentation, blank-line layout and the whitespace
 * between sentences are not, and a hard-wrapped line break inside a unit becomes its joiner ('' between
 * CJK characters, a space between Latin words). Ends with a newline unless empty.
 */
export function lineView(text: string, unit: 'sentence' | 'paragraph'): string {
  const out: string[] = [];
  for (const p of parseDocument(text).paragraphs) {
    if (unit === 'paragraph') out.push(flat(text, p.start, p.end));
    else {
      if (out.length > 0) out.push('');
      for (const s of p.sentences) out.push(flat(text, s.start, s.end));
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** text[start, end) on one line: each line break, with the spaces around it, becomes its joiner. */
function flat(text: string, start: number, end: number): string {
  let result = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isLineBreak(text.charCodeAt(i))) continue;
    let left = i;
    while (left > from && isSpace(text.charCodeAt(left - 1))) left--;
    let right = i + 1;
    while (right < end && isSpace(text.charCodeAt(right))) right++;
    result += text.slice(from, left) + joiner(text, left, right);
    from = right;
    i = right - 1;
  }
  return result + text.slice(from, end);
}
