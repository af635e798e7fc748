// jiaokan/corpus-node: the Node-only parts of the corpus layer (worker_threads). Everything else,
// including CorpusIndex save/open, is in the root entry.
export { CorpusIndex } from './corpus/index.js';
