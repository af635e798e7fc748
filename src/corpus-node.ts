// jiaokan/corpus-node: the Node-only part of the corpus layer, worker_threads mode. Everything else,
// including CorpusIndex with save/open, is exported from the package root ('jiaokan'); the functions here
// take a root CorpusIndex.
export {
  addAllParallel,
  dedupeStreamParallel,
  PreparePool,
  type WorkerOptions,
} from './corpus/workers.js';
