// Unified diff, serialized by jsdiff's formatPatch. By default over the real lines of both texts: the
// only form `git apply`, GNU `patch` and jsdiff `applyPatch` all accept byte-exactly (a CR stays in its
// line, "\ No newline at end of file" after a last line without newline). `lines: 'sentence'` or
// `'paragraph'` diffs the line views instead (lines.ts): readable hunks, applying to lineView(a).
//
// Which lines changed comes from the change set itself, not from a second diff: jsdiff's line diff is
// Myers O(ND), and 20,000 shuffled one-line paragraphs took it 108 s, while every change already says
// where it is. The views have no change set of their own, so they use a Myers line diff bounded by a
// deterministic edit budget and fall back to replacing the differing middle whole (still exact).

import { diffArrays, FILE_HEADERS_ONLY, type StructuredPatchHunk, formatPatch as serialize } from 'diff';
import type { ChangeSet } from '../changes/types.js';
import { lineView, type PatchLines } from './lines.js';

export interface PatchOptions {
  aName?: string;
  bName?: string;
  context?: number;
  lines?: PatchLines;
}

/** Lines a[a0, a1) became lines b[b0, b1); the lines between two runs are the same on both sides. */
interface Run {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export function formatPatch(base: string, target: string, cs: ChangeSet, options: PatchOptions = {}): string {
  const { aName = 'a', bName = 'b', context = 3, lines = 'source' } = options;
  const source = lines === 'source';
  const a = source ? base : lineView(base, lines);
  const b = source ? target : lineView(target, lines);
  if (a === b) return '';
  const aLines = splitLines(a);
  const bLines = splitLines(b);
  const runs = (source && runsFromChanges(a, b, cs, aLines, bLines)) || runsFromLines(aLines, bLines);
  let ctx = context;
  let out = hunks(runs, aLines, bLines, ctx);
  // jsdiff's applyPatch converts a patch whose every line has the other line ending than the file
  // (only CRLF lines into an LF file, or only LF lines into a CRLF file): a bare insertion of a CRLF
  // line into an LF file would arrive as LF. One more line of context (the file's own ending) keeps
  // the patch mixed, which git apply and GNU patch accept as well.
  while (convertedByJsdiff(a, out) && ctx < aLines.length) out = hunks(runs, aLines, bLines, ++ctx);
  const patch = serialize(
    { oldFileName: aName, newFileName: bName, oldHeader: undefined, newHeader: undefined, hunks: out },
    FILE_HEADERS_ONLY,
  );
  // jsdiff leaves a name with spaces bare (it quotes only control and non-ASCII characters, `"` and
  // `\`), and GNU patch then ends the name at the first space ("can't find file to patch"). GNU diff
  // C-quotes such names; git apply, patch and jsdiff all read them back.
  const [minus = '', plus = ''] = patch.split('\n', 2);
  const quote = (line: string) =>
    line.includes(' ', 4) && !line.startsWith('"', 4) ? `${line.slice(0, 4)}"${line.slice(4)}"` : line;
  return `${quote(minus)}\n${quote(plus)}${patch.slice(minus.length + plus.length + 1)}`;
}

/** Whether jsdiff's automatic line-ending conversion (diff ≥ 8, on by default) would rewrite the patch. */
function convertedByJsdiff(a: string, hs: readonly StructuredPatchHunk[]): boolean {
  const fileWin = a.includes('\r\n') && !a.startsWith('\n') && !/[^\r]\n/.test(a);
  const fileUnix = !a.includes('\r\n') && a.includes('\n');
  if (!fileWin && !fileUnix) return false;
  let someCr = false;
  let allCr = true;
  for (const h of hs) {
    h.lines.forEach((line, i) => {
      if (line.startsWith('\\')) return;
      if (line.endsWith('\r')) someCr = true;
      else if (!h.lines[i + 1]?.startsWith('\\')) allCr = false;
    });
  }
  return fileWin ? !someCr : someCr && allCr;
}

/** Lines with their terminators, as git and jsdiff split them: after each LF (a CR stays in its line). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Offset of the first character of every line, and the text's length last. */
function lineStarts(lines: string[]): number[] {
  const starts = [0];
  for (const l of lines) starts.push((starts[starts.length - 1] as number) + l.length);
  return starts;
}

const atLineStart = (text: string, x: number) => x === 0 || text.charCodeAt(x - 1) === 0x0a;

/**
 * The lines each change touches, on both sides, merged where they share a line. Returns undefined when
 * a gap between runs is not the same text on both sides (a malformed change set): the caller then
 * diffs the lines instead, so a patch is always exact.
 */
function runsFromChanges(a: string, b: string, cs: ChangeSet, aLines: string[], bLines: string[]) {
  const regions: Run[] = [];
  for (const c of cs.changes) {
    // Start: the change's own offset when it is a line start (the same on both sides, since the text
    // before it is), otherwise the start of its line.
    const aS = atLineStart(a, c.a.start) ? c.a.start : a.lastIndexOf('\n', c.a.start - 1) + 1;
    const bS = atLineStart(b, c.b.start) ? c.b.start : b.lastIndexOf('\n', c.b.start - 1) + 1;
    let region = regions[regions.length - 1];
    if (region && (aS <= region.a1 || bS <= region.b1)) {
      // Shares a line with the region before: the region now ends after this change.
    } else {
      region = { a0: aS, a1: aS, b0: bS, b1: bS };
      regions.push(region);
    }
    // End: where the change ends when both sides are at a line start there (whole lines removed or
    // inserted), otherwise the end of its line; never before the region's end so far. Past the change
    // both texts are the same up to the next change, so the b end is the a end shifted by the change's
    // length difference, and is a line end too.
    const shift = c.b.end - c.a.end;
    const whole = atLineStart(a, c.a.end) && atLineStart(b, c.b.end);
    const need = Math.max(whole ? c.a.end : c.a.end + 1, region.a1, region.b1 - shift);
    const aE = whole && need === c.a.end ? c.a.end : lineEnd(a, need - 1);
    region.a1 = aE;
    region.b1 = aE + shift;
  }
  const aIndex = new Map(lineStarts(aLines).map((offset, i) => [offset, i]));
  const bIndex = new Map(lineStarts(bLines).map((offset, i) => [offset, i]));
  const runs: Run[] = [];
  let aPrev = 0;
  let bPrev = 0;
  for (const r of regions) {
    const run = { a0: aIndex.get(r.a0), a1: aIndex.get(r.a1), b0: bIndex.get(r.b0), b1: bIndex.get(r.b1) };
    if (run.a0 === undefined || run.a1 === undefined || run.b0 === undefined || run.b1 === undefined) return;
    if (a.slice(aPrev, r.a0) !== b.slice(bPrev, r.b0)) return;
    if (trim(run as Run, aLines, bLines)) runs.push(run as Run);
    aPrev = r.a1;
    bPrev = r.b1;
  }
  return a.slice(aPrev) === b.slice(bPrev) ? runs : undefined;
}

/**
 * Moves lines the same on both sides at a run's ends out of it, into context: a change that starts
 * with the line break before it (a deleted last paragraph takes its separator) otherwise shows the
 * untouched line above as removed and added again. False when nothing is left.
 */
function trim(run: Run, aLines: string[], bLines: string[]): boolean {
  while (run.a0 < run.a1 && run.b0 < run.b1 && aLines[run.a0] === bLines[run.b0]) {
    run.a0++;
    run.b0++;
  }
  while (run.a0 < run.a1 && run.b0 < run.b1 && aLines[run.a1 - 1] === bLines[run.b1 - 1]) {
    run.a1--;
    run.b1--;
  }
  return run.a0 < run.a1 || run.b0 < run.b1;
}

function lineEnd(text: string, x: number): number {
  const k = text.indexOf('\n', x);
  return k < 0 ? text.length : k + 1;
}

/** Work budget of the bounded line diff: edit length × lines stays near 4e7 steps. */
const LINE_DIFF_BUDGET = 4e7;

/** A Myers line diff of the middle that differs; past its edit budget, the whole middle is one run. */
function runsFromLines(aLines: string[], bLines: string[]): Run[] {
  let head = 0;
  const shorter = Math.min(aLines.length, bLines.length);
  while (head < shorter && aLines[head] === bLines[head]) head++;
  let tail = 0;
  while (tail < shorter - head && aLines[aLines.length - 1 - tail] === bLines[bLines.length - 1 - tail])
    tail++;
  const aMid = aLines.slice(head, aLines.length - tail);
  const bMid = bLines.slice(head, bLines.length - tail);
  const whole: Run[] = [{ a0: head, a1: head + aMid.length, b0: head, b1: head + bMid.length }];
  const size = aMid.length + bMid.length;
  const maxEditLength = Math.max(64, Math.floor(LINE_DIFF_BUDGET / Math.max(1, size)));
  const parts = size === 0 ? undefined : diffArrays(aMid, bMid, { maxEditLength });
  if (!parts) return size === 0 ? [] : whole;
  const runs: Run[] = [];
  let i = head;
  let j = head;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    if (!p.added && !p.removed) {
      i += n;
      j += n;
      continue;
    }
    const last = runs[runs.length - 1];
    const run = last && last.a1 === i && last.b1 === j ? last : { a0: i, a1: i, b0: j, b1: j };
    if (run !== last) runs.push(run);
    if (p.removed) run.a1 = i += n;
    else run.b1 = j += n;
  }
  return runs;
}

