// align(a, b): paragraphs ► sentences ► tokens. Each level only looks inside the pairs the level
// above linked, so the expensive steps (Levenshtein, Intl.Segmenter, Myers) only ever see small spans.
// Sentences left unlinked anywhere (in deleted/inserted paragraphs or inside modified ones), and weakly
// linked sentence pairs, get one more chance: a global content match that groups them into sentence
// moves (half blocks on either side sharing one moveId; a group may join several sentences per side).

import { isSpace } from '../text/chars.js';
import { assertString } from '../text/guard.js';
import type { Bead } from './beads.js';
import { Budget } from './budget.js';
import type { LevelOptions } from './level.js';
import { groupMoves, moveCandidates } from './moves.js';
import { type ResolvedAlignOptions, resolveAlignOptions } from './options.js';
import { alignParagraphs, Outline } from './paragraphs.js';
import { alignSentences } from './sentences.js';
import { dice, type Unit, union, unitSimilarity } from './similarity.js';
import { tokenBlocks } from './tokens.js';
import type { AlignedBlock, Alignment, AlignOptions, BlockOp, Range } from './types.js';

interface Ctx {
  a: string;
  b: string;
  /** paragraphs of a and b, sentences split on demand */
  sa: Outline;
  sb: Outline;
  budget: Budget;
  o: ResolvedAlignOptions;
  level: LevelOptions;
  /**
   * For each paragraph of b, the byte-identical paragraph of a it is linked to as a 1-1 `equal` block,
   * or -1: its whitespace need not be counted again (see overallSimilarity).
   */
  twinOfB: Int32Array;
}

/** Sentences that share a reused phrase are linked as moves even when reworded around it. */
const PHRASE = { overlap: 0.5, minShared: 10, minGrams: 8 };
/**
 * Sentence pairs linked in order below this similarity also take part in the
 * move search: a rewritten sentence often also took a phrase from elsewhere. A pair that stays together
 * keeps its token detail (and joins the group's moveId); a pair whose halves go different ways becomes
 * two half leaves.
 */
const WEAK_PAIR = 0.9;

const LINKED = new Set<BlockOp>(['modify', 'move', 'split', 'merge']);

export function align(a: string, b: string, options?: AlignOptions): Alignment {
  assertString(a, 'a');
  assertString(b, 'b');
  const o = resolveAlignOptions(options);
  const t0 = performance.now();
  const budget = new Budget(o.timeout, o.maxCells);
  const ctx: Ctx = {
    a,
    b,
    sa: new Outline(a),
    sb: new Outline(b),
    budget,
    o,
    level: { threshold: o.threshold, moveThreshold: o.moveThreshold, moves: true },
    twinOfB: new Int32Array(0),
  };
  ctx.twinOfB = new Int32Array(ctx.sb.paragraphs.length).fill(-1);
  const pa = ctx.sa.paragraphs;
  const pb = ctx.sb.paragraphs;
  const beads = alignParagraphs(pa, pb, budget, ctx.level);
  // Indexed loops here and below: on a first call this code runs before V8 optimizes it, where
  // for…of and callbacks allocate an iterator result per element (bench/align-speed.mjs --fresh).
  const blocks: AlignedBlock[] = new Array(beads.length);
  for (let k = 0; k < beads.length; k++) blocks[k] = paragraphBlock(ctx, beads[k] as Bead, `p${k + 1}`);
  const sentenceMoves = o.sentenceMoves ? linkSentenceMoves(ctx, blocks) : 0;
  const ops = { equal: 0, modify: 0, insert: 0, delete: 0, move: 0, split: 0, merge: 0 } as Record<
    BlockOp,
    number
  >;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as AlignedBlock;
    if (block.children && LINKED.has(block.op)) block.similarity = leafSimilarity(ctx, block);
    ops[block.op]++;
  }
  const result: Alignment = {
    blocks,
    similarity: overallSimilarity(ctx, blocks),
    stats: {
      paragraphs: { a: pa.length, b: pb.length },
      sentences: { a: ctx.sa.sentenceCount, b: ctx.sb.sentenceCount },
      ops,
      sentenceMoves,
      cells: { ...budget.cells },
      ms: Math.round((performance.now() - t0) * 10) / 10,
    },
  };
  if (budget.degraded) result.degraded = budget.degraded;
  return result;
}

