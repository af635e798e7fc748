// The public surface of the corpus layer (re-exported by src/index.ts); internals stay unexported.
export {
  type BoilerplateEntry,
  type BoilerplateOptions,
  type BoilerplateSet,
  boilerplateKey,
  boilerplateSet,
  findBoilerplate,
} from './boilerplate.js';
export { CorruptIndexError } from './format.js';
export { type AddResult, type Cluster, CorpusIndex, type Neighbor } from './index.js';
export { candidateProbability, type LshWeights, optimalParams } from './lsh.js';
export type { CorpusIndexOptions, CorpusParams } from './params.js';
export type { Prepared } from './prepare.js';
export {
  findRepeatedSpans,
  type RepeatedSpan,
  type RepeatedSpans,
  type RepeatedSpansOptions,
  type SpanOccurrence,
} from './spans.js';
export type { SaveInfo, SaveOptions } from './store.js';
export {
  type DedupeResult,
  type DedupeStreamOptions,
  type DedupeSummary,
  dedupeStream,
  type StreamDoc,
} from './stream.js';
