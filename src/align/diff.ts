// diff(a, b): an Alignment turned into a ChangeSet. The in-order `equal` leaves (tokens, sentences,
// paragraphs — never moves) form a monotone chain of byte-identical segments; everything between two
// links of the chain is rewritten. A gap that lies inside one leaf becomes one change carrying that
// leaf's op, level and similarity; a gap spanning several leaves becomes one delete per a-leaf and one
// insert per b-leaf, so that a move is a delete + an insert sharing `moveId` (design: the ChangeSet).

import { type Edit, fingerprint, opOf } from '../changes/build.js';
import { type BlockSummary, CHANGESET_VERSION, type Change, type ChangeSet } from '../changes/types.js';
import { isHighSurrogate, isInnerMark, isLowSurrogate, isWordChar } from '../text/chars.js';
import { assertString } from '../text/guard.js';
import { align } from './align.js';
import { shortcuts } from './shortcuts.js';
import type { AlignedBlock, Alignment, AlignOptions, Range } from './types.js';

interface Segment {
  a: Range;
  b: Range;
}

interface Leaf {
  block: AlignedBlock;
  group: string;
  range: Range;
  /** a half of a sentence that moved on its own (not a piece of a moved paragraph) */
  half?: boolean;
}

export function diff(a: string, b: string, options?: AlignOptions): ChangeSet {
  assertString(a, 'a');
  assertString(b, 'b');
  return changesFromAlignment(a, b, align(a, b, options), true);
}

/**
 * Appends an equal segment to the chain of links. Links separated by identical text (the line breaks
 * between equal paragraphs) join into one: a near-identical pair then has a few long links instead of
 * one per paragraph, and no gap between them. The chain stays strictly monotone (it is by
 * construction; this is a guard, not a fix-up). No segment object per call: on a near-identical pair
 * this runs once per paragraph, and most calls only extend the last link.
 */
function addLink(chain: Chain, as: number, ae: number, bs: number, be: number): void {
  const links = chain.links;
  const last = links[links.length - 1];
  if (!last) {
    links.push({ a: { start: as, end: ae }, b: { start: bs, end: be } });
    return;
  }
  if (as < last.a.end || bs < last.b.end) return;
  const n = as - last.a.end;
  if (
    shortcuts.enabled &&
    n === bs - last.b.end &&
    (n === 0 || sameText(chain.a, last.a.end, chain.b, last.b.end, n))
  ) {
    last.a.end = ae;
    last.b.end = be;
  } else links.push({ a: { start: as, end: ae }, b: { start: bs, end: be } });
}

/**
 * Links the equal paragraphs blocks[from..to] (1-1, same length, empty ones skipped, gaps of equal
 * length on both sides). addLink on each would join them all into one link exactly when every gap is
 * the same text on both sides, i.e. when the whole stretch is: that is one native comparison instead
 * of a JavaScript loop per gap (line breaks between 2,000 paragraphs on a first call). Otherwise, or
 * without shortcuts, each paragraph goes through addLink as before.
 */
function linkRun(chain: Chain, blocks: readonly AlignedBlock[], from: number, to: number): void {
  const first = (blocks[from] as AlignedBlock).a[0] as Range;
  const firstB = (blocks[from] as AlignedBlock).b[0] as Range;
  addLink(chain, first.start, first.end, firstB.start, firstB.end);
  if (from === to) return;
  const link = chain.links[chain.links.length - 1] as Segment;
  const lastA = (blocks[to] as AlignedBlock).a[0] as Range;
  const lastB = (blocks[to] as AlignedBlock).b[0] as Range;
  if (
    shortcuts.enabled &&
    link.a.end === first.end &&
    link.b.end === firstB.end &&
    chain.a.slice(first.end, lastA.end) === chain.b.slice(firstB.end, lastB.end)
  ) {
    link.a.end = lastA.end;
    link.b.end = lastB.end;
    return;
  }
  for (let k = from + 1; k <= to; k++) {
    const x = (blocks[k] as AlignedBlock).a[0] as Range;
    const y = (blocks[k] as AlignedBlock).b[0] as Range;
    if (x.end > x.start) addLink(chain, x.start, x.end, y.start, y.end);
  }
}

