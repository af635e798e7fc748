export { applyChanges } from './apply.js';
export { changeSetFromEdits, type Edit, fingerprint, opOf } from './build.js';
export { composeChanges } from './compose.js';
export { invertChanges } from './invert.js';
export {
  type BlockSummary,
  CHANGESET_VERSION,
  type Change,
  type ChangeOp,
  type ChangeSet,
  ChangeSetError,
  type TextFingerprint,
  type TextRange,
} from './types.js';
export { validateChanges } from './validate.js';
