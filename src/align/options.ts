import type { AlignOptions } from './types.js';

export type ResolvedAlignOptions = Required<Omit<AlignOptions, 'locale'>> & { locale: string };

/** Frozen defaults; every option is documented where it is declared (types.ts). */
export const ALIGN_DEFAULTS: Readonly<ResolvedAlignOptions> = Object.freeze({
  timeout: 10_000,
  maxCells: 4_000_000,
  threshold: 0.3,
  moveThreshold: 0.35,
  sentenceMoves: true,
  maxMoveGroup: 32,
  tokens: true,
  locale: 'zh',
  segmenter: true,
});

function num(v: unknown, name: string, min: number, max: number): void {
  if (typeof v !== 'number' || Number.isNaN(v) || v < min || v > max) {
    throw new RangeError(`jiaokan: option \`${name}\` must be a number in ${min}..${max}, got ${String(v)}`);
  }
}

export function resolveAlignOptions(options: AlignOptions | undefined): ResolvedAlignOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('jiaokan: expected `options` to be an object');
  }
  const o = { ...ALIGN_DEFAULTS, ...(options ?? {}) } as ResolvedAlignOptions;
  for (const k of Object.keys(o) as (keyof ResolvedAlignOptions)[]) {
    if (o[k] === undefined) (o as Record<string, unknown>)[k] = ALIGN_DEFAULTS[k];
  }
  num(o.timeout, 'timeout', 0, Number.MAX_SAFE_INTEGER);
  num(o.maxCells, 'maxCells', 0, Number.MAX_SAFE_INTEGER);
  num(o.threshold, 'threshold', 0, 1);
  num(o.moveThreshold, 'moveThreshold', 0, 1);
  num(o.maxMoveGroup, 'maxMoveGroup', 1, Number.MAX_SAFE_INTEGER);
  return o;
}