/** a[x, x+n) === b[y, y+n), compared in place: the stretches between equal leaves are short (line breaks). */
function sameText(a: string, x: number, b: string, y: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(x + k) !== b.charCodeAt(y + k)) return false;
  return true;
}

interface Chain {
  a: string;
  b: string;
  links: Segment[];
}

/** Pairs two equal-text range lists piece by piece (their concatenations are identical). */
function pieces(ra: readonly Range[], rb: readonly Range[], chain: Chain): void {
  let i = 0;
  let j = 0;
  let oa = 0;
  let ob = 0;
  while (i < ra.length && j < rb.length) {
    const x = ra[i] as Range;
    const y = rb[j] as Range;
    const n = Math.min(x.end - x.start - oa, y.end - y.start - ob);
    if (n > 0) addLink(chain, x.start + oa, x.start + oa + n, y.start + ob, y.start + ob + n);
    oa += n;
    ob += n;
    if (x.start + oa >= x.end) {
      i++;
      oa = 0;
    }
    if (y.start + ob >= y.end) {
      j++;
      ob = 0;
    }
  }
}

/**
 * A moved block (a move, or a paragraph split/merge with a moveId: moved-parts.ts) is out of order as
 * a whole: nothing in it is linked in place, and every leaf down to the equal tokens of its edited
 * sentences is rewritten with the move link (`moved`). Linked in place, those tokens tied the old
 * position to the new one: the link was lost, and a paragraph moved to the front made the chain drop
 * every equal paragraph after it.
 */
function collect(
  block: AlignedBlock,
  group: string,
  chain: Chain,
  leavesA: Leaf[],
  leavesB: Leaf[],
  moved = false,
): void {
  const out = moved || block.op === 'move' || (block.level === 'paragraph' && block.moveId !== undefined);
  const children = block.children;
  if (children?.length) {
    for (let k = 0; k < children.length; k++) {
      const c = children[k] as AlignedBlock;
      if (!out) collect(c, group, chain, leavesA, leavesB);
      else
        collect(
          { ...c, op: c.op === 'equal' ? 'move' : c.op, moveId: c.moveId ?? block.moveId },
          group,
          chain,
          leavesA,
          leavesB,
          true,
        );
    }
    return;
  }
  if (block.op === 'equal' && !out) {
    pieces(block.a, block.b, chain);
    return;
  }
  // Every other leaf is rewritten; a leaf of a moved block carries the move link (set by the caller
  // above), so that its delete and insert halves pair up.
  const half = !moved && block.level !== 'paragraph' && block.moveId !== undefined;
  for (let k = 0; k < block.a.length; k++) leavesA.push({ block, group, range: block.a[k] as Range, half });
  for (let k = 0; k < block.b.length; k++) leavesB.push({ block, group, range: block.b[k] as Range, half });
}

/** The leaves covering [from, to) on one side, in order, with uncovered stretches as `undefined`. */
function slice(
  leaves: readonly Leaf[],
  k0: number,
  from: number,
  to: number,
): { parts: { leaf?: Leaf; start: number; end: number }[]; next: number } {
  const parts: { leaf?: Leaf; start: number; end: number }[] = [];
  let k = k0;
  let pos = from;
  while (k < leaves.length && (leaves[k] as Leaf).range.end <= from) k++;
  while (pos < to) {
    const leaf = leaves[k];
    if (!leaf || leaf.range.start >= to) {
      parts.push({ start: pos, end: to });
      break;
    }
    if (leaf.range.start > pos) parts.push({ start: pos, end: leaf.range.start });
    const s = Math.max(pos, leaf.range.start);
    const e = Math.min(to, leaf.range.end);
    if (e > s) parts.push({ leaf, start: s, end: e });
    pos = e;
    if (leaf.range.end <= to) k++;
    else break;
  }
  return { parts, next: k };
}

