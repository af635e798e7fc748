import type { Alignment } from '../../src/align/types.js';

/** Reuse coverage in characters of b: see reuse-coverage.mjs. */
export function reuseCoverage(
  a: string,
  b: string,
  alignment: Pick<Alignment, 'blocks'>,
): { shared: number; covered: number; coverage: number };
