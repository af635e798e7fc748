// One repair pass: findings → policies → fixes → one ChangeSet (clean.ts repeats it until it settles). Only findings that are not `info`, reach the
// confidence threshold and whose rule policy is not `keep` are applied. Their fixes may overlap (a
// repeated paragraph that also holds a doubled phrase); the conflict is resolved deterministically:
// rules in PRIORITY order (whole-block removals first), then higher confidence, then position — a
// finding is applied with all its edits or not at all. Every change names its rule and finding.

import { changeSetFromEdits, type Edit } from '../changes/build.js';
import type { ChangeSet } from '../changes/types.js';
import type { ScanDegraded } from '../detect/context.js';
import type { ResolvedOptions } from '../detect/options.js';
import { scanResolved } from '../detect/scan.js';
import type { Finding, RuleId } from '../detect/types.js';

/** What one pass returns: its text, its change set (text → result) and the findings it indexes. */
export interface PassResult {
  text: string;
  changes: ChangeSet;
  findings: Finding[];
  degraded?: ScanDegraded;
}

const PRIORITY: readonly RuleId[] = [
  'boilerplate',
  'repetition-loop',
  'repeated-block',
  'mojibake',
  'doubled-phrase',
  'displaced-fragment',
  'split-paragraph',
  'truncated-paragraph',
  'unbalanced-pair',
];
const RANK = new Map<string, number>(PRIORITY.map((r, i) => [r, i]));

/** One scan of `text` and the fixes of its findings that survive the policies and the conflicts. */
export function cleanPass(text: string, o: ResolvedOptions): PassResult {
  const findings = scanResolved(text, o);
  const chosen = findings
    .map((f, index) => ({ f, index }))
    .filter(
      ({ f }) =>
        f.severity !== 'info' &&
        f.confidence >= o.threshold &&
        o.policies[f.rule] !== 'keep' &&
        f.fix?.length,
    )
    .sort(
      (x, y) =>
        (RANK.get(x.f.rule) ?? 99) - (RANK.get(y.f.rule) ?? 99) ||
        y.f.confidence - x.f.confidence ||
        x.f.start - y.f.start ||
        x.index - y.index,
    );

  const n = text.length;
  const covered = new Uint8Array(n + 1);
  const inserts = new Uint8Array(n + 1);
  const free = (s: number, e: number): boolean => {
    if (s < 0 || e > n || e < s) return false;
    if (s === e) return inserts[s] === 0 && !(s > 0 && covered[s - 1] === 1 && covered[s] === 1);
    for (let k = s; k < e; k++) if (covered[k] === 1) return false;
    for (let k = s + 1; k < e; k++) if (inserts[k] === 1) return false;
    return true;
  };
  const edits: Edit[] = [];
  for (const { f, index } of chosen) {
    const fix = f.fix ?? [];
    // A finding's own edits must not overlap each other either.
    const sorted = [...fix].sort((a, b) => a.start - b.start || a.end - b.end);
    let ok = sorted.every((e) => free(e.start, e.end));
    for (let k = 1; ok && k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (
        cur.start < prev.end ||
        (cur.start === cur.end && cur.start === prev.start && prev.start === prev.end)
      )
        ok = false;
    }
    if (!ok) continue;
    for (const e of fix) {
      if (e.start === e.end) inserts[e.start] = 1;
      else covered.fill(1, e.start, e.end);
      edits.push({ start: e.start, end: e.end, text: e.text, rule: f.rule, finding: index, note: f.message });
    }
  }
  const { changes, target } = changeSetFromEdits(text, edits, {
    producer: 'jiaokan/clean',
    threshold: o.threshold,
    findings: findings.length,
  });
  const result: PassResult = { text: target, changes, findings: [...findings] };
  if (findings.degraded) result.degraded = findings.degraded;
  return result;
}
