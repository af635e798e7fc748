// The ChangeSet is the pivot of jiaokan: clean() (raw → cleaned) and diff() (a → b) both return one,
// and every formatter takes one. It is plain, versioned JSON: a flat list of non-overlapping edits over
// the base, each carrying both texts so that it can be applied, inverted and composed without the base,
// and each naming what caused it (a repair rule and finding, or an alignment block).

export const CHANGESET_VERSION = 1;

export interface TextRange {
  start: number;
  end: number;
}

/** Fingerprint of a text a change set applies to (or produces): length plus the 64-bit hashHex. */
export interface TextFingerprint {
  length: number;
  hash: string;
}

export type ChangeOp = 'insert' | 'delete' | 'replace';

export interface Change {
  /** unique within the change set */
  id: string;
  /** derived from the two ranges: insert (empty a), delete (empty b), replace */
  op: ChangeOp;
  /** range in the base text */
  a: TextRange;
  /** range in the target text */
  b: TextRange;
  /** base.slice(a.start, a.end) */
  before: string;
  /** target.slice(b.start, b.end) */
  after: string;
  /** repair: the rule whose finding caused this change */
  rule?: string;
  /** repair: index of that finding in the findings returned with the change set */
  finding?: number;
  /** alignment: the block op that produced this change (modify, move, split, merge, insert, delete) */
  block?: string;
  /** alignment: the level of the block that produced it */
  level?: 'paragraph' | 'sentence' | 'token';
  /** alignment: similarity of the two sides of its block, 0..1 */
  similarity?: number;
  /** alignment: links the delete and the insert halves of a move */
  moveId?: string;
  /** id of the enclosing group (e.g. the paragraph-level block of a token edit) */
  group?: string;
  /** free text for people */
  note?: string;
}

export interface ChangeSet {
  version: typeof CHANGESET_VERSION;
  base: TextFingerprint;
  target: TextFingerprint;
  /** sorted by a.start; pairwise disjoint in a (inserts may touch neighbours but not sit inside them) */
  changes: Change[];
  /** optional producer metadata: which function made it, with what options */
  meta?: Record<string, unknown>;
  /**
   * diff(): the paragraph-level blocks of the alignment (ranges on both sides, op, similarity, move
   * link), in display order, so formatters can lay the texts out side by side. Optional; invert swaps
   * the sides, compose drops it (the composed blocks are unknown).
   */
  blocks?: BlockSummary[];
}

/** One paragraph-level alignment block as carried by a change set (no children). */
export interface BlockSummary {
  id: string;
  op: 'equal' | 'modify' | 'insert' | 'delete' | 'move' | 'split' | 'merge';
  a: TextRange[];
  b: TextRange[];
  similarity: number;
  moveId?: string;
}

/** Thrown for a malformed change set or one applied to the wrong base; `path` names the bad field. */
export class ChangeSetError extends Error {
  override name = 'ChangeSetError';
  constructor(
    message: string,
    readonly path = '',
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}
