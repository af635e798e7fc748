// Budgets degrade loudly (design.md): when time or DP cells run out, the caller gets a coarser but valid
// alignment and `degraded: { reason, level }` names the first level that was cut short.

import type { AlignLevel, Degraded } from './types.js';

const ORDER: Record<AlignLevel, number> = { paragraph: 0, sentence: 1, token: 2 };

export class Budget {
  readonly deadline: number;
  readonly cells: Record<AlignLevel, number> = { paragraph: 0, sentence: 0, token: 0 };
  degraded: Degraded | undefined;

  constructor(
    timeoutMs: number,
    readonly maxCells: number,
    readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + timeoutMs;
  }

  /** Record a degradation; the coarsest level wins (it explains the most). */
  degrade(reason: Degraded['reason'], level: AlignLevel, detail?: string): void {
    if (this.degraded && ORDER[this.degraded.level] <= ORDER[level]) return;
    this.degraded = detail ? { reason, level, detail } : { reason, level };
  }

  /** True when time is up; records the degradation at `level`. */
  expired(level: AlignLevel): boolean {
    if (this.now() <= this.deadline) return false;
    this.degrade('timeout', level);
    return true;
  }

  /** Reserve `n` DP cells at `level`; false (and degraded) when the level's allowance is spent. */
  take(level: AlignLevel, n: number): boolean {
    if (this.cells[level] + n > this.maxCells) {
      this.degrade('maxCells', level, `a gap of ${n} cells exceeded maxCells ${this.maxCells}`);
      return false;
    }
    this.cells[level] += n;
    return true;
  }
}
