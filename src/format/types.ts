import type { PatchLines } from './lines.js';

export type ChangeFormat = 'patch' | 'critic' | 'ansi' | 'html' | 'json';

export interface FormatOptions {
  /** patch/html: name of the old text (patch header `--- aName`). Default 'a'. */
  aName?: string;
  /** patch/html: name of the new text. Default 'b'. */
  bName?: string;
  /**
   * patch: what a line is. 'source' (default): the texts' own lines — the patch applies byte-exactly to
   * the original files (git apply, GNU patch, jsdiff). 'sentence' / 'paragraph': one sentence (paragraph)
   * per line, readable when paragraphs are long lines — the patch applies to `lineView(text, lines)`.
   */
  lines?: PatchLines;
  /** patch: lines of context around each hunk. Default 3. */
  context?: number;
  /**
   * ansi/critic: show a change that only turns whitespace into other whitespace (a re-wrapped line, an
   * indent, CRLF → LF) as its new text, unmarked, as `git diff -w` would not show it. Default false. The
   * change set is not touched; a critic text written so no longer rejects back to the old text exactly.
   */
  ignoreWhitespace?: boolean;
  /** ansi: colours on or off. Default: on unless the NO_COLOR environment variable is set (non-empty). */
  color?: boolean;
  /** html: page title. Default "aName → bName". */
  title?: string;
  /** html: page language. Default 'zh'. */
  lang?: string;
  /** json: indentation. Default 2. */
  indent?: number;
}
