// CriticMarkup: {++ins++} {--del--} {~~old~>new~~}; a move is its two halves, each followed by a
// comment naming the other end: {--text--}{>>moved to m1<<} … {++text++}{>>moved from m1<<}.
//
// CriticMarkup has no escape of its own, so document text that holds a mark's token ({++, ++}, ~>, …)
// would open or close a mark. Such a token is broken by CommonMark backslash escapes after its first
// character ({\+\+): no reader sees a mark there, and Markdown renders the original characters.

import type { ChangeSet } from '../changes/types.js';
import { whitespaceOnly } from './ansi.js';

const TOKEN = /\{(?:\+\+|--|~~|>>|==)|(?:\+\+|--|~~|<<|==)\}|~>/g;

/** The text with every CriticMarkup token broken by backslash escapes. */
export function escapeCritic(text: string): string {
  // Again until none is left: tokens overlap ({---} holds {-- and --}), and an escaped character is
  // still itself to a reader that knows no escapes. Each pass separates more neighbours, so it ends.
  let out = text;
  while (out.search(TOKEN) !== -1) out = out.replace(TOKEN, (t) => t[0] + t.slice(1).replace(/./g, '\\$&'));
  return out;
}

export function formatCritic(base: string, cs: ChangeSet, ignoreWhitespace = false): string {
  const out: string[] = [];
  let cursor = 0;
  const e = escapeCritic;
  for (const c of cs.changes) {
    out.push(e(base.slice(cursor, c.a.start)));
    if (ignoreWhitespace && whitespaceOnly(c)) {
      out.push(e(c.after));
      cursor = c.a.end;
      continue;
    }
    if (c.moveId) {
      if (c.before) out.push(`{--${e(c.before)}--}{>>moved to ${c.moveId}<<}`);
      if (c.after) out.push(`{++${e(c.after)}++}{>>moved from ${c.moveId}<<}`);
    } else if (c.op === 'replace') out.push(`{~~${e(c.before)}~>${e(c.after)}~~}`);
    else if (c.op === 'delete') out.push(`{--${e(c.before)}--}`);
    else out.push(`{++${e(c.after)}++}`);
    cursor = c.a.end;
  }
  out.push(e(base.slice(cursor)));
  return out.join('');
}
