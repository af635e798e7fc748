// composeChanges(ab, bc) → ac without any of the three texts: every character a composed change needs
// is in the `before`/`after` of ab or bc. Work in b coordinates: the b-ranges of ab's changes and the
// a-ranges of bc's changes are intervals on b; overlapping or touching ones form clusters, and each
// cluster becomes one a→c change. Outside clusters b equals both a and c (shifted), so nothing changes.

import { opOf } from './build.js';
import { type Change, type ChangeSet, ChangeSetError } from './types.js';
import { validateChanges } from './validate.js';

interface Interval {
  start: number;
  end: number;
}

/**
 * Text of b over [from, to), read from whichever changes cover it. `pieces` are sorted and disjoint
 * (one change set's ranges on b), so their ends are sorted too: binary-search the first piece that
 * can reach `from` instead of walking all of them (compose is called with thousands of changes).
 */
function readB(from: number, to: number, pieces: readonly { range: Interval; text: string }[]): string {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pieces[mid] as { range: Interval }).range.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  for (let k = lo; k < pieces.length; k++) {
    const p = pieces[k] as { range: Interval; text: string };
    if (p.range.start >= to) break;
    const s = Math.max(from, p.range.start);
    const e = Math.min(to, p.range.end);
    if (s < e) out += p.text.slice(s - p.range.start, e - p.range.start);
  }
  return out;
}

export function composeChanges(ab: ChangeSet, bc: ChangeSet): ChangeSet {
  const x = validateChanges(undefined, ab);
  const y = validateChanges(undefined, bc);
  if (x.target.length !== y.base.length || x.target.hash !== y.base.hash) {
    throw new ChangeSetError(
      'the second change set does not start from the text the first one produces',
      'base',
    );
  }
  const abOnB = x.changes.map((c) => ({ range: c.b, change: c, side: 'ab' as const }));
  const bcOnB = y.changes.map((c) => ({ range: c.a, change: c, side: 'bc' as const }));
  const all = [...abOnB, ...bcOnB].sort((p, q) => p.range.start - q.range.start || p.range.end - q.range.end);
  // Text of b known from either side: ab.after on ab's b-ranges, bc.before on bc's a-ranges.
  const bFromAb = abOnB.map((p) => ({ range: p.range, text: p.change.after }));
  const bFromBc = bcOnB.map((p) => ({ range: p.range, text: p.change.before }));

  const out: Change[] = [];
  let i = 0;
  while (i < all.length) {
    const first = all[i] as (typeof all)[number];
    const cluster: Interval = { start: first.range.start, end: first.range.end };
    let j = i + 1;
    while (j < all.length && (all[j] as (typeof all)[number]).range.start <= cluster.end) {
      cluster.end = Math.max(cluster.end, (all[j] as (typeof all)[number]).range.end);
      j++;
    }
    const members = all.slice(i, j);
    i = j;
    // Members of each side, in that side's order (the sort above is stable and each side's ranges on b
    // are already sorted), without scanning every change per cluster.
    const abIn = members.filter((m) => m.side === 'ab').map((m) => m.change);
    const bcIn = members.filter((m) => m.side === 'bc').map((m) => m.change);
    // a side: walk b through the cluster; ab changes give a text directly, gaps copy b (= a).
    let before = '';
    let cursor = cluster.start;
    let aStart = -1;
    for (const c of abIn) {
      if (aStart < 0) aStart = c.a.start - (c.b.start - cluster.start);
      before += readB(cursor, c.b.start, bFromBc) + c.before;
      cursor = c.b.end;
    }
    before += readB(cursor, cluster.end, bFromBc);
    // c side: bc changes give c text directly, gaps copy b.
    let after = '';
    cursor = cluster.start;
    let cStart = -1;
    for (const c of bcIn) {
      if (cStart < 0) cStart = c.b.start - (c.a.start - cluster.start);
      after += readB(cursor, c.a.start, bFromAb) + c.after;
      cursor = c.a.end;
    }
    after += readB(cursor, cluster.end, bFromAb);
    if (aStart < 0) aStart = shiftBtoA(x.changes, cluster.start);
    if (cStart < 0) cStart = shiftBtoC(y.changes, cluster.start);
    if (before === after) continue;
    const sources = [...abIn, ...bcIn];
    const only = sources.length === 1 ? sources[0] : undefined;
    const change: Change = {
      ...(only ?? {}),
      id: `c${out.length + 1}`,
      op: opOf(before, after),
      a: { start: aStart, end: aStart + before.length },
      b: { start: cStart, end: cStart + after.length },
      before,
      after,
    };
    if (!only) {
      const rules = [...new Set(sources.map((s) => s.rule).filter(Boolean))];
      if (rules.length === 1) change.rule = rules[0];
      change.note = `composed from ${sources.map((s) => s.id).join(', ')}`;
    }
    out.push(change);
  }
  return { version: x.version, base: { ...x.base }, target: { ...y.target }, changes: out };
}

/** a-offset of a b-offset that lies outside every ab change (pure shift). */
function shiftBtoA(changes: readonly Change[], b: number): number {
  let delta = 0;
  for (const c of changes) {
    if (c.b.end <= b) delta = c.b.end - c.a.end;
    else break;
  }
  return b - delta;
}

/** c-offset of a b-offset that lies outside every bc change (pure shift). */
function shiftBtoC(changes: readonly Change[], b: number): number {
  let delta = 0;
  for (const c of changes) {
    if (c.a.end <= b) delta = c.b.end - c.a.end;
    else break;
  }
  return b + delta;
}
