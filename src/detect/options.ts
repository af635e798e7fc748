// Options of scan() and clean(): frozen defaults and one resolveOptions() (the diff-match-patch-es
// pattern), so every rule reads complete, validated settings and no rule invents its own default.

import type { ProseStats } from './prose-stats.js';
import { PROSE_STATS } from './prose-stats-data.js';
import { RULES, type RuleId, type Severity } from './types.js';

/** Per-rule setting: `off` disables the rule; a severity sets the level of its findings. */
export type RuleSetting = 'off' | Severity;

/**
 * What clean() does with a rule's findings. `keep` never edits; the others apply the finding's `fix`
 * and name what that fix does for the rule (remove a copy, join a split, reassemble a displaced
 * fragment, repair a garbled span).
 */
export type CleanPolicy = 'remove' | 'join' | 'reassemble' | 'repair' | 'keep';

/** An extra boilerplate pattern: a string matches a whole paragraph (after trimming), a RegExp is tested against it. */
export interface BoilerplatePattern {
  /** shown in the finding message */
  id?: string;
  pattern: string | RegExp;
  /** `paragraph` (default): the pattern must cover the whole paragraph; `inline`: remove every match */
  scope?: 'paragraph' | 'inline';
}

/** The corpus helper's index, structurally: anything that can list frequent paragraphs. */
export interface BoilerplateSource {
  boilerplate(options?: { minDocs?: number }): ReadonlyArray<{ text: string; docs: number }>;
}

export interface ScanOptions {
  /** Per-rule severity or `off`. A rule's own low-confidence findings stay `info` whatever is set here. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Extra boilerplate patterns (added to the built-in ones). */
  boilerplate?: ReadonlyArray<string | RegExp | BoilerplatePattern>;
  /** Paragraphs whose normalized text equals one of these are boilerplate (e.g. from a CorpusIndex). */
  corpus?: BoilerplateSource;
  /** minDocs passed to `corpus.boilerplate()`. Default: the index's own default. */
  corpusMinDocs?: number;
  /** Extra texts used as evidence (attested joins) when pairing displaced fragments. */
  reference?: readonly string[];
  /**
   * Statistics of Chinese prose used as evidence at paragraph breaks (attested joins such as 走在|前列),
   * like `reference` but shipped: by default a table built from the CPC congress and Hailar district
   * reports; another from `buildProseStats(texts)`; `false` for none.
   */
  proseStats?: ProseStats | false;
  /** Normalized length from which a repeated paragraph is an error that clean() removes. Default 20. */
  minBlockChars?: number;
  /** Longest loop period, in blocks. Default 8. */
  maxLoopPeriod?: number;
  /** Longest doubled phrase, in code units (longer doubled sentences are repeated blocks). Default 40: three English words run past 24. */
  maxPhraseLength?: number;
  /** How many paragraphs ahead a displaced fragment is looked for. Default 12. */
  displacedWindow?: number;
  /**
   * Work budget of the paragraph-junction rules: how many evidence lookups (attested strings across a
   * break) one scan may make. When it runs out, the scan result carries `degraded`. Default 50 000.
   */
  maxEvidence?: number;
}

export interface CleanOptions extends ScanOptions {
  /** Per-rule clean policy; `keep` leaves the rule's findings in place. */
  policies?: Partial<Record<RuleId, CleanPolicy>>;
  /** Findings below this confidence are reported but not applied. Default 0.7. */
  threshold?: number;
}

export interface ResolvedOptions {
  readonly rules: Readonly<Record<RuleId, RuleSetting>>;
  readonly policies: Readonly<Record<RuleId, CleanPolicy>>;
  readonly threshold: number;
  readonly boilerplate: readonly BoilerplatePattern[];
  readonly corpus: BoilerplateSource | undefined;
  readonly corpusMinDocs: number | undefined;
  readonly reference: readonly string[];
  readonly proseStats: ProseStats | undefined;
  readonly minBlockChars: number;
  readonly maxLoopPeriod: number;
  readonly maxPhraseLength: number;
  readonly displacedWindow: number;
  readonly maxEvidence: number;
}

export const DEFAULT_RULES: Readonly<Record<RuleId, RuleSetting>> = Object.freeze({
  'repeated-block': 'error',
  'repetition-loop': 'error',
  'doubled-phrase': 'warning',
  'split-paragraph': 'warning',
  'truncated-paragraph': 'warning',
  'displaced-fragment': 'warning',
  boilerplate: 'warning',
  mojibake: 'error',
  'unbalanced-pair': 'warning',
});

export const DEFAULT_POLICIES: Readonly<Record<RuleId, CleanPolicy>> = Object.freeze({
  'repeated-block': 'remove',
  'repetition-loop': 'remove',
  'doubled-phrase': 'remove',
  'split-paragraph': 'join',
  'truncated-paragraph': 'keep',
  'displaced-fragment': 'reassemble',
  boilerplate: 'remove',
  mojibake: 'repair',
  'unbalanced-pair': 'keep',
});

