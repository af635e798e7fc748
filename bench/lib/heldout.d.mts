import type { Alignment } from '../../src/align/types.js';

export interface Family {
  name: string;
  what: string;
}

export const FAMILIES: Family[];
export const LAYOUT_NAMES: string[];

export interface HeldoutRevision {
  a: string;
  b: string;
  layout: string;
  aParagraphs: string[];
  bParagraphs: string[];
  truth: {
    aParas: number;
    bParas: number;
    aStarts: number[];
    bStarts: number[];
    map: number[][];
    moved: number[];
    split: number[];
    merged: number[][];
  };
}

export function makeHeldout(
  text: string,
  seed: number,
  family: Family,
  options: { donor: string; layout?: number },
): HeldoutRevision;

export function scoreHeldout(
  rev: HeldoutRevision,
  alignment: Pick<Alignment, 'blocks'>,
): {
  mapping: number;
  moves: number;
  splitMerge: number;
  counts: { moved: number; movedOk: number; split: number; merged: number; smOk: number };
  wrongA: number[];
};
