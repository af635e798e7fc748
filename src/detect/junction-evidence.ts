// Evidence from the document itself for the junction rules (junctions.ts): occurrences of a string near
// a paragraph break — the joined phrase attested elsewhere (走在|前列), a bigram's count — within a
// budget of lookups (option maxEvidence) that a hostile text cannot exhaust the machine with.
// Occurrences in paragraphs clean() removes (copies, chrome) are no evidence.

import { BigramIndex } from './bigram-index.js';
import type { ScanContext } from './context.js';

/** Half-width of the window searched for evidence around a junction, in code units. */
export const RADIUS = 100_000;
/**
 * Lookups in one evidence window after which it is searched through a bigram index rather than by
 * indexOf. Internal; tests set it to 0 (always indexed) or Infinity (never) to compare the two paths.
 */
export const EVIDENCE_INDEX = { after: 64 };

export interface DocumentEvidence {
  /** the window of text evidence for head `pi` is searched in (the whole text when it is small) */
  region(pi: number): string;
  /** spends one lookup of the budget; false when none is left (and the scan is marked degraded) */
  spend(): boolean;
  /** occurrences of `s` near head `pi` (not in claimed paragraphs), counted up to `cap` (≥ 1) */
  count(pi: number, s: string, cap: number): number;
  /** whether `s` occurs near head `pi` outside claimed paragraphs */
  attested(pi: number, s: string): boolean;
}

export function documentEvidence(ctx: ScanContext): DocumentEvidence {
  const { text, paragraphs, claimed, options } = ctx;
  const n = paragraphs.length;
  // Evidence is searched in a window around the head (the whole text when it is small): "elsewhere in
  // the document" for a 10 MB concatenation means nearby, and a full scan per junction would be quadratic.
  const regions = new Map<number, { s: string; offset: number }>();
  const whole = { s: text, offset: 0 };
  const regionOf = (pi: number): { s: string; offset: number } => {
    if (text.length <= 2 * RADIUS) return whole;
    // Windows are aligned to buckets of RADIUS so that neighbouring heads share one slice.
    const bucket = Math.floor(paragraphs[pi]!.end / RADIUS);
    let r = regions.get(bucket);
    if (r === undefined) {
      const offset = Math.max(0, (bucket - 1) * RADIUS);
      r = { s: text.slice(offset, Math.min(text.length, (bucket + 2) * RADIUS)), offset };
      if (regions.size > 8) regions.clear();
      regions.set(bucket, r);
    }
    return r;
  };
  const region = (pi: number): string => regionOf(pi).s;
  // The claimed paragraphs' spans, in text order (start, end, start, end …): usually none or a few.
  const claimedSpans: number[] = [];
  for (let pi = 0; pi < n; pi++)
    if (claimed[pi]) claimedSpans.push(paragraphs[pi]!.start, paragraphs[pi]!.end);
  const spans = claimedSpans.length / 2;
  /** Whether an occurrence lies in a paragraph that clean() removes (it does not count as evidence). */
  const inClaimed = (offset: number): boolean => {
    if (spans === 0) return false;
    // the last claimed span starting at or before offset
    let x = 0;
    let y = spans;
    while (x < y) {
      const m = (x + y) >>> 1;
      if (claimedSpans[2 * m]! <= offset) x = m + 1;
      else y = m;
    }
    return x > 0 && offset < claimedSpans[2 * x - 1]!;
  };
  // Each attestation check is one search of a window (indexOf, or the bigram index below); the budget
  // (option maxEvidence) bounds how many a hostile text can ask for.
  let budget = options.maxEvidence;
  /** Spends one evidence lookup; when none is left, says so once (the scan reports `degraded`). */
  const spend = (): boolean => {
    if (budget > 0) {
      budget--;
      return true;
    }
    ctx.degraded ??= {
      reason: 'budget',
      rule: 'split-paragraph',
      detail: `junction evidence search stopped after ${options.maxEvidence} lookups (option maxEvidence); later paragraph breaks were judged without attestation`,
    };
    return false;
  };
  // Hard-wrapped text makes every line break a junction: tens of thousands of lookups, each an indexOf
  // pass over its window. A window that has seen EVIDENCE_INDEX.after lookups is searched through the
  // bigram index instead (bigram-index.ts: the same occurrences, at a cost of about the occurrences of
  // the probe's rarest bigram); ordinary prose, with a few cut paragraphs, seldom builds it.
  let index: BigramIndex | undefined;
  const lookups = new Map<number, number>();
  /** Calls `visit` with each occurrence of `s` in the window of head `pi`, in text order, until it returns false. */
  const occurrences = (pi: number, s: string, visit: (at: number) => boolean): void => {
    const small = text.length <= 2 * RADIUS;
    const bucket = small ? -1 : Math.floor(paragraphs[pi]!.end / RADIUS);
    const used = (lookups.get(bucket) ?? 0) + 1;
    lookups.set(bucket, used);
    if (used > EVIDENCE_INDEX.after && s.length >= 2) {
      index ??= new BigramIndex(text, RADIUS);
      const lo = small ? 0 : Math.max(0, (bucket - 1) * RADIUS);
      const hi = small ? text.length : Math.min(text.length, (bucket + 2) * RADIUS);
      index.forEach(s, lo, hi, visit);
      return;
    }
    const { s: r, offset } = regionOf(pi);
    for (let at = r.indexOf(s); at >= 0; at = r.indexOf(s, at + 1)) if (!visit(offset + at)) return;
  };
  /** Occurrences of `s` near head `pi` (not in claimed paragraphs), counted up to `cap` (≥ 1). */
  const count = (pi: number, s: string, cap: number): number => {
    if (!spend()) return 0;
    let c = 0;
    occurrences(pi, s, (at) => {
      if (!inClaimed(at)) c++;
      return c < cap;
    });
    return c;
  };
  const attested = (pi: number, s: string): boolean => {
    if (!spend()) return false;
    let found = false;
    occurrences(pi, s, (at) => {
      found = !inClaimed(at);
      return !found;
    });
    return found;
  };
  return { region, spend, count, attested };
}
