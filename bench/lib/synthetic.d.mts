import type { Alignment } from '../../src/align/types.js';

export function rng(seed: number): () => number;

export interface Revision {
  a: string;
  b: string;
  truth: {
    aParas: number;
    bParas: number;
    map: number[][];
    moved: number[];
    split: number[];
    merged: number[][];
  };
}

export function makeRevision(
  text: string,
  seed: number,
  options?: {
    moves?: number;
    deletes?: number;
    inserts?: number;
    sentenceEdits?: number;
    substitutions?: number;
    donor?: string;
    /** also revise each moved paragraph (drop a sentence or change a phrase) */
    editMoved?: boolean;
  },
): Revision;

export function score(
  rev: Revision,
  alignment: Pick<Alignment, 'blocks'>,
): {
  mapping: number;
  moves: number;
  splitMerge: number;
  counts: { moved: number; split: number; merged: number };
};
