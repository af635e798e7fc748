// Alignment types (design.md "Contracts"): top-level blocks are paragraphs; modify / move / split /
// merge paragraph blocks have sentence-level children; modified sentences have token-level children.
// Leaf blocks cover every character of a and of b exactly once (whitespace between paragraphs aside).

export interface Range {
  start: number;
  end: number;
}

export type BlockOp = 'equal' | 'modify' | 'insert' | 'delete' | 'move' | 'split' | 'merge';
export type AlignLevel = 'paragraph' | 'sentence' | 'token';

export interface AlignedBlock {
  /** stable within one alignment: p12, p12.s3, p12.s3.t4 */
  id: string;
  op: BlockOp;
  level: AlignLevel;
  /** ranges in a (several for a merge; empty for an insert or the b half of a sentence move) */
  a: Range[];
  /** ranges in b (several for a split; empty for a delete or the a half of a sentence move) */
  b: Range[];
  /** 0..1; 1 for equal, 0 for insert/delete */
  similarity: number;
  children?: AlignedBlock[];
  /**
   * Links the two sides of a move. A paragraph move is one block with both sides; a sentence that
   * moved to another paragraph is two half blocks (a-only and b-only) sharing this id.
   */
  moveId?: string;
}

/** Set when a budget ran out: the result is valid but coarser from `level` down. */
export interface Degraded {
  reason: 'timeout' | 'maxCells';
  level: AlignLevel;
  /** what was left coarse, for people */
  detail?: string;
}

export interface AlignStats {
  paragraphs: { a: number; b: number };
  /** sentences split and compared (byte-identical paragraphs are never split into sentences) */
  sentences: { a: number; b: number };
  /** top-level block count per op */
  ops: Record<BlockOp, number>;
  /** sentence-level move pairs across paragraphs */
  sentenceMoves: number;
  /** DP cells evaluated per level */
  cells: Record<AlignLevel, number>;
  ms: number;
}

export interface Alignment {
  blocks: AlignedBlock[];
  /** 0..1: matched characters (equal tokens and equal blocks) × 2 / (|a| + |b|), whitespace excluded */
  similarity: number;
  stats: AlignStats;
  degraded?: Degraded;
}

export interface AlignOptions {
  /** Milliseconds for the whole alignment; finer levels are skipped when it runs out. Default 10000. */
  timeout?: number;
  /** Dynamic-programme cells allowed per level (sum over gaps). Default 4_000_000. */
  maxCells?: number;
  /** Minimum content similarity (0..1) for two paragraphs or sentences to be linked. Default 0.3. */
  threshold?: number;
  /** Minimum similarity for a non-adjacent pair to be reported as a move. Default 0.35. */
  moveThreshold?: number;
  /** Link sentences across paragraphs (sentence-level moves). Default true. */
  sentenceMoves?: boolean;
  /**
   * Largest sentence move group, per side: when the phrases of several sentences were recombined into
   * several others, they form one group with one moveId. 1 gives strictly one-to-one sentence moves.
   * Default 32.
   */
  maxMoveGroup?: number;
  /** Compute token-level children. Default true. */
  tokens?: boolean;
  /** Locale for Intl.Segmenter word tokens. Default 'zh'. */
  locale?: string;
  /** false: deterministic tokens (one per CJK character, runs of letters/digits). Default true. */
  segmenter?: boolean;
}
