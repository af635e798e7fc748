// The public API of jiaokan. Kept short and explicit: internals are not re-exported.

export {
  type AlignedBlock,
  type AlignLevel,
  type Alignment,
  type AlignOptions,
  type AlignStats,
  align,
  alignVersions,
  type BlockOp,
  type Degraded,
  diff,
  type Lineage,
  type LineageStep,
  type Range,
  similarity,
  type VersionAlignment,
} from './align/index.js';
export {
  applyChanges,
  type BlockSummary,
  CHANGESET_VERSION,
  type Change,
  type ChangeOp,
  type ChangeSet,
  ChangeSetError,
  composeChanges,
  invertChanges,
  type TextFingerprint,
  type TextRange,
  validateChanges,
} from './changes/index.js';
// Repair: scan() finds, clean() repairs losslessly (a ChangeSet that applies and inverts).
export { type CleanDegraded, type CleanResult, clean } from './clean/clean.js';
// Corpus layer (browser-safe; save/open reach node:fs through process.getBuiltinModule when called).
export type {
  AddResult,
  BoilerplateEntry,
  BoilerplateOptions,
  BoilerplateSet,
  Cluster,
  CorpusIndexOptions,
  CorpusParams,
  DedupeResult,
  DedupeStreamOptions,
  DedupeSummary,
  LshWeights,
  Neighbor,
  Prepared,
  RepeatedSpan,
  RepeatedSpans,
  RepeatedSpansOptions,
  SaveInfo,
  SaveOptions,
  SpanOccurrence,
  StreamDoc,
} from './corpus/api.js';
export {
  boilerplateKey,
  boilerplateSet,
  CorpusIndex,
  CorruptIndexError,
  candidateProbability,
  dedupeStream,
  findBoilerplate,
  findRepeatedSpans,
  optimalParams,
} from './corpus/api.js';
export type { ScanDegraded } from './detect/context.js';
export {
  type BoilerplatePattern,
  type BoilerplateSource,
  type CleanOptions,
  type CleanPolicy,
  DEFAULT_OPTIONS,
  type ResolvedOptions,
  type RuleSetting,
  resolveOptions,
  type ScanOptions,
} from './detect/options.js';
export type { EncodedSet, ProseStats } from './detect/prose-stats.js';
export { type BuildProseStatsOptions, buildProseStats } from './detect/prose-stats-build.js';
export { type ScanResult, scan } from './detect/scan.js';
export type { Finding, Fix, RelatedSpan, RuleId, Severity } from './detect/types.js';
export { RULES } from './detect/types.js';
export {
  type ChangeFormat,
  type FormatOptions,
  formatChanges,
  lineView,
  type PatchLines,
} from './format/index.js';
export type {
  Hash64,
  Location,
  NormalizeOptions,
  ParagraphConvention,
  ParseOptions,
  Position,
  Span,
  TokenSpan,
} from './text/index.js';
export {
  Document,
  hash53,
  hash64,
  hashHex,
  LineIndex,
  normalize,
  normalizeWithMap,
  Paragraph,
  parseDocument,
  Sentence,
} from './text/index.js';