function rangesOf(outline: Outline, paragraphs: readonly number[]): Range[] {
  const out: Range[] = new Array(paragraphs.length);
  for (let k = 0; k < paragraphs.length; k++) {
    const i = paragraphs[k] as number;
    const p = outline.paragraphs[i];
    if (!p) throw new RangeError(`jiaokan: no paragraph ${i}`);
    out[k] = { start: p.start, end: p.end };
  }
  return out;
}

function sameText(x: string, rx: readonly Range[], y: string, ry: readonly Range[]): boolean {
  if (rx.length !== ry.length) return false;
  return rx.every((r, k) => {
    const s = ry[k] as Range;
    return r.end - r.start === s.end - s.start && x.slice(r.start, r.end) === y.slice(s.start, s.end);
  });
}

/** Byte-identical unit lists (through the units' cached raw text: no new slices). */
function sameUnits(
  x: readonly Unit[],
  ix: readonly number[],
  y: readonly Unit[],
  iy: readonly number[],
): boolean {
  if (ix.length !== iy.length) return false;
  for (let k = 0; k < ix.length; k++)
    if (!(x[ix[k] as number] as Unit).sameRaw(y[iy[k] as number] as Unit)) return false;
  return true;
}

function paragraphBlock(ctx: Ctx, bead: Bead, id: string): AlignedBlock {
  // A 1:1 equal bead of byte-identical paragraphs (nearly every block of two versions of one text):
  // built inline, without the range helpers (one call each per paragraph on an unoptimized first call).
  if (bead.op === 'equal' && bead.a.length === 1 && bead.b.length === 1) {
    const x = ctx.sa.paragraphs[bead.a[0] as number];
    const y = ctx.sb.paragraphs[bead.b[0] as number];
    if (x && y && x.end - x.start === y.end - y.start && x.raw === y.raw) {
      ctx.twinOfB[bead.b[0] as number] = bead.a[0] as number;
      // Nested literals are built one level at a time: unoptimized code creates an object literal with
      // literals inside it through the runtime (allocation-site bookkeeping), a flat one inline.
      const rx = { start: x.start, end: x.end };
      const ry = { start: y.start, end: y.end };
      const a = [rx];
      const b = [ry];
      const block: AlignedBlock = { id, op: 'equal', level: 'paragraph', a, b, similarity: bead.similarity };
      if (bead.moveId) block.moveId = bead.moveId;
      return block;
    }
  }
  const a = rangesOf(ctx.sa, bead.a);
  const b = rangesOf(ctx.sb, bead.b);
  let op: BlockOp = bead.op;
  const pa = ctx.sa.paragraphs;
  const pb = ctx.sb.paragraphs;
  if (op === 'equal' && !sameUnits(pa, bead.a, pb, bead.b)) op = 'modify';
  const block: AlignedBlock = { id, op, level: 'paragraph', a, b, similarity: bead.similarity };
  if (bead.moveId) block.moveId = bead.moveId;
  if (op === 'equal' || op === 'insert' || op === 'delete') return block;
  if (op === 'move' && bead.similarity === 1 && sameUnits(pa, bead.a, pb, bead.b)) return block;
  if (ctx.budget.expired('sentence')) return block;
  const sa = ctx.sa.sentencesOfAll(bead.a);
  const sb = ctx.sb.sentencesOfAll(bead.b);
  const beads = alignSentences(ctx.sa, ctx.sb, sa, sb, ctx.budget, ctx.level, `${id}.`);
  const children: AlignedBlock[] = new Array(beads.length);
  for (let k = 0; k < beads.length; k++)
    children[k] = sentenceBlock(ctx, beads[k] as Bead, sa, sb, `${id}.s${k + 1}`);
  block.children = children;
  return block;
}

/** The sentence units a bead picks out of a paragraph's sentence ids; their ranges go to `ranges`. */
function sentenceUnits(
  outline: Outline,
  ids: readonly number[],
  picks: readonly number[],
  ranges: Range[],
): Unit[] {
  // indexed loops, no callbacks, no [units, ranges] pair to destructure (unoptimized code allocates an
  // iterator for that): one call of this per sentence of every revised paragraph
  const units: Unit[] = new Array(picks.length);
  for (let k = 0; k < picks.length; k++) {
    const u = outline.sentence(ids[picks[k] as number] as number);
    units[k] = u;
    ranges[k] = { start: u.start, end: u.end };
  }
  return units;
}

