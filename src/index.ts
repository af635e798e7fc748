// The public API of jiaokan. Kept short and explicit: internals are not re-exported.

export {
  applyChanges,
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