/** Runs grouped into hunks with `context` lines around them; runs closer than 2 × context share one. */
function hunks(runs: Run[], aLines: string[], bLines: string[], context: number): StructuredPatchHunk[] {
  const out: StructuredPatchHunk[] = [];
  let k = 0;
  while (k < runs.length) {
    const first = runs[k] as Run;
    let end = k;
    while (end + 1 < runs.length && (runs[end + 1] as Run).a0 - (runs[end] as Run).a1 <= 2 * context) end++;
    const lastRun = runs[end] as Run;
    const before = Math.min(context, first.a0);
    const after = Math.min(context, aLines.length - lastRun.a1);
    const lines: string[] = [];
    for (let x = first.a0 - before; x < first.a0; x++) lines.push(` ${aLines[x]}`);
    for (let r = k; r <= end; r++) {
      const run = runs[r] as Run;
      for (let x = run.a0; x < run.a1; x++) lines.push(`-${aLines[x]}`);
      for (let x = run.b0; x < run.b1; x++) lines.push(`+${bLines[x]}`);
      const next = runs[r + 1];
      const stop = r < end && next ? next.a0 : run.a1 + after;
      for (let x = run.a1; x < stop; x++) lines.push(` ${aLines[x]}`);
    }
    out.push({
      oldStart: first.a0 - before + 1,
      oldLines: lastRun.a1 + after - (first.a0 - before),
      newStart: first.b0 - before + 1,
      newLines: lastRun.b1 + after - (first.b0 - before),
      lines: terminate(lines),
    });
    k = end + 1;
  }
  return out;
}

/** Drops each line's LF; a line without one (the last of its file) gets the "\ No newline" marker. */
function terminate(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.endsWith('\n')) out.push(line.slice(0, -1));
    else out.push(line, '\\ No newline at end of file');
  }
  return out;
}