const blank = (text: string, x: number) => /\s/.test(text[x] as string);

/**
 * The parts clipped to [from, to), parts left empty dropped. Neighbours of one move join into one half:
 * each leaf of a moved and edited paragraph (down to its tokens) is a part, and the change set would
 * otherwise cut the paragraph's delete (insert) into a change per token.
 */
function trimParts(
  parts: readonly { leaf?: Leaf; start: number; end: number }[],
  from: number,
  to: number,
): { leaf?: Leaf; start: number; end: number }[] {
  const out: { leaf?: Leaf; start: number; end: number }[] = [];
  for (const p of parts) {
    const start = Math.max(p.start, from);
    const end = Math.min(p.end, to);
    if (end <= start) continue;
    const last = out[out.length - 1];
    const move = p.leaf?.block.moveId;
    if (last && move !== undefined && last.leaf?.block.moveId === move && last.end === start) last.end = end;
    else out.push({ ...p, start, end });
  }
  return out;
}

/**
 * Uncovered stretches (whitespace between blocks) join the part before them, or after them — but never
 * the start of a sentence's move half: a paragraph break put in front of a sentence that moved into a
 * split-off paragraph is its own change, so both halves of the move carry the same text (a moved
 * paragraph's halves keep the line breaks beside them, as before).
 */
function absorb(
  parts: { leaf?: Leaf; start: number; end: number }[],
): { leaf?: Leaf; start: number; end: number }[] {
  const out: { leaf?: Leaf; start: number; end: number }[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && ((!p.leaf && !last.leaf?.half) || last.leaf === p.leaf || (!last.leaf && !p.leaf?.half))) {
      last.end = p.end;
      if (!last.leaf) last.leaf = p.leaf;
    } else out.push({ ...p });
  }
  return out;
}

function meta(leaf: Leaf | undefined): Omit<Edit, 'start' | 'end' | 'text'> {
  if (!leaf) return {};
  const m: Omit<Edit, 'start' | 'end' | 'text'> = {
    block: leaf.block.op,
    level: leaf.block.level,
    similarity: Math.round(leaf.block.similarity * 1000) / 1000,
    group: leaf.group,
  };
  if (leaf.block.moveId) m.moveId = leaf.block.moveId;
  return m;
}

/**
 * `owned`: the alignment was made for this change set and is dropped after it (diff), so the block
 * summaries take its range lists instead of copies (two arrays and two objects per paragraph, the
 * only reason they were made on a near-identical pair). A caller's alignment is copied, never shared.
 */
