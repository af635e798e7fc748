// Terminal word diff: deletions red, insertions green, both halves of a move in cyan. Without colour
// (option off or NO_COLOR set) the plain markers of `git diff --word-diff`: [-old-]{+new+}, a move half
// followed by its link: [-text-]{>m1} and {+text+}{<m1}. The document's own control characters are
// shown, never sent: an ESC or C1 CSI in a scraped page would otherwise drive the terminal (change
// colours, move the cursor, retitle the window), and a lone CR would overwrite the line.

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

export function formatAnsi(
  base: string,
  cs: ChangeSet,
  color = colorByDefault(),
  ignoreWhitespace = false,
): string {
  const out: string[] = [];
  let cursor = 0;
  const del = (s: string, move?: string) =>
    color ? `${move ? CYAN : RED}${STRIKE}${s}${RESET}` : `[-${s}-]${move ? `{>${move}}` : ''}`;
  const ins = (s: string, move?: string) =>
    color ? `${move ? CYAN : GREEN}${s}${RESET}` : `{+${s}+}${move ? `{<${move}}` : ''}`;
  for (const c of cs.changes) {
    out.push(shown(base.slice(cursor, c.a.start)));
    cursor = c.a.end;
    if (ignoreWhitespace && whitespaceOnly(c)) {
      out.push(shown(c.after));
      continue;
    }
    if (c.before) out.push(del(shownChange(c.before), c.moveId));
    if (c.after) out.push(ins(shownChange(c.after), c.moveId));
  }
  out.push(shown(base.slice(cursor)));
  return out.join('');
}

/** A change of whitespace into whitespace (not a move half: a moved line break is part of a move). */
export function whitespaceOnly(c: { before: string; after: string; moveId?: string }): boolean {
  return c.moveId === undefined && WHITESPACE.test(c.before) && WHITESPACE.test(c.after);
}
const WHITESPACE = /^\s*$/;

/** Characters a terminal shows as nothing or as a plain space: no-break and other spaces, ZW*, BOM. */
const INVISIBLE = /[\u00a0\u00ad\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060-\u2064\ufeff]/g;
/** Only whitespace and invisible characters. */
const BLANK = /^[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064]*$/;

/**
 * A changed stretch as shown: when it holds nothing visible but such characters ({+﻿+} for an inserted
 * BOM, [- -]{+ +} for a space turned no-break), they are named: {+<U+FEFF>+}, {+<U+00A0>+}. Only
 * there: inside visible text they do their work (a ZWJ joins an emoji, a no-break space binds).
 */
function shownChange(text: string): string {
  INVISIBLE.lastIndex = 0;
  if (!BLANK.test(text) || !INVISIBLE.test(text)) return shown(text);
  return shown(text).replace(INVISIBLE, (ch) => codeName(ch.charCodeAt(0)));
}

/** C0 controls but TAB and LF, a CR not before LF, DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * Text with its control characters replaced by visible stand-ins: C0 and DEL by their Unicode control
 * pictures (ESC → ␛), C1 by <U+009B>-style names (they have no pictures).
 */
export function shown(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return codeName(c);
  });
}

/** <U+009B>: a character named by its code point. */
function codeName(c: number): string {
  return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
}
