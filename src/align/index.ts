export { align, similarity } from './align.js';
export { changesFromAlignment, diff } from './diff.js';
export { alignVersions, type Lineage, type LineageStep, type VersionAlignment } from './lineage.js';
export { ALIGN_DEFAULTS } from './options.js';
export type {
  AlignedBlock,
  AlignLevel,
  Alignment,
  AlignOptions,
  AlignStats,
  BlockOp,
  Degraded,
  Range,
} from './types.js';
