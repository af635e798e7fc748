// Types for bench/corpus-labelled.mjs (used by the corpus quality test).
export interface LabelledDoc {
  id: string;
  text: string;
  group: number;
  kind: 'original' | 'edit' | 'source' | 'repost' | 'scatter' | 'report';
  rate?: number;
}
export function mulberry32(seed: number): () => number;
export function makeLabelledSet(
  reports: { name: string; text: string }[],
  options?: {
    seed?: number;
    chunkMin?: number;
    chunkMax?: number;
    variantShare?: number;
    wholeReports?: boolean;
    scatter?: boolean;
  },
): { docs: LabelledDoc[]; positives: number };
export function scorePairs(
  docs: LabelledDoc[],
  positives: number,
  reported: [string, string][],
): {
  tp: number;
  fp: number;
  fn: number;
  related: number;
  precision: number;
  recall: number;
  falsePairs: string[];
  missed: string[];
};
