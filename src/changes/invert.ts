import { opOf } from './build.js';
import type { Change, ChangeSet } from './types.js';
import { validateChanges } from './validate.js';

// A split read backwards is a merge; an insert read backwards is a delete.
const INVERSE_OP = {
  equal: 'equal',
  modify: 'modify',
  insert: 'delete',
  delete: 'insert',
  move: 'move',
  split: 'merge',
  merge: 'split',
} as const;

/** The change set that undoes `changes`: b → a. Ids, provenance and move links are kept. */
export function invertChanges(changes: ChangeSet): ChangeSet {
  const cs = validateChanges(undefined, changes);
  const inverted: Change[] = cs.changes.map((c) => ({
    ...c,
    op: opOf(c.after, c.before),
    a: { ...c.b },
    b: { ...c.a },
    before: c.after,
    after: c.before,
  }));
  const out: ChangeSet = {
    version: cs.version,
    base: { ...cs.target },
    target: { ...cs.base },
    changes: inverted,
  };
  if (cs.meta) out.meta = { ...cs.meta, inverted: !cs.meta.inverted };
  if (cs.blocks) out.blocks = cs.blocks.map((b) => ({ ...b, op: INVERSE_OP[b.op], a: b.b, b: b.a }));
  return out;
}