function sentenceBlock(
  ctx: Ctx,
  bead: Bead,
  sa: readonly number[],
  sb: readonly number[],
  id: string,
): AlignedBlock {
  const a: Range[] = new Array(bead.a.length);
  const b: Range[] = new Array(bead.b.length);
  const ua = sentenceUnits(ctx.sa, sa, bead.a, a);
  const ub = sentenceUnits(ctx.sb, sb, bead.b, b);
  let op: BlockOp = bead.op;
  if (op === 'equal' && !sameUnitList(ua, ub)) op = 'modify';
  let similarity = bead.similarity;
  if (ua.length === 1 && ub.length === 1 && op !== 'equal' && op !== 'insert' && op !== 'delete') {
    similarity = unitSimilarity(ua[0] as Unit, ub[0] as Unit);
  }
  const block: AlignedBlock = { id, op, level: 'sentence', a, b, similarity };
  if (bead.moveId) block.moveId = bead.moveId;
  if (op !== 'equal' && a.length > 0 && b.length > 0 && ctx.o.tokens && !sameText(ctx.a, a, ctx.b, b)) {
    const children = tokenBlocks(ctx.a, ctx.b, a, b, id, ctx.budget, ctx.o);
    if (children) block.children = children;
  }
  return block;
}

function sameUnitList(x: readonly Unit[], y: readonly Unit[]): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (!(x[k] as Unit).sameRaw(y[k] as Unit)) return false;
  return true;
}

/** A sentence that could still move: its unit, and where its leaf lives. */
interface Free {
  unit: Unit;
  /** the leaf to turn into a move half, or the paragraph to give children */
  leaf?: AlignedBlock;
  paragraph?: AlignedBlock;
  sentence: number;
  /** a weakly linked sentence pair offered to the move search side by side (see WEAK_PAIR) */
  weak?: { block: AlignedBlock; parent: AlignedBlock };
}

