// clean(): repeat one repair pass (pass.ts) on its own output until a pass finds nothing more to
// change, so that clean(clean(x).text) changes nothing. A repair can expose a defect the first scan
// could not see: a doubled phrase inside the shorter copy of a repeated paragraph hides the copy until
// the phrase is repaired; joining a split paragraph can bring two copies of a phrase together. Passes
// are combined with composeChanges (text-free; it clusters overlapping edits), later findings are
// mapped back onto the input (map-back.ts) and merged into the sorted findings. A second pass runs
// only when the first changed something; after MAX_PASSES the result is degraded, never a loop.

import { composeChanges } from '../changes/compose.js';
import type { Change, ChangeSet } from '../changes/types.js';
import type { ScanDegraded } from '../detect/context.js';
import { type CleanOptions, type ResolvedOptions, resolveOptions } from '../detect/options.js';
import { compareFindings } from '../detect/scan.js';
import type { Finding } from '../detect/types.js';
import { assertString } from '../text/guard.js';
import { MapBack } from './map-back.js';
import { cleanPass, type PassResult } from './pass.js';

/** Why a clean() result may be incomplete: a rule's work budget, or passes that did not settle. */
export type CleanDegraded =
  | ScanDegraded
  | {
      reason: 'passes';
      /** what was cut short, for people */
      detail: string;
    };

export interface CleanResult {
  /** the cleaned text: applyChanges(input, changes) */
  text: string;
  /** raw → cleaned; invertChanges(changes) undoes it */
  changes: ChangeSet;
  /**
   * every finding of every pass (applied or not; one no pass applies is listed once), sorted by start,
   * offsets into the input; change.finding indexes this array
   */
  findings: Finding[];
  /** present when a rule's work budget ran out or the passes did not settle: valid but maybe incomplete */
  degraded?: CleanDegraded;
}

/**
 * Passes before clean() gives up settling. Chains are short: on the repair benchmark at most 2 passes
 * change anything; on generated chains (test/clean/passes) 3 in 11 of 1500, never 4.
 */
export const MAX_PASSES = 4;

/** Repair `text`: remove loops, copies and chrome, join splits, reassemble fragments, fix mojibake — losslessly. */
export function clean(text: string, options?: CleanOptions): CleanResult {
  assertString(text, 'text');
  return cleanResolved(text, resolveOptions(options));
}

/** clean() with resolved options and a pass limit (tests lower it to reach the degraded path). */
export function cleanResolved(text: string, o: ResolvedOptions, maxPasses = MAX_PASSES): CleanResult {
  const first = cleanPass(text, o);
  let degraded: CleanDegraded | undefined = first.degraded;
  if (first.changes.changes.length === 0) return result(first.text, first.changes, first.findings, degraded);

  // Findings of pass k carry a pass number so that the final sort can renumber change.finding.
  const found: { f: Finding; pass: number; index: number }[] = first.findings.map((f, index) => ({
    f,
    pass: 0,
    index,
  }));
  // A finding no pass applies (info, below the threshold, a kept rule, an unbalanced pair) is found
  // again by every later pass: keep it once. Key: rule, severity and the span on the input.
  const key = (f: Finding) => `${f.rule}|${f.severity}|${f.start}|${f.end}`;
  const seen = new Set(first.findings.map(key));
  /** Maps the later pass's findings onto the input and appends the new ones; returns their indices. */
  const append = (next: PassResult, total: ChangeSet, pass: number): Map<number, number> => {
    const back = new MapBack(text, total);
    const applied = new Set(next.changes.changes.map((c) => c.finding));
    const indexOf = new Map<number, number>();
    next.findings.forEach((raw, i) => {
      const f = back.finding(raw);
      const k = key(f);
      if (seen.has(k) && !applied.has(i)) return;
      seen.add(k);
      indexOf.set(i, found.length);
      found.push({ f, pass, index: found.length });
    });
    return indexOf;
  };
  let total = first.changes;
  let current = first.text;
  let passes = 1;
  for (;;) {
    const next = cleanPass(current, o);
    // The pass that settles (or the one past the limit) changes nothing here, but what it newly
    // finds — something the last repair exposed and no rule edits — is reported too.
    if (next.changes.changes.length === 0 || passes >= maxPasses) {
      append(next, total, passes);
      if (next.changes.changes.length > 0) {
        degraded = {
          reason: 'passes',
          detail: `clean() stopped after ${maxPasses} passes although a further pass would still change the text${degraded ? `; also ${degraded.detail}` : ''}`,
        };
      }
      break;
    }
    degraded ??= next.degraded;
    const indexOf = append(next, total, passes);
    const step: ChangeSet = {
      ...next.changes,
      changes: next.changes.changes.map((c) => ({
        ...c,
        finding: indexOf.get(c.finding as number) as number,
      })),
    };
    total = attribute(total, step, composeChanges(total, step));
    current = next.text;
    passes++;
  }

  // A finding a later pass found again and applied, whose edit the composition then merged into
  // another's (the change names the other finding), is applied by no change: keep its first report only.
  const cited = new Set(total.changes.map((c) => c.finding));
  const firstOf = new Set<string>();
  const kept = found.filter((x) => {
    if (cited.has(x.index)) return true;
    const k = key(x.f);
    if (firstOf.has(k)) return false;
    firstOf.add(k);
    return true;
  });
  // Stable sort by the scan's own order; ties keep pass order. Then renumber every change's finding.
  const order = kept
    .map((x, k) => ({ ...x, k }))
    .sort((x, y) => compareFindings(x.f, y.f) || x.pass - y.pass || x.k - y.k);
  const renumber = new Map<number, number>(order.map((x, i) => [x.index, i]));
  const changes: ChangeSet = {
    ...total,
    changes: total.changes.map((c) => ({ ...c, finding: renumber.get(c.finding as number) as number })),
    meta: { ...first.changes.meta, findings: order.length, passes },
  };
  return result(
    current,
    changes,
    order.map((x) => x.f),
    degraded,
  );
}

function result(text: string, changes: ChangeSet, findings: Finding[], degraded: CleanDegraded | undefined) {
  const out: CleanResult = { text, changes, findings: [...findings] };
  if (degraded) out.degraded = degraded;
  return out;
}

const touches = (x: { start: number; end: number }, y: { start: number; end: number }): boolean =>
  x.start <= y.end && y.start <= x.end;

/**
 * composeChanges keeps rule and finding when a composed change has one source; where it merges several
 * (a later edit over or beside an earlier one) it keeps only a shared rule. clean() promises every change
 * names a rule and a finding: the later pass's edit is the one that gave the stretch its final text, so
 * its rule and finding win, and the note names every repair merged in.
 */
function attribute(ab: ChangeSet, bc: ChangeSet, ac: ChangeSet): ChangeSet {
  const changes = ac.changes.map((c): Change => {
    if (c.finding !== undefined) return c;
    const later = bc.changes.filter((x) => touches(x.b, c.b));
    const earlier = ab.changes.filter((x) => touches(x.a, c.a));
    const lead = later[0] ?? earlier[0];
    if (!lead) return c;
    // Name the merged repairs by rule and count, not by message: a loop removed in the second pass can
    // swallow dozens of copies the first pass removed around it.
    const counts = new Map<string, number>();
    for (const x of [...later, ...earlier])
      if (x !== lead) counts.set(String(x.rule), (counts.get(String(x.rule)) ?? 0) + 1);
    const merged = [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
    return {
      ...c,
      rule: lead.rule,
      finding: lead.finding,
      note: merged ? `${lead.note ?? lead.rule} (merged with ${merged})` : lead.note,
    };
  });
  return { ...ac, changes };
}
