// CriticMarkup: {++ins++} {--del--} {~~old~>new~~}; a move is its two halves, each followed by a
// comment naming the other end: {--text--}{>>moved to m1<<} … {++text++}{>>moved from m1<<}.

import type { ChangeSet } from '../changes/types.js';

export function formatCritic(base: string, cs: ChangeSet): string {
  const out: string[] = [];
  let cursor = 0;
  for (const c of cs.changes) {
    out.push(base.slice(cursor, c.a.start));
    if (c.moveId) {
      if (c.before) out.push(`{--${c.before}--}{>>moved to ${c.moveId}<<}`);
      if (c.after) out.push(`{++${c.after}++}{>>moved from ${c.moveId}<<}`);
    } else if (c.op === 'replace') out.push(`{~~${c.before}~>${c.after}~~}`);
    else if (c.op === 'delete') out.push(`{--${c.before}--}`);
    else out.push(`{++${c.after}++}`);
    cursor = c.a.end;
  }
  out.push(base.slice(cursor));
  return out.join('');
}