export function changesFromAlignment(a: string, b: string, alignment: Alignment, owned = false): ChangeSet {
  const chain: Chain = { a, b, links: [] };
  const leavesA: Leaf[] = [];
  const leavesB: Leaf[] = [];
  const blocks = alignment.blocks;
  // Equal paragraphs (most of a near-identical pair) are link pieces: no walk, no leaf. Consecutive ones
  // with gaps of equal length on both sides are gathered into runs and linked by linkRun.
  let runFrom = -1;
  let endA = 0;
  let endB = 0;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as AlignedBlock;
    const ra = block.a;
    const rb = block.b;
    if (block.op === 'equal' && !block.children?.length && ra.length === 1 && rb.length === 1) {
      const x = ra[0] as Range;
      const y = rb[0] as Range;
      if (x.end - x.start === y.end - y.start) {
        if (x.end === x.start) continue;
        if (runFrom < 0 || x.start < endA || x.start - endA !== y.start - endB) {
          if (runFrom >= 0) linkRun(chain, blocks, runFrom, k - 1);
          runFrom = k;
        }
        endA = x.end;
        endB = y.end;
        continue;
      }
    }
    if (runFrom >= 0) linkRun(chain, blocks, runFrom, k - 1);
    runFrom = -1;
    collect(block, block.id, chain, leavesA, leavesB);
  }
  if (runFrom >= 0) linkRun(chain, blocks, runFrom, blocks.length - 1);
  leavesA.sort((x, y) => x.range.start - y.range.start);
  leavesB.sort((x, y) => x.range.start - y.range.start);
  const links = chain.links;
  const edits: Edit[] = [];
  let pa = 0;
  let pb = 0;
  let ka = 0;
  let kb = 0;
  const gap = (ea: number, eb: number) => {
    if (ea === pa && eb === pb) return;
    if (ea - pa === eb - pb && a.slice(pa, ea) === b.slice(pb, eb)) return;
    const sa = slice(leavesA, ka, pa, ea);
    const sb = slice(leavesB, kb, pb, eb);
    ka = sa.next;
    kb = sb.next;
    const xa = absorb(sa.parts);
    const xb = absorb(sb.parts);
    const leaves = new Set([...xa, ...xb].map((p) => p.leaf?.block).filter(Boolean));
    const one =
      xa.length <= 1 &&
      xb.length <= 1 &&
      leaves.size <= 1 &&
      !xa.concat(xb).some((p) => p.leaf?.block.moveId);
    if (one) {
      edits.push({ start: pa, end: ea, text: b.slice(pb, eb), ...meta(xa[0]?.leaf ?? xb[0]?.leaf) });
      return;
    }
    // Whitespace both sides keep at the ends of the gap is no part of any half: a moved paragraph's
    // delete took the line breaks on both its sides, and a bare insert (no move link) put one back.
    let head = 0;
    const most = Math.min(ea - pa, eb - pb);
    while (head < most && a.charCodeAt(pa + head) === b.charCodeAt(pb + head) && blank(a, pa + head)) head++;
    let tail = 0;
    while (
      tail < most - head &&
      a.charCodeAt(ea - 1 - tail) === b.charCodeAt(eb - 1 - tail) &&
      blank(a, ea - 1 - tail)
    )
      tail++;
    for (const p of trimParts(xa, pa + head, ea - tail))
      edits.push({ start: p.start, end: p.end, text: '', ...meta(p.leaf) });
    for (const p of trimParts(xb, pb + head, eb - tail))
      edits.push({ start: ea - tail, end: ea - tail, text: b.slice(p.start, p.end), ...meta(p.leaf) });
  };
  for (let k = 0; k < links.length; k++) {
    const s = links[k] as Segment;
    gap(s.a.start, s.b.start);
    pa = s.a.end;
    pb = s.b.end;
  }
  gap(a.length, b.length);
  const metaInfo: Record<string, unknown> = {
    producer: 'jiaokan/diff',
    similarity: Math.round(alignment.similarity * 10000) / 10000,
    ops: alignment.stats.ops,
  };
  if (alignment.degraded) metaInfo.degraded = alignment.degraded;
  const changes = buildChanges(a, b, edits, metaInfo);
  const summaries: BlockSummary[] = new Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) {
    const blk = blocks[k] as AlignedBlock;
    const s: BlockSummary = {
      id: blk.id,
      op: blk.op,
      a: owned ? blk.a : copyRanges(blk.a),
      b: owned ? blk.b : copyRanges(blk.b),
      similarity: Math.round(blk.similarity * 1000) / 1000,
    };
    if (blk.moveId) s.moveId = blk.moveId;
    summaries[k] = s;
  }
  changes.blocks = summaries;
  return changes;
}

/**
 * Like changeSetFromEdits, for edits already sorted and disjoint (the gap walk makes them so), without
 * per-edit object spreading: diff() can emit hundreds of thousands of edits. Checks that b is rebuilt.
 */
