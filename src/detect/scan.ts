// scan(): parse once, run the rules in a fixed order on the shared parse and keys, and return the
// findings sorted by position. Order matters only for "claims": chrome, loop passes and repeated copies
// are claimed first, so that the junction rules do not try to join a paragraph that will be removed.

import { isSpace } from '../text/chars.js';
import { assertString } from '../text/guard.js';
import { boilerplate } from './boilerplate.js';
import { ScanContext, type ScanDegraded } from './context.js';
import { displacedFragment } from './displaced-fragment.js';
import { doubledPhrase } from './doubled-phrase.js';
import { mojibake } from './mojibake.js';
import { type ResolvedOptions, resolveOptions, type ScanOptions } from './options.js';
import { repeatedBlock } from './repeated-block.js';
import { repetitionLoop } from './repetition-loop.js';
import { splitParagraph } from './split-paragraph.js';
import { truncatedParagraph } from './truncated-paragraph.js';
import { type Finding, RULES, type RuleId } from './types.js';
import { unbalancedPair } from './unbalanced-pair.js';

const ORDER: ReadonlyArray<[RuleId, (ctx: ScanContext) => Finding[]]> = [
  ['boilerplate', boilerplate],
  ['repetition-loop', repetitionLoop],
  ['repeated-block', repeatedBlock],
  ['doubled-phrase', doubledPhrase],
  ['split-paragraph', splitParagraph],
  ['displaced-fragment', displacedFragment],
  ['truncated-paragraph', truncatedParagraph],
  ['mojibake', mojibake],
  ['unbalanced-pair', unbalancedPair],
];

const RANK = new Map<string, number>(RULES.map((r, i) => [r, i]));

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (RANK.get(a.rule) ?? 0) - (RANK.get(b.rule) ?? 0);
}

/** Scan with already-resolved options (clean() resolves once and calls this). */
/**
 * Findings sorted by start. When a rule's work budget ran out on this input, the array also carries
 * `degraded` (limits degrade loudly: the findings are valid, but some may be missing).
 */
export type ScanResult = Finding[] & { degraded?: ScanDegraded };

export function scanResolved(text: string, options: ResolvedOptions): ScanResult {
  if (text.length === 0) return [];
  let k = 0;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return [];
  const ctx = new ScanContext(text, options);
  const out: ScanResult = [];
  for (const [rule, run] of ORDER) {
    if (!ctx.enabled(rule)) continue;
    for (const f of run(ctx)) out.push(f);
  }
  out.sort(compareFindings);
  if (ctx.degraded) out.degraded = ctx.degraded;
  return out;
}

/**
 * Find repeated and garbled passages in `text`: loops, duplicated blocks, doubled phrases, paragraphs
 * cut or displaced by page layout, chrome, mojibake and unbalanced quotes. Offsets are UTF-16 indices
 * into `text`; the result is sorted by `start`. Throws a TypeError when `text` is not a string.
 */
export function scan(text: string, options?: ScanOptions): ScanResult {
  assertString(text, 'text');
  return scanResolved(text, resolveOptions(options));
}
