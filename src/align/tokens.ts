// Token level, inside one pair of sentences (or of sentence groups for a split/merge): jsdiff's
// diffArrays over Intl.Segmenter words of those sentences only — small spans, so Myers' O(ND) is cheap.
// Each token span is extended over the whitespace that follows it, so token leaves cover every
// character of their sentences; tokens compare by exact text, so an `equal` leaf is byte-identical.

import { diffArrays } from 'diff';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { Budget } from './budget.js';
import { levenshteinRatio } from './similarity.js';
import type { AlignedBlock, Range } from './types.js';

export interface TokenOptions {
  locale: string;
  segmenter: boolean;
}

/** Edit length above which jsdiff gives up (returns undefined) and the pair stays one leaf. */
const MAX_EDIT = 4000;

interface Span extends Range {
  /** index of the input range (sentence) it belongs to: runs never join across sentences */
  part: number;
}

function spans(text: string, ranges: readonly Range[], o: TokenOptions): Span[] {
  const out: Span[] = [];
  for (const [part, r] of ranges.entries()) {
    const toks = tokenize(text, r.start, r.end, { locale: o.locale, segmenter: o.segmenter });
    if (toks.length === 0) {
      if (r.end > r.start) out.push({ start: r.start, end: r.end, part });
      continue;
    }
    for (let k = 0; k < toks.length; k++) {
      const start = k === 0 ? r.start : (toks[k] as Range).start;
      const end = k + 1 < toks.length ? (toks[k + 1] as Range).start : r.end;
      out.push({ start, end, part });
    }
  }
  return out;
}

/** Joins consecutive token spans of one sentence (a run of tokens becomes one range). */
function joinRanges(spans: readonly Span[]): Range[] {
  const out: Range[] = [];
  let lastPart = -1;
  for (const r of spans) {
    const last = out[out.length - 1];
    if (last && last.end === r.start && r.part === lastPart) last.end = r.end;
    else out.push({ start: r.start, end: r.end });
    lastPart = r.part;
  }
  return out;
}

export function tokenBlocks(
  textA: string,
  textB: string,
  ra: readonly Range[],
  rb: readonly Range[],
  idPrefix: string,
  budget: Budget,
  o: TokenOptions,
): AlignedBlock[] | undefined {
  if (budget.expired('token')) return undefined;
  const sa = spans(textA, ra, o);
  const sb = spans(textB, rb, o);
  const ta = sa.map((r) => textA.slice(r.start, r.end));
  const tb = sb.map((r) => textB.slice(r.start, r.end));
  const parts = diffArrays(ta, tb, { maxEditLength: MAX_EDIT });
  if (!parts) {
    budget.degrade('maxCells', 'token', `token diff over ${ta.length}×${tb.length} tokens gave up`);
    return undefined;
  }
  const out: AlignedBlock[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < parts.length) {
    const p = parts[k] as { added: boolean; removed: boolean; count?: number; value: string[] };
    const n = p.value.length;
    if (!p.added && !p.removed) {
      out.push(block('equal', sa.slice(i, i + n), sb.slice(j, j + n), 1));
      i += n;
      j += n;
      k++;
      continue;
    }
    // A removed run followed by an added run (or the reverse) is one replacement.
    let del = 0;
    let ins = 0;
    while (k < parts.length) {
      const q = parts[k] as { added: boolean; removed: boolean; value: string[] };
      if (q.removed) del += q.value.length;
      else if (q.added) ins += q.value.length;
      else break;
      k++;
    }
    const xa = sa.slice(i, i + del);
    const xb = sb.slice(j, j + ins);
    const op = del && ins ? 'modify' : del ? 'delete' : 'insert';
    // Compared in normalized form: ＧＤＰ and GDP differ in bytes (so the op is modify) but not in content.
    const sim =
      op === 'modify'
        ? levenshteinRatio(normalize(ta.slice(i, i + del).join('')), normalize(tb.slice(j, j + ins).join('')))
        : 0;
    out.push(block(op, xa, xb, sim));
    i += del;
    j += ins;
  }
  out.forEach((b, n) => {
    b.id = `${idPrefix}.t${n + 1}`;
  });
  return out;
}

function block(op: AlignedBlock['op'], a: Span[], b: Span[], similarity: number): AlignedBlock {
  return { id: '', op, level: 'token', a: joinRanges(a), b: joinRanges(b), similarity };
}