function buildChanges(
  a: string,
  b: string,
  edits: readonly Edit[],
  meta: Record<string, unknown>,
): ChangeSet {
  const changes: Change[] = [];
  let cursor = 0;
  // where a[cursor] lands in b: the untouched stretches are compared in place (slices, no rebuilt copy of b)
  let inB = 0;
  let delta = 0;
  for (let k = 0; k < edits.length; k++) {
    const e = edits[k] as Edit;
    if (e.start < cursor || e.end < e.start)
      throw new Error('jiaokan: internal error, diff edits overlap (please report)');
    const keep = e.start - cursor;
    const bStart = inB + keep;
    const bEnd = bStart + e.text.length;
    if (a.slice(cursor, e.start) !== b.slice(inB, bStart) || e.text !== b.slice(bStart, bEnd))
      throw new Error('jiaokan: internal error, diff does not rebuild b (please report)');
    inB = bEnd;
    cursor = e.end;
    // Trim what both sides share at the ends ('brown ' → 'red ' is 'brown' → 'red'), never halving a
    // surrogate pair, a CRLF or a word of a spaced script: 1244 → 1256 stays one number, not 12[44→56], and
    // 5.2 → 5 is not 5[.2 deleted] (Han characters are trimmed one by one: 十四五 → 十五五 is 四 → 五).
    // Moves keep their whole blocks.
    let { start, end } = e;
    let text = e.text;
    if (!e.moveId) {
      let p = 0;
      const max = Math.min(end - start, text.length);
      while (p < max && a.charCodeAt(start + p) === text.charCodeAt(p)) p++;
      if (p > 0 && isHighSurrogate(a.charCodeAt(start + p - 1))) p--;
      while (
        p > 0 &&
        (inWord(a, start + p) || inWord(b, bStart + p) || crlfAt(a, start + p) || crlfAt(b, bStart + p))
      )
        p--;
      let q = 0;
      while (q < max - p && a.charCodeAt(end - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
      if (q > 0 && isLowSurrogate(a.charCodeAt(end - q))) q--;
      while (
        q > 0 &&
        (inWord(a, end - q) || inWord(b, bEnd - q) || crlfAt(a, end - q) || crlfAt(b, bEnd - q))
      )
        q--;
      start += p;
      end -= q;
      text = text.slice(p, text.length - q);
    }
    const before = a.slice(start, end);
    if (before === text) continue;
    const c: Change = {
      id: `c${changes.length + 1}`,
      op: opOf(before, text),
      a: { start, end },
      b: { start: start + delta, end: start + delta + text.length },
      before,
      after: text,
    };
    if (e.block !== undefined) c.block = e.block;
    if (e.level !== undefined) c.level = e.level;
    if (e.similarity !== undefined) c.similarity = e.similarity;
    if (e.moveId !== undefined) c.moveId = e.moveId;
    if (e.group !== undefined) c.group = e.group;
    changes.push(c);
    delta += text.length - before.length;
  }
  if (a.length - cursor !== b.length - inB || a.slice(cursor) !== b.slice(inB))
    throw new Error('jiaokan: internal error, diff does not rebuild b (please report)');
  return { version: CHANGESET_VERSION, base: fingerprint(a), target: fingerprint(b), changes, meta };
}

/** Whether s[i-1] and s[i] belong to one word of a spaced script or one number (1,244.5, don't). */
function inWord(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  if (isWordChar(s.charCodeAt(i - 1)) && isWordChar(s.charCodeAt(i))) return true;
  return isInnerMark(s, i) || isInnerMark(s, i - 1);
}

/** Whether s[i-1], s[i] is a CRLF: a change never ends between its CR and its LF. */
function crlfAt(s: string, i: number): boolean {
  return i > 0 && s.charCodeAt(i - 1) === 0x0d && s.charCodeAt(i) === 0x0a;
}

function copyRanges(rs: readonly Range[]): Range[] {
  const out: Range[] = new Array(rs.length);
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k] as Range;
    out[k] = { start: r.start, end: r.end };
  }
  return out;
}
