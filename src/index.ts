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
export { type ChangeFormat, type FormatOptions, formatChanges } from './format/index.js';
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