function linkSentenceMoves(ctx: Ctx, blocks: AlignedBlock[]): number {
  if (ctx.budget.expired('sentence')) return 0;
  const freeA: Free[] = [];
  const freeB: Free[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as AlignedBlock;
    if (block.op === 'equal') continue;
    if (block.op === 'delete' || block.op === 'insert') {
      const side = block.op === 'delete' ? 'a' : 'b';
      const outline = side === 'a' ? ctx.sa : ctx.sb;
      for (const r of block[side])
        for (const id of outline.sentencesOf(outline.paragraphAt(r.start)))
          (side === 'a' ? freeA : freeB).push({ unit: outline.sentence(id), paragraph: block, sentence: id });
    } else {
      for (const child of block.children ?? []) {
        if (child.op === 'delete') {
          const r = child.a[0] as Range;
          freeA.push({ unit: ctx.sa.sentence(ctx.sa.sentenceAt(r.start)), leaf: child, sentence: -1 });
        } else if (child.op === 'insert') {
          const r = child.b[0] as Range;
          freeB.push({ unit: ctx.sb.sentence(ctx.sb.sentenceAt(r.start)), leaf: child, sentence: -1 });
        } else if (
          child.op === 'modify' &&
          child.similarity < WEAK_PAIR &&
          child.a.length === 1 &&
          child.b.length === 1
        ) {
          const ra = child.a[0] as Range;
          const rb = child.b[0] as Range;
          const weak = { block: child, parent: block };
          freeA.push({ unit: ctx.sa.sentence(ctx.sa.sentenceAt(ra.start)), sentence: -1, weak });
          freeB.push({ unit: ctx.sb.sentence(ctx.sb.sentenceAt(rb.start)), sentence: -1, weak });
        }
      }
    }
  }
  // One sentence's phrases often went into several and several into one: candidates are grouped
  // (at most maxMoveGroup sentences per side), and each group is one move with one moveId.
  const groups = groupMoves(
    moveCandidates(
      freeA.map((f) => f.unit),
      freeB.map((f) => f.unit),
      freeA.map((_, i) => i),
      freeB.map((_, j) => j),
      ctx.o.moveThreshold,
      PHRASE,
      () => ctx.budget.expired('sentence'),
    ),
    ctx.o.maxMoveGroup,
  );
  const moved = new Map<Unit, { moveId: string; similarity: number }>();
  groups.forEach((g, k) => {
    // A group's similarity compares everything on its a side with everything on its b side.
    const side = (list: Free[], idx: number[]): Uint32Array => {
      let u: Uint32Array = new Uint32Array(0);
      for (const i of idx) u = union(u, (list[i] as Free).unit.sketch);
      return u;
    };
    const similarity =
      g.a.length === 1 && g.b.length === 1 ? g.similarity : dice(side(freeA, g.a), side(freeB, g.b));
    const info = { moveId: `sm${k + 1}`, similarity };
    for (const i of g.a) moved.set((freeA[i] as Free).unit, info);
    for (const j of g.b) moved.set((freeB[j] as Free).unit, info);
  });
  if (groups.length === 0) return 0;
  // Paragraph-level deletes/inserts that lost a sentence get sentence children; leaves become halves.
  // (Sentences grouped by paragraph once: filtering the whole list per touched paragraph is quadratic.)
  const byParagraph = new Map<AlignedBlock, Free[]>();
  for (const list of [freeA, freeB])
    for (const f of list) {
      if (!f.paragraph) continue;
      const group = byParagraph.get(f.paragraph);
      if (group) group.push(f);
      else byParagraph.set(f.paragraph, [f]);
    }
  const touched = new Set<AlignedBlock>();
  for (const f of [...freeA, ...freeB]) if (f.paragraph && moved.has(f.unit)) touched.add(f.paragraph);
  for (const block of touched) {
    const side = block.op === 'delete' ? 'a' : 'b';
    const mine = byParagraph.get(block) ?? [];
    block.children = mine.map((f, k) => ({
      id: `${block.id}.s${k + 1}`,
      op: block.op,
      level: 'sentence' as const,
      a: side === 'a' ? [{ start: f.unit.start, end: f.unit.end }] : [],
      b: side === 'b' ? [{ start: f.unit.start, end: f.unit.end }] : [],
      similarity: 0,
    }));
    for (const [k, f] of mine.entries()) f.leaf = block.children[k];
  }
  for (const f of [...freeA, ...freeB]) {
    const info = moved.get(f.unit);
    if (!info || !f.leaf) continue;
    f.leaf.op = 'move';
    f.leaf.moveId = info.moveId;
    f.leaf.similarity = info.similarity;
  }
  // A weak pair whose sentences found better company: it becomes two half leaves.
  const groupSize = new Map<string, number>();
  for (const info of moved.values()) groupSize.set(info.moveId, (groupSize.get(info.moveId) ?? 0) + 1);
  const weakB = new Map<AlignedBlock, Free>();
  for (const f of freeB) if (f.weak) weakB.set(f.weak.block, f);
  for (let k = 0; k < freeA.length; k++) {
    const fa = freeA[k] as Free;
    if (!fa.weak) continue;
    const fb = weakB.get(fa.weak.block) as Free;
    const ia = moved.get(fa.unit);
    const ib = moved.get(fb.unit);
    if (!ia && !ib) continue;
    const { block, parent } = fa.weak;
    if (ia && ib && ia.moveId === ib.moveId) {
      // Still a pair (with token detail); when others joined it, the pair belongs to their group too.
      if ((groupSize.get(ia.moveId) ?? 0) > 2) block.moveId = ia.moveId;
      continue;
    }
    const half = (
      side: 'a' | 'b',
      info: { moveId: string; similarity: number } | undefined,
    ): AlignedBlock => {
      const leaf: AlignedBlock = {
        id: `${block.id}${side}`,
        op: info ? 'move' : side === 'a' ? 'delete' : 'insert',
        level: 'sentence',
        a: side === 'a' ? block.a : [],
        b: side === 'b' ? block.b : [],
        similarity: info?.similarity ?? 0,
      };
      if (info) leaf.moveId = info.moveId;
      return leaf;
    };
    const children = parent.children as AlignedBlock[];
    children.splice(children.indexOf(block), 1, half('a', ia), half('b', ib));
  }
  // Count the groups that became moves (a weak pair that found only itself again is no move).
  const used = new Set<string>();
  const visit = (x: AlignedBlock) => {
    if (x.level === 'sentence' && x.moveId?.startsWith('sm')) used.add(x.moveId);
    const children = x.children;
    if (children) for (let k = 0; k < children.length; k++) visit(children[k] as AlignedBlock);
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as AlignedBlock;
    if (block.children) visit(block);
  }
  return used.size;
}

/** Whitespace as isSpace (text/chars.ts) sees it: JavaScript's \s plus U+0085 and the zero-width characters. */
const SPACE = /[\s\u0085\u200b-\u200d\u2060]/;

