// The public API of jiaokan. Kept short and explicit: internals are not re-exported.

// Corpus layer (browser-safe; save/open use node:fs through process.getBuiltinModule when called).
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