export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  rules: DEFAULT_RULES,
  policies: DEFAULT_POLICIES,
  threshold: 0.7,
  boilerplate: Object.freeze([]) as readonly BoilerplatePattern[],
  corpus: undefined,
  corpusMinDocs: undefined,
  reference: Object.freeze([]) as readonly string[],
  proseStats: PROSE_STATS,
  minBlockChars: 20,
  maxLoopPeriod: 8,
  maxPhraseLength: 40,
  displacedWindow: 12,
  maxEvidence: 50_000,
});

const SETTINGS = new Set<string>(['off', 'info', 'warning', 'error']);
const POLICIES = new Set<string>(['remove', 'join', 'reassemble', 'repair', 'keep']);

function int(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `jiaokan: option \`${name}\` must be a number in ${min}..${max}, got ${String(value)}`,
    );
  }
  return Math.floor(value);
}

function ruleMap<T extends string>(
  given: Partial<Record<string, T>> | undefined,
  defaults: Readonly<Record<RuleId, T>>,
  allowed: Set<string>,
  name: string,
): Readonly<Record<RuleId, T>> {
  if (given === undefined) return defaults;
  if (typeof given !== 'object' || given === null)
    throw new TypeError(`jiaokan: option \`${name}\` must be an object`);
  const out = { ...defaults };
  for (const [rule, value] of Object.entries(given)) {
    if (!(RULES as readonly string[]).includes(rule)) {
      throw new RangeError(
        `jiaokan: unknown rule \`${rule}\` in option \`${name}\` (rules: ${RULES.join(', ')})`,
      );
    }
    if (value === undefined) continue;
    if (!allowed.has(value))
      throw new RangeError(`jiaokan: option \`${name}.${rule}\` cannot be \`${String(value)}\``);
    out[rule as RuleId] = value;
  }
  return Object.freeze(out);
}

function pattern(p: string | RegExp | BoilerplatePattern, i: number): BoilerplatePattern {
  if (typeof p === 'string' || p instanceof RegExp)
    return { id: `custom-${i + 1}`, pattern: p, scope: 'paragraph' };
  if (p && typeof p === 'object' && (typeof p.pattern === 'string' || p.pattern instanceof RegExp)) {
    return { id: p.id ?? `custom-${i + 1}`, pattern: p.pattern, scope: p.scope ?? 'paragraph' };
  }
  throw new TypeError(`jiaokan: option \`boilerplate[${i}]\` must be a string, a RegExp or { pattern }`);
}

/** Complete, frozen options from a partial object; throws TypeError/RangeError naming the bad option. */
export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  if (options === DEFAULT_OPTIONS) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== 'object')
    throw new TypeError('jiaokan: `options` must be an object');
  const o = options;
  if (o.corpus !== undefined && typeof o.corpus?.boilerplate !== 'function') {
    throw new TypeError('jiaokan: option `corpus` must have a boilerplate() method');
  }
  if (
    o.reference !== undefined &&
    (!Array.isArray(o.reference) || o.reference.some((r) => typeof r !== 'string'))
  ) {
    throw new TypeError('jiaokan: option `reference` must be an array of strings');
  }
  const prose = o.proseStats;
  if (prose !== undefined && prose !== false && (typeof prose !== 'object' || prose?.version !== 1)) {
    throw new TypeError('jiaokan: option `proseStats` must be a table from buildProseStats() or false');
  }
  const threshold = o.threshold ?? DEFAULT_OPTIONS.threshold;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new RangeError('jiaokan: option `threshold` must be a number in 0..1');
  }
  return Object.freeze({
    rules: ruleMap(o.rules, DEFAULT_RULES, SETTINGS, 'rules'),
    policies: ruleMap(o.policies, DEFAULT_POLICIES, POLICIES, 'policies'),
    threshold,
    boilerplate: Object.freeze((o.boilerplate ?? []).map(pattern)),
    corpus: o.corpus,
    corpusMinDocs:
      o.corpusMinDocs === undefined ? undefined : int(o.corpusMinDocs, 'corpusMinDocs', 1, 1e9, 1),
    reference: Object.freeze([...(o.reference ?? [])]),
    proseStats: prose === false ? undefined : (prose ?? PROSE_STATS),
    minBlockChars: int(o.minBlockChars, 'minBlockChars', 1, 1e6, DEFAULT_OPTIONS.minBlockChars),
    maxLoopPeriod: int(o.maxLoopPeriod, 'maxLoopPeriod', 1, 64, DEFAULT_OPTIONS.maxLoopPeriod),
    maxPhraseLength: int(o.maxPhraseLength, 'maxPhraseLength', 2, 256, DEFAULT_OPTIONS.maxPhraseLength),
    displacedWindow: int(o.displacedWindow, 'displacedWindow', 1, 1000, DEFAULT_OPTIONS.displacedWindow),
    maxEvidence: int(o.maxEvidence, 'maxEvidence', 0, 1e9, DEFAULT_OPTIONS.maxEvidence),
  });
}