/**
 * Non-whitespace characters of a whole text. Paragraphs hold every one of them (whitespace lies between
 * or inside them), so the total is the paragraphs' lengths, less the whitespace inside the few that have
 * any: one native test per paragraph on its cached raw text, no copy of the text.
 */
export function visibleTotal(outline: Outline): number {
  let n = 0;
  const units = outline.paragraphs;
  for (let k = 0; k < units.length; k++) n += visibleOf(outline.text, units[k] as Unit);
  return n;
}

function visibleOf(text: string, u: Unit): number {
  return SPACE.test(u.raw) ? visibleCount(text, u.start, u.end) : u.end - u.start;
}

/**
 * visibleTotal of both texts, where a paragraph of b that is byte-identical to its partner in a takes
 * the partner's count instead of being scanned again: on two versions of one text, nearly all of b.
 */
function visibleTotals(ctx: Ctx): number {
  const pa = ctx.sa.paragraphs;
  const pb = ctx.sb.paragraphs;
  const counts = new Int32Array(pa.length);
  let n = 0;
  for (let k = 0; k < pa.length; k++) {
    const c = visibleOf(ctx.a, pa[k] as Unit);
    counts[k] = c;
    n += c;
  }
  const twin = ctx.twinOfB;
  for (let k = 0; k < pb.length; k++) {
    const t = twin[k] as number;
    n += t >= 0 ? (counts[t] as number) : visibleOf(ctx.b, pb[k] as Unit);
  }
  return n;
}

/**
 * Non-whitespace characters of a range (similarity weights), counted on demand: only changed leaves
 * need a weight (see overallSimilarity).
 */
function visibleCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // CJK and most letters are never whitespace: skip the full test for them
    if ((c > 0x20 && c < 0x85) || (c > 0x3000 && c !== 0xfeff) || !isSpace(c)) n++;
  }
  return n;
}

function visibleLength(text: string, ranges: readonly Range[]): number {
  let n = 0;
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k] as Range;
    n += visibleCount(text, r.start, r.end);
  }
  return n;
}

/** Leaf-weighted similarity of a block's subtree (characters on both sides, whitespace excluded). */
function leafSimilarity(ctx: Ctx, block: AlignedBlock): number {
  let num = 0;
  let den = 0;
  const walk = (x: AlignedBlock) => {
    const children = x.children;
    if (children?.length) {
      for (let k = 0; k < children.length; k++) walk(children[k] as AlignedBlock);
      return;
    }
    const w = visibleLength(ctx.a, x.a) + visibleLength(ctx.b, x.b);
    den += w;
    num += w * x.similarity;
  };
  walk(block);
  return den === 0 ? 1 : num / den;
}

/**
 * Leaf-weighted similarity over both whole texts. Leaves cover every non-whitespace character once,
 * so Σ weight × similarity = total − Σ weight × (1 − similarity): only leaves with similarity < 1 are
 * weighed, and identical paragraphs cost nothing.
 */
function overallSimilarity(ctx: Ctx, blocks: readonly AlignedBlock[]): number {
  const total = visibleTotals(ctx);
  if (total === 0) return 1;
  let loss = 0;
  const walk = (x: AlignedBlock) => {
    const children = x.children;
    if (children?.length) {
      for (let k = 0; k < children.length; k++) walk(children[k] as AlignedBlock);
      return;
    }
    if (x.similarity >= 1) return;
    loss += (visibleLength(ctx.a, x.a) + visibleLength(ctx.b, x.b)) * (1 - x.similarity);
  };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as AlignedBlock;
    if (block.children || block.similarity < 1) walk(block);
  }
  return Math.min(1, Math.max(0, (total - loss) / total));
}

/** Texts up to this many characters together are aligned both ways by similarity(). */
const BOTH_WAYS = 20_000;

/**
 * Content similarity of two texts, 0..1, from the same alignment machinery — and symmetric:
 * similarity(a, b) === similarity(b, a). One alignment is not: where two alignments are equally short
 * (甲丙丁 → 丙丁甲 keeps 丙丁 or 甲, one token each) the token diff breaks the tie by side. Small
 * texts are aligned both ways and the better one counts; larger ones in one canonical order.
 */
export function similarity(a: string, b: string, options?: AlignOptions): number {
  assertString(a, 'a');
  assertString(b, 'b');
  if (a.length + b.length <= BOTH_WAYS)
    return Math.max(align(a, b, options).similarity, align(b, a, options).similarity);
  return a <= b ? align(a, b, options).similarity : align(b, a, options).similarity;
}
